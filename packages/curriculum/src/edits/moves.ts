/**
 * One connected map. In v1 the help desk reached ten roles and none of the
 * support-engineering ladder, the alternative careers or the VP of support,
 * although real careers cross: help desk technicians and support analysts
 * become junior support engineers, senior technicians move into product
 * support engineering, and the two management ladders hold the same jobs at the
 * same level (a team lead, a manager and a director of support, whether the
 * support is for an organisation's own staff or for a product's customers).
 * No seed describes these moves: they are our judgement, and each says so in
 * its time's basis. Kinds follow the v2 seniority rules (checked in
 * ladders.test.ts): promotion up, lateral level, specialisation level or up.
 */
import {isRole, type CurriculumDocument, type Transition, type TransitionKind} from '../types.ts'
import {moveOnAdvice} from './advice.ts'
import {CurriculumEditError, en, lines, ref, type Edit} from './edit.ts'

const NAME = 'moves'

export interface NewMove {
  from: string
  to: string
  kind: TransitionKind
  typicalYears: number
  conditions: readonly string[]
}

/** Shown with the typical time: the figure is an estimate and the move itself is ours. */
export const addedMoveNote = 'Our estimate for a move we added; no seed describes it.'

export const newMoves: readonly NewMove[] = [
  {
    from: 'role-help-desk-technician',
    to: 'role-junior-support-engineer',
    kind: 'promotion',
    typicalYears: 2,
    conditions: ['Has worked tickets about one product or application in depth and can reproduce a fault step by step', 'Reads logs and has started scripting or calling APIs, for example with Postman'],
  },
  {
    from: 'role-support-analyst',
    to: 'role-junior-support-engineer',
    kind: 'promotion',
    typicalYears: 2,
    conditions: ['Knows the company\'s product well and writes bug reports that engineers can act on', 'Has started scripting or working with APIs'],
  },
  {
    from: 'role-senior-technician',
    to: 'role-junior-support-engineer',
    kind: 'lateral',
    typicalYears: 2,
    conditions: ['Wants to support a product\'s customers rather than an organisation\'s own IT', 'Is learning the product side: APIs, bug reproduction and working with engineering'],
  },
  {
    from: 'role-technical-support-lead',
    to: 'role-support-team-lead',
    kind: 'lateral',
    typicalYears: 2,
    conditions: ['Has learned enough about a product and its engineering team to lead support engineers'],
  },
  {
    from: 'role-support-team-lead',
    to: 'role-technical-support-lead',
    kind: 'lateral',
    typicalYears: 2,
    conditions: ['Wants to lead support for an organisation\'s own staff and systems, and has learned IT service management'],
  },
  {
    from: 'role-it-support-manager',
    to: 'role-support-manager',
    kind: 'lateral',
    typicalYears: 3,
    conditions: ['Can manage engineers who support a product, and relate support metrics to revenue and retention'],
  },
  {
    from: 'role-support-manager',
    to: 'role-it-support-manager',
    kind: 'lateral',
    typicalYears: 3,
    conditions: ['Can run service levels and budgets for an internal IT department'],
  },
  {
    from: 'role-director-of-it-support',
    to: 'role-director-of-support',
    kind: 'lateral',
    typicalYears: 3,
    conditions: ['Can lead a customer-facing support organisation and show its effect on revenue'],
  },
  {
    from: 'role-director-of-support',
    to: 'role-director-of-it-support',
    kind: 'lateral',
    typicalYears: 3,
    conditions: ['Can lead IT support for a whole organisation alongside the other IT directors'],
  },
]

export const movesEdit: Edit = {
  name: 'one connected map: moves between the ladders',
  apply(documents) {
    const roles = new Map(documents.filter(isRole).map((r) => [r._id, r]))
    const added = new Map<string, Transition[]>()
    for (const move of newMoves) {
      const from = roles.get(move.from)
      const to = roles.get(move.to)
      if (!from || !to) throw new CurriculumEditError(NAME, `${!from ? move.from : move.to} is not in the dataset`)
      if (from.transitions?.some((t) => t.to._ref === move.to)) throw new CurriculumEditError(NAME, `${move.from} already has a move to ${move.to}`)
      const transition: Transition = {
        _type: 'transition',
        _key: `${move.kind}-${move.to.replace(/^role-/, '')}`,
        to: ref(move.to),
        kind: move.kind,
        typicalYears: move.typicalYears,
        typicalYearsBasis: {_type: 'basis', kind: 'estimate', note: addedMoveNote},
        conditions: lines(move.conditions),
        // Entry roles' promotions carry the seed's move-on advice, as every other one does.
        ...(from.seniority === 1 && move.kind === 'promotion' ? {advice: en(moveOnAdvice, 'text')} : {}),
      }
      added.set(move.from, [...(added.get(move.from) ?? []), transition])
    }
    return documents.map((d): CurriculumDocument => {
      const extra = added.get(d._id)
      return extra && isRole(d) ? {...d, transitions: [...(d.transitions ?? []), ...extra]} : d
    })
  },
}
