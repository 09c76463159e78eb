import {credentialsToEarn, growingSkills, heldCredentials, resourcesFor, skillGrowth} from './advice'
import type {GraphIndex, RoleNode} from './model'
import type {FoundRoute} from './routes'
import type {CareerPlan, CareerRoute, PlanMilestone} from './types'
import {roundYears, routeView} from './routeView'

/**
 * Milestones along one route. Each milestone asks only for what is new at that
 * step: skills above the best proficiency reached so far, credentials not yet
 * earned, resources not shown at an earlier milestone. The time of a step is
 * the years usually spent in the role before moving on.
 */
export function careerPlan(index: GraphIndex, from: RoleNode, to: RoleNode, found: FoundRoute): CareerPlan {
  const route = routeView(index, from, to, found)
  const have = new Map(from.proficiency)
  const held = heldCredentials(index, from)
  const shown = new Set<string>()
  const grown = new Set<string>()
  let elapsed = 0
  const milestones: PlanMilestone[] = route.steps.map((step, i) => {
    const edge = index.edges[found.edges[i]!]!
    const target = index.roles[edge.to]!
    const skills = skillGrowth(have, target)
    for (const {skill, target: level} of skills) {
      have.set(skill.id, level)
      grown.add(skill.id)
    }
    const resources = resourcesFor(index, skills, target, shown)
    for (const {resource} of resources) shown.add(resource.id)
    const duration = step.typicalYears ?? 0
    const startYear = roundYears(elapsed)
    elapsed += duration
    return {
      order: i + 1,
      from: step.from,
      to: step.to,
      kind: step.kind,
      conditions: step.conditions,
      advice: edge.advice,
      typicalYearsBasis: step.typicalYearsBasis,
      skills,
      certifications: credentialsToEarn(index, [target], held, growingSkills(skills)),
      resources,
      timeline: {startYear, durationYears: duration, endYear: roundYears(elapsed)},
    }
  })
  return {
    from: from.ref,
    to: to.ref,
    route,
    milestones,
    totals: {
      steps: milestones.length,
      years: roundYears(elapsed),
      skills: grown.size,
      certifications: milestones.reduce((sum, m) => sum + m.certifications.length, 0),
      resources: shown.size,
    },
    note: offLadderNote(route),
  }
}

/** Says which moves leave the ladder, so a reader knows the route is not a straight climb. */
function offLadderNote(route: CareerRoute): string | null {
  const sideways = route.steps.filter((step) => step.kind !== 'promotion')
  if (sideways.length === 0) return null
  const count = (kind: string, word: string) => {
    const n = sideways.filter((step) => step.kind === kind).length
    return n === 0 ? [] : [`${n} ${word}${n > 1 ? 's' : ''}`]
  }
  const kinds = [...count('lateral', 'lateral move'), ...count('specialisation', 'specialisation')].join(' and ')
  const moves = sideways.map((step) => `${step.from.title} → ${step.to.title}`).join('; ')
  return `This route is not a straight climb: it includes ${kinds} (${moves}).`
}
