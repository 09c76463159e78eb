import type {Locale} from '../i18n/locale'
import type {RoleInfo} from '../types'
import type {RenderedView, ViewContext} from './context'
import {ARROW, bar, block, certItem, degreeItem, fold, proficiencyText, resourceItem, sub} from './blocks'
import type {Kit} from './kit'

// This view is a chunk: its helpers come from the entry (see kit.ts).
let {button, h, afterYears, estimateNote, experienceText, isNotFoundError, heading, moveKind, seniority} = {} as Kit
export const init = (kit: Kit) => void ({button, h, afterYears, estimateNote, experienceText, isNotFoundError, heading, moveKind, seniority} = kit)

/** This view's styles, adopted when its chunk arrives. */
export const css = /* css */ `
.back{margin-block:-.5rem .5rem;margin-inline-start:-.875rem}
.summary{font-size:1.0625em}
.grid{display:grid;gap:2rem 3rem;align-items:start}
@container cp (min-width:48rem){.grid{grid-template-columns:1fr 1fr}.takes{grid-column:2;grid-row:1/span 3}}
.grid h3{padding-bottom:.5rem;border-bottom:1px solid var(--ln)}
.grid h4{margin:1rem 0 .5rem}
.skills{margin-top:.75rem}
.sk{display:grid;grid-template-columns:1fr auto auto;gap:0 .75rem;align-items:center}
.bar{display:flex;gap:3px}
.bar i{display:inline-block;width:1.125rem;height:.5rem;border-radius:2px;background:var(--ln)}
.bar .on{background:var(--ac)}
.vs .on:not(.have){background:none;box-shadow:inset 0 0 0 2px var(--ac)}
.vs .have:not(.on){background:var(--mu)}
.exits{border-inline-start:2px solid var(--ln);padding-inline-start:1rem}
.exits .btn{padding:0;font-weight:700}
@container cp (max-width:36rem){
.sk{grid-template-columns:1fr auto}
.sk .sub{grid-column:1/-1;order:3}
}
`

/** "Rung 2 of Support engineering" on a ladder; "Alternative careers (family of roles)" in a family. */
const place = (l: Locale, r: RoleInfo) => (r.rung != null ? l.t('rungOf', {n: r.rung, track: r.trackTitle}) : r.trackKind === 'family' ? l.t('familyOf', {track: r.trackTitle}) : r.trackTitle)

/**
 * One role, in the order a job seeker asks: what the job is, what it takes
 * (skills as bars against the visitor's own levels), what comes next (the
 * exits, drawn), what to learn. One primary action: plan a route from here.
 */
export function renderRole(ctx: ViewContext, slug: string): RenderedView {
  const {l} = ctx
  let r: RoleInfo
  try {
    r = ctx.data.role(slug)
  } catch (error) {
    if (!isNotFoundError(error)) throw error
    return notFound(ctx, slug, error.suggestions)
  }
  const title = heading(r.title)
  const me = ctx.me
  const mine = me && ctx.data.role(me.role)
  // What the visitor has: their rating, else the level their current role expects, else nothing.
  const have = (skill: string) => mine && (me.skills[skill] ?? mine.skills.find((s) => s.slug === skill)?.proficiency ?? 0)
  const [mark, note] = estimateNote(l, [...(r.experience ? [r.experience.basis] : []), ...r.transitions.map((m) => m.typicalYearsBasis)], 'experienceTimesEstimated')
  const takes = block(
    l.t('whatItTakes'),
    r.skills.length > 0 && [
      h('h4', l.t('skills')),
      mine
        ? h('p.sub.keyline', l.t('againstYours', {role: mine.title}))
        : ctx.hidden('assess')
          ? h('p.sub', l.t('levelsScale'))
          : h('p.sub', l.parts('levelsNeeded', {rate: button(l.t('rateSkills'), () => ctx.open('assess'), 'link-button', 'linkish')})),
      h(
        'ul.list.skills',
        r.skills.map((s) => {
          const you = have(s.slug)
          return h(you != null && you < s.proficiency ? 'li.sk.gap' : 'li.sk', {part: 'skill'}, h('span', s.title), h('span.sub', proficiencyText(l, s.proficiency), you != null && ` · ${l.t('youLevel', {n: you})}`), bar(s.proficiency, you))
        }),
      ),
    ],
    r.certifications.length > 0 && [h('h4', l.t('certifications')), h('ul.list', r.certifications.map((c) => certItem(l, c)))],
    // Degrees are their own kind of credential, listed apart, with what employers usually ask for.
    (r.degrees.length > 0 || r.education) && [h('h4', l.t('degreesEducation')), r.education && h('p.sub.edu', r.education), r.degrees.length > 0 && h('ul.list', r.degrees.map((d) => degreeItem(l, d)))],
  )
  if (takes) takes.className = 'takes'
  const el = h(
    'div.view',
    {part: 'view view-role'},
    button(l.t('backToMap'), () => ctx.open('ladders', {back: r.slug}), 'back-button', 'btn quiet back'),
    h('p.eyebrow', place(l, r)),
    title,
    h('p.row', seniority(l, r) && h('span.pill', l.t('senioritySuffix', {seniority: seniority(l, r)})), r.experience && h('span.pill', mark(r.experience.basis) + experienceText(l, r.experience))),
    r.summary && h('p.summary', r.summary),
    h(
      'div.row',
      !ctx.hidden('plan') && button(l.t('planFromHere'), () => ctx.open('plan', {from: r.slug, to: ctx.ui.to !== r.slug ? ctx.ui.to : undefined, route: 0}), 'primary-button', 'btn primary'),
      !ctx.hidden('compare') && button(l.t('compareWith'), () => (ctx.compare(r.slug, ctx.ui.b !== r.slug ? (ctx.ui.b ?? '') : ''), ctx.open('compare'))),
      ctx.actions(r.slug),
    ),
    h(
      'div.grid',
      block(l.t('whatTheJobIs'), r.responsibilities.length > 0 && h('ul', r.responsibilities.map((x) => h('li', x)))),
      takes,
      block(
        l.t('whatComesNext'),
        r.transitions.length
          ? h(
              'ul.list.exits',
              r.transitions.map((m) =>
                h(
                  'li',
                  button(m.to.title, () => ctx.openRole(m.to.slug), 'move-button', 'btn quiet'),
                  sub(`${ARROW[m.kind] ?? '→'} ${moveKind(l, m.kind)}`, seniority(l, m.to), afterYears(l, m.typicalYears, mark(m.typicalYearsBasis))),
                ),
              ),
            )
          : h('p.sub', l.t(r.rung == null ? 'noNextMoves' : 'topOfLadder')),
      ),
      block(l.t('whatToLearn'), fold(l, r.resources.map((x) => resourceItem(l, x)), 4)),
    ),
    note && h('p.note', note),
  )
  return {el, heading: title, announce: l.t('showingRole', {role: r.title})}
}

function notFound(ctx: ViewContext, slug: string, suggestions: readonly string[]): RenderedView {
  const {l} = ctx
  const title = heading(l.t('notFound'))
  const known = suggestions.flatMap((s) => ctx.data.roles.filter((r) => r.slug === s))
  const el = h(
    'div.view',
    {part: 'view view-role'},
    title,
    h('p.summary', l.t('notFoundBody', {slug})),
    known.length > 0 && [h('p', l.t('didYouMean')), h('ul.list', known.map((r) => h('li', button(r.title, () => ctx.openRole(r.slug), 'move-button'))))],
    h('div.row', button(l.t('backToMap'), () => ctx.open('ladders'), 'back-button')),
  )
  return {el, heading: title, announce: l.t('notFoundSaid', {slug})}
}
