import {button, h, type Child} from '../dom'
import {aboutYears, estimateNote, yearCount, yrs} from '../estimates'
import {TOP_RESOURCES} from '../sdk'
import type {Milestone, PlanInfo} from '../types'
import type {RenderedView, ViewContext} from './context'
import {certItem, count, fold, heading, moveKind, resourceItem, roleSelect, seniority, sub} from './parts'

const number = new Intl.NumberFormat('en', {maximumFractionDigits: 1}).format

/**
 * "Where I am" and "where I want to be", and the route between them: a
 * timeline on a year axis, one milestone per move with the skills to grow and
 * the few resources for exactly those skills, the next best routes one click
 * away. Prints as a one-page plan (see the print rules in styles.ts).
 */
export function renderPlan(ctx: ViewContext): RenderedView {
  const title = heading('Plan your route')
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
        ? h('p.sub.self', 'From your self-assessment. ', button('Edit it', () => ctx.open('assess'), 'link-button', 'linkish'))
        : h('p.sub.self', button('Rate your skills', () => ctx.open('assess'), 'link-button', 'linkish'), ' to plan from what you have.')
    if (p instanceof Error) return [h('p.notice', {role: 'note'}, p.message)]
    if (!p) return [h('p.notice', !from || !to ? 'Choose both roles to see the plan.' : from === to ? 'You are already there: pick a different target role.' : 'No usual route leads there: try a role on the same ladder.'), self]
    const out = h('div')
    const routes = p.routes.map((r) =>
      button(
        [r.index ? `Route ${r.index + 1}` : 'Best route', h('span.sub', ` · ${r.via.length ? `via ${r.via.map((v) => v.title).join(', ')}` : 'direct'} · ${yrs(r.years)}`)],
        () => {
          route = r.index
          show(ctx.plan(from!, to!, route)!)
        },
        'route-button',
        'chip',
      ),
    )
    const show = (q: PlanInfo) => {
      said = ` Plan: ${count(q.steps.length, 'move')}, ${aboutYears(q.years)}.`
      routes.forEach((b, i) => b.setAttribute('aria-pressed', String(i === q.route)))
      out.replaceChildren(...details(q))
    }
    show(p)
    return [self, routes.length > 1 && h('div.row.routes', {role: 'group', 'aria-label': 'Routes, best first'}, routes), out]
  }

  const a = roleSelect('Where I am', ctx.data, from, (v) => ((from = v), (route = 0), update()))
  const b = roleSelect('Where I want to be', ctx.data, to, (v) => ((to = v), (route = 0), update()))
  update()
  const el = h('div.view', {part: 'view view-plan'}, title, h('p.lede', 'Pick where you are and where you want to be: the moves on a timeline, and what to learn for each.'), h('div.row.picker', {role: 'group', 'aria-label': 'Route'}, a, b), result)
  return {el, heading: title, announce: `Showing the route planner.${said}`}
}

function details(p: PlanInfo): Node[] {
  const [mark, note] = estimateNote(
    p.steps.map((s) => s.typicalYearsBasis),
    'All times',
  )
  const total = p.years || 1
  const ticks = h('div.ticks')
  for (let y = 0, step = total > 20 ? 5 : total > 10 ? 2 : 1; y <= total; y += step) {
    const t = h('span', y ? number(y) : 'Now')
    t.style.left = `${(y / total) * 100}%`
    ticks.append(t)
  }
  return [
    h(
      'div.row.sum',
      h('p.total', {part: 'plan-total'}, h('strong', `${mark(p.estimated ? 'estimate' : undefined)}About ${yearCount(p.years)}`), ` · ${count(p.steps.length, 'move')} from ${p.from.title} to ${p.to.title}`),
      note && h('p.note', note),
      button('Print this plan', () => print(), 'button', 'btn quiet print'),
    ),
    // The route on a year axis, one segment per role held; decorative, the milestones say the same in words.
    h(
      'div.tl',
      {'aria-hidden': 'true'},
      h(
        'div.tl-bar',
        p.milestones.map((m) => {
          const seg = h('div.tseg', h('span', m.from.title), h('span.sub', `${number(m.start)}–${yrs(m.end)}`))
          seg.style.flexGrow = String(m.typicalYears || total / 10)
          return seg
        }),
      ),
      h('div.goal', p.to.title),
      ticks,
    ),
    h('ol.list', p.milestones.map((m) => milestone(m, mark(m.typicalYearsBasis)))),
  ]
}

const milestone = (m: Milestone, mark: string): HTMLElement =>
  h(
    'li.m',
    {part: 'plan-step'},
    h('div.mh', h('span.yr', `Year ${number(m.end)}`), h('h3', m.to.title), sub(`${moveKind(m.kind)} from ${m.from.title}`, seniority(m.to), `after ${mark ? `≈${yearCount(m.typicalYears)}` : aboutYears(m.typicalYears)}`)),
    h(
      'div.mb',
      h(
        'div',
        h('p.lbl', 'Skills to grow'),
        m.skills.length
          ? h('ul.row.chips', m.skills.map((s) => h('li.pill', {part: 'skill'}, s.title, ' ', h('span.sub', {'aria-hidden': 'true'}, `${s.current}→${s.target}`), h('span.sr', `, from level ${s.current} to ${s.target} of 5`))))
          : h('p.sub', 'Nothing new to learn.'),
        (m.conditions.length > 0 || m.advice) && [h('p.lbl', 'Usually first'), h('ul.sub', m.conditions.map((c) => h('li', c)), m.advice && h('li', m.advice))],
      ),
      h('div', h('p.lbl', 'Learn with'), fold(m.resources.map(resourceItem), TOP_RESOURCES, 'resources') || h('p.sub', 'None listed.')),
      m.certifications.length > 0 && h('div', h('p.lbl', 'Certifications to consider'), h('ul.list', m.certifications.map(certItem))),
    ),
  )
