import {button, h} from '../dom'
import {aboutYears, estimateNote, experienceText, yearCount} from '../estimates'
import {roleActions} from '../host/links'
import {isNotFoundError} from '../sdk'
import type {RoleInfo} from '../types'
import type {RenderedView, ViewContext} from './context'
import {ARROW, bar, block, certItem, degreeItem, fold, heading, moveKind, proficiencyText, resourceItem, seniority, sub} from './parts'

/** "Rung 2 of Support engineering" on a ladder; "Alternative careers (family of roles)" in a family. */
const place = (r: RoleInfo) => (r.rung != null ? `Rung ${r.rung} of ${r.trackTitle}` : r.trackKind === 'family' ? `${r.trackTitle} (family of roles)` : r.trackTitle)

/**
 * One role, in the order a job seeker asks: what the job is, what it takes
 * (skills as bars against the visitor's own levels), what comes next (the
 * exits, drawn), what to learn. One primary action: plan a route from here.
 */
export function renderRole(ctx: ViewContext, slug: string): RenderedView {
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
  const [mark, note] = estimateNote([...(r.experience ? [r.experience.basis] : []), ...r.transitions.map((m) => m.typicalYearsBasis)], 'Experience and times')
  const takes = block(
    'What it takes',
    r.skills.length > 0 && [
      h('h4', 'Skills'),
      mine
        ? h('p.sub.keyline', `Against your skills as ${mine.title}: solid is what you have, outlined what is left to grow.`)
        : h('p.sub', 'Levels needed, 1 to 5. ', !ctx.hidden('assess') && [button('Rate your skills', () => ctx.open('assess'), 'link-button', 'linkish'), ' to see your gaps.']),
      h(
        'ul.list.skills',
        r.skills.map((s) => {
          const you = have(s.slug)
          return h(you != null && you < s.proficiency ? 'li.sk.gap' : 'li.sk', {part: 'skill'}, h('span', s.title), h('span.sub', proficiencyText(s.proficiency), you != null && ` · you ${you}/5`), bar(s.proficiency, you))
        }),
      ),
    ],
    r.certifications.length > 0 && [h('h4', 'Certifications'), h('ul.list', r.certifications.map(certItem))],
    // Degrees are their own kind of credential, listed apart, with what employers usually ask for.
    (r.degrees.length > 0 || r.education) && [h('h4', 'Degrees and education'), r.education && h('p.sub.edu', r.education), r.degrees.length > 0 && h('ul.list', r.degrees.map(degreeItem))],
  )
  if (takes) takes.className = 'takes'
  const el = h(
    'div.view',
    {part: 'view view-role'},
    button('← All ladders', () => ctx.open('ladders', {back: r.slug}), 'back-button', 'btn quiet back'),
    h('p.eyebrow', place(r)),
    title,
    h('p.row', seniority(r) && h('span.pill', `${seniority(r)} seniority`), r.experience && h('span.pill', mark(r.experience.basis) + experienceText(r.experience))),
    r.summary && h('p.summary', r.summary),
    h(
      'div.row',
      !ctx.hidden('plan') && button('Plan my route from here', () => ctx.open('plan', {from: r.slug, to: ctx.ui.to !== r.slug ? ctx.ui.to : undefined, route: 0}), 'primary-button', 'btn primary'),
      !ctx.hidden('compare') && button('Compare with another role', () => (ctx.compare(r.slug, ctx.ui.b !== r.slug ? (ctx.ui.b ?? '') : ''), ctx.open('compare'))),
      roleActions(ctx, r.slug),
    ),
    h(
      'div.grid',
      block('What the job is', r.responsibilities.length > 0 && h('ul', r.responsibilities.map((x) => h('li', x)))),
      takes,
      block(
        'What comes next',
        r.transitions.length
          ? h(
              'ul.list.exits',
              r.transitions.map((m) =>
                h(
                  'li',
                  button(m.to.title, () => ctx.openRole(m.to.slug), 'move-button', 'btn quiet'),
                  sub(`${ARROW[m.kind] ?? '→'} ${moveKind(m.kind)}`, seniority(m.to), `after ${mark(m.typicalYearsBasis) ? `≈${yearCount(m.typicalYears)}` : aboutYears(m.typicalYears)}`),
                ),
              ),
            )
          : h('p.sub', r.rung == null ? 'No usual next moves are listed.' : 'This is the top of its ladder.'),
      ),
      block('What to learn', fold(r.resources.map(resourceItem), 4, 'resources')),
    ),
    note && h('p.note', note),
  )
  return {el, heading: title, announce: `Showing role: ${r.title}.`}
}

function notFound(ctx: ViewContext, slug: string, suggestions: readonly string[]): RenderedView {
  const title = heading('Role not found')
  const known = suggestions.flatMap((s) => ctx.data.roles.filter((r) => r.slug === s))
  const el = h(
    'div.view',
    {part: 'view view-role'},
    title,
    h('p.summary', `There is no role called "${slug}".`),
    known.length > 0 && [h('p', 'Did you mean:'), h('ul.list', known.map((r) => h('li', button(r.title, () => ctx.openRole(r.slug), 'move-button'))))],
    h('div.row', button('← All ladders', () => ctx.open('ladders'), 'back-button')),
  )
  return {el, heading: title, announce: `Role "${slug}" not found.`}
}
