import {h, uid} from '../dom'
import type {PlanInfo} from '../types'
import type {RenderedView, ViewContext} from './context'
import {aboutYears} from '../estimates'
import {block, certItem, heading, moveKind, proficiencyText, resourceItem, roleSelect, seniority} from './parts'

const total = (p: PlanInfo) => aboutYears(p.years, p.estimated ? 'estimate' : undefined)

/** "Where I am" and "where I want to be", and the route between them. */
export function renderPlan(ctx: ViewContext): RenderedView {
  const title = heading('Plan your route')
  const result = h('div', {class: 'result', part: 'plan-result'})
  let from = ctx.ui.from
  let to = ctx.ui.to
  const update = () => {
    result.replaceChildren(...body(from && to ? ctx.plan(from, to) : null, from, to))
  }
  const a = roleSelect('Where I am', ctx.data, from, (v) => ((from = v), update()))
  const b = roleSelect('Where I want to be', ctx.data, to, (v) => ((to = v), update()))
  // The first plan both fills the view and goes into its announcement.
  const initial = from && to ? safePlan(ctx, from, to) : null
  result.replaceChildren(...body(initial, from, to))
  const el = h(
    'section',
    {class: 'view', part: 'view view-plan', 'aria-labelledby': title.id},
    title,
    h('p', {class: 'lede'}, 'Choose the role you have and the one you want: you get the steps, what to learn and how long it usually takes.'),
    h('div', {class: 'picker', role: 'group', 'aria-label': 'Route'}, a.label, b.label),
    result,
  )
  return {el, heading: title, announce: `Showing the route planner.${initial && !(initial instanceof Error) ? ` ${describe(initial)}` : ''}`}
}

/** Selections from attributes may be unknown slugs: show the planner anyway. */
function safePlan(ctx: ViewContext, from: string, to: string): PlanInfo | null | Error {
  try {
    return ctx.data.plan(from, to)
  } catch (error) {
    return error as Error
  }
}

const describe = (p: PlanInfo) => `${p.steps.length} ${p.steps.length === 1 ? 'step' : 'steps'} from ${p.from.title} to ${p.to.title}, ${total(p)}.`

function body(p: PlanInfo | null | Error, from?: string, to?: string): Node[] {
  if (p instanceof Error) return [h('p', {class: 'notice', role: 'note'}, p.message)]
  if (!from || !to) return [h('p', {class: 'muted'}, 'Choose both roles to see the plan.')]
  if (!p) return [h('p', {class: 'notice'}, from === to ? 'You are already there: pick a different target role.' : 'No usual route leads from this role to that one. Try a role on the same ladder, or compare the two roles instead.')]
  const stepsId = uid('s')
  return [
    h('p', {class: 'total', part: 'plan-total'}, `Typical time: ${total(p)} (${p.steps.length} ${p.steps.length === 1 ? 'step' : 'steps'})`),
    h(
      'section',
      {'aria-labelledby': stepsId},
      h('h3', {id: stepsId}, 'Steps'),
      h('ol', {class: 'steps'}, p.steps.map((s) => h(
            'li',
            {part: 'plan-step'},
            h('strong', null, s.to.title),
            seniority(s.to) && h('span', {class: 'sub'}, ` · ${seniority(s.to)}`),
            h('div', {class: 'sub'}, `${moveKind(s.kind)} from ${s.from.title}, usually after ${aboutYears(s.typicalYears, s.typicalYearsBasis)}`),
          ))),
    ),
    h(
      'div',
      {class: 'grid'},
      block('Skills to grow', p.skills.map((s) => h('li', {part: 'skill'}, h('div', null, s.title), h('div', {class: 'sub'}, `${proficiencyText(s.current, 'New skill')} → ${proficiencyText(s.target)}`))), 'Your skills already cover the target role.'),
      block('Certifications to consider', p.certifications.map(certItem), 'No certifications are listed for this route.'),
      block('Resources', p.resources.map(resourceItem), 'No resources are listed for this route.'),
    ),
  ]
}
