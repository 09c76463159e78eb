import type {Child} from '../dom'
import type {Locale} from '../i18n/locale'
import type {Milestone, PlanInfo} from '../types'
import type {RenderedView, ViewContext} from './context'
import {certItem, fold, resourceItem, roleSelect, sub, unknownRole} from './blocks'
import type {Kit} from './kit'

// This view is a chunk: its helpers come from the entry (see kit.ts).
let {button, h, aboutYears, afterYears, estimateNote, TOP_RESOURCES, heading, moveKind, seniority} = {} as Kit
export const init = (kit: Kit) => void ({button, h, aboutYears, afterYears, estimateNote, TOP_RESOURCES, heading, moveKind, seniority} = kit)

/** This view's styles, adopted when its chunk arrives. */
export const css = /* css */ `
.total strong{font-size:1.375em}
.tl{display:grid;grid-template-columns:1fr auto;gap:3px;margin-bottom:2rem;font-size:.8125em}
.tl-bar{display:flex;gap:3px}
.tseg{flex:1 1 0;min-width:0;background:var(--ti);border-top:4px solid var(--ac);padding:.375rem .5rem}
.tseg span{display:block;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.goal{padding:.5rem .75rem;border-radius:var(--r);font-weight:700}
.ticks{position:relative;height:1.5rem}
.ticks span{position:absolute;translate:-50%}
[dir=rtl] .ticks span{translate:50%}
.ticks span:first-child{translate:0}
.m{border:1px solid var(--ln);border-radius:var(--r);padding:1rem 1.25rem;break-inside:avoid}
.mh{margin-bottom:.75rem}
.mh h3{margin:0}
.yr,.lbl{font-size:.75em;font-weight:700;text-transform:uppercase}
.lbl{margin:1rem 0 .5rem}
.mb{display:grid;gap:0 2rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,16rem),1fr))}
@container cp (max-width:36rem){
.tl{display:block}
.tl-bar{flex-direction:column}
.tseg{border:0;border-inline-start:4px solid var(--ac)}
.ticks,.print{display:none}
}
@media print{
.mb{grid-template-columns:repeat(3,1fr)}
.mb .lbl:has(+ul.sub),.mb ul.sub{display:none}
.chips{display:block}
.chips li{display:inline;padding:0;background:none}
.chips li+li::before{content:", "}
}
`

/**
 * "Where I am" and "where I want to be", and the route between them: a
 * timeline on a year axis, one milestone per move with the skills to grow and
 * the few resources for exactly those skills, the next best routes one click
 * away. Prints as a one-page plan (see the print rules in styles.ts).
 */
export function renderPlan(ctx: ViewContext): RenderedView {
  const {l} = ctx
  const title = heading(l.t('planTitle'))
  const result = h('div.result', {part: 'plan-result'})
  let from = ctx.ui.from ?? ctx.me?.role
  let to = ctx.ui.to
  let route = ctx.ui.route ?? 0
  let quiet = true
  let said = ''

  const update = () => {
    let p: PlanInfo | null | Error = null
    try {
      if (from && to) p = ctx.plan(from, to, route, quiet)
    } catch (error) {
      p = error as Error // an unknown slug from an attribute: say so, keep the planner usable
    }
    quiet = false
    result.replaceChildren(h('div', body(p)))
  }

  const body = (p: PlanInfo | null | Error): Child[] => {
    const self =
      ctx.hidden('assess') ? null : ctx.me && from === ctx.me.role
        ? h('p.sub.self', l.parts('fromAssessment', {edit: button(l.t('editIt'), () => ctx.open('assess'), 'link-button', 'linkish')}))
        : h('p.sub.self', l.parts('rateToPlan', {rate: button(l.t('rateSkills'), () => ctx.open('assess'), 'link-button', 'linkish')}))
    if (p instanceof Error) return [h('p.notice', {role: 'note'}, unknownRole(l, p))]
    if (!p) return [h('p.notice', l.t(!from || !to ? 'chooseBoth' : from === to ? 'alreadyThere' : 'noRoute')), self]
    const out = h('div')
    const routes = p.routes.map((r) =>
      button(
        [r.index ? l.t('routeN', {n: r.index + 1}) : l.t('bestRoute'), h('span.sub', ` · ${r.via.length ? l.t('via', {roles: l.list(r.via.map((v) => v.title))}) : l.t('direct')} · ${l.yearsShort(r.years)}`)],
        () => {
          route = r.index
          show(ctx.plan(from!, to!, route)!)
        },
        'route-button',
        'chip',
      ),
    )
    const show = (q: PlanInfo) => {
      said = ` ${l.t('planSaid', {moves: l.t('moves', {count: q.steps.length}), about: aboutYears(l, q.years)})}`
      routes.forEach((b, i) => b.setAttribute('aria-pressed', String(i === q.route)))
      out.replaceChildren(...details(l, q, !ctx.hidden('resources')))
    }
    show(p)
    return [self, routes.length > 1 && h('div.row.routes', {role: 'group', 'aria-label': l.t('routesGroup')}, routes), out]
  }

  const a = roleSelect(l, l.t('whereIAm'), ctx.data, from, (v) => ((from = v), (route = 0), update()))
  const b = roleSelect(l, l.t('whereIWantToBe'), ctx.data, to, (v) => ((to = v), (route = 0), update()))
  update()
  const el = h('div.view', {part: 'view view-plan'}, title, h('p.lede', l.t('planLede')), h('div.row.picker', {role: 'group', 'aria-label': l.t('routeGroup')}, a, b), result)
  return {el, heading: title, announce: l.t('showingPlanner') + said}
}

/** `learn`: false when the host hid resources, so no move says "None listed" under "Learn with". */
function details(l: Locale, p: PlanInfo, learn: boolean): Node[] {
  const [mark, note] = estimateNote(
    l,
    p.steps.map((s) => s.typicalYearsBasis),
    'allTimesEstimated',
  )
  const total = p.years || 1
  const ticks = h('div.ticks')
  for (let y = 0, step = total > 20 ? 5 : total > 10 ? 2 : 1; y <= total; y += step) {
    const t = h('span', y ? l.num(y) : l.t('now'))
    t.style.insetInlineStart = `${(y / total) * 100}%`
    ticks.append(t)
  }
  return [
    h(
      'div.row.sum',
      h('p.total', {part: 'plan-total'}, h('strong', mark(p.estimated ? 'estimate' : undefined) + l.t('aboutStart', {years: l.years(p.years)})), ` · ${l.t('planTotal', {moves: l.t('moves', {count: p.steps.length}), from: p.from.title, to: p.to.title})}`),
      note && h('p.note', note),
      button(l.t('printPlan'), () => print(), 'button', 'btn quiet print'),
    ),
    // The route on a year axis, one segment per role held; decorative, the milestones say the same in words.
    h(
      'div.tl',
      {'aria-hidden': 'true'},
      h(
        'div.tl-bar',
        p.milestones.map((m) => {
          const seg = h('div.tseg', h('span', m.from.title), h('span.sub', `${l.num(m.start)}–${l.yearsShort(m.end)}`))
          seg.style.flexGrow = String(m.typicalYears || total / 10)
          return seg
        }),
      ),
      h('div.goal', p.to.title),
      ticks,
    ),
    h('ol.list', p.milestones.map((m) => milestone(l, m, mark(m.typicalYearsBasis), learn))),
  ]
}

const milestone = (l: Locale, m: Milestone, mark: string, learn: boolean): HTMLElement =>
  h(
    'li.m',
    {part: 'plan-step'},
    h('div.mh', h('span.yr', l.t('yearN', {n: m.end})), h('h3', m.to.title), sub(l.t('moveFrom', {kind: moveKind(l, m.kind), role: m.from.title}), seniority(l, m.to), afterYears(l, m.typicalYears, mark))),
    h(
      'div.mb',
      h(
        'div',
        h('p.lbl', l.t('skillsToGrow')),
        m.skills.length
          ? h('ul.row.chips', m.skills.map((s) => h('li.pill', {part: 'skill'}, s.title, ' ', h('span.sub', {'aria-hidden': 'true'}, `${l.num(s.current)}→${l.num(s.target)}`), h('span.sr', `, ${l.t('fromLevel', {from: s.current, to: s.target})}`))))
          : h('p.sub', l.t('nothingNew')),
        (m.conditions.length > 0 || m.advice) && [h('p.lbl', l.t('usuallyFirst')), h('ul.sub', m.conditions.map((c) => h('li', c)), m.advice && h('li', m.advice))],
      ),
      learn && h('div', h('p.lbl', l.t('learnWith')), fold(l, m.resources.map((r) => resourceItem(l, r)), TOP_RESOURCES) || h('p.sub', l.t('noneListed'))),
      m.certifications.length > 0 && h('div', h('p.lbl', l.t('certsToConsider')), h('ul.list', m.certifications.map((c) => certItem(l, c)))),
    ),
  )
