import type {GraphIndex, RoleNode} from './model'
import type {FoundRoute} from './routes'
import {TRANSITION_KINDS, type CareerRole, type CareerRoute, type MoveCounts, type RoleTransition, type RouteStep} from './types'

/** Rounds away float noise (0.1 + 0.2) from year sums shown to people. */
export const roundYears = (years: number) => Math.round(years * 1e6) / 1e6

export function transitionsOf(index: GraphIndex, role: RoleNode): RoleTransition[] {
  return role.out.map((id) => {
    const edge = index.edges[id]!
    return {
      to: index.roles[edge.to]!.ref,
      kind: edge.kind,
      typicalYears: edge.typicalYears,
      typicalYearsBasis: edge.typicalYearsBasis,
      conditions: edge.conditions,
      advice: edge.advice,
    }
  })
}

export function roleView(index: GraphIndex, role: RoleNode): CareerRole {
  return {
    ...role.ref,
    aliases: role.aliases,
    summary: role.summary,
    responsibilities: role.responsibilities,
    skills: role.skills,
    certifications: role.certifications,
    degrees: role.degrees,
    education: role.education,
    resources: role.resources,
    experience: role.experience,
    transitions: transitionsOf(index, role),
  }
}

export function routeView(index: GraphIndex, from: RoleNode, to: RoleNode, found: FoundRoute): CareerRoute {
  const moves = Object.fromEntries(TRANSITION_KINDS.map((kind) => [kind, 0])) as Record<keyof MoveCounts, number>
  let years = 0
  const steps: RouteStep[] = found.edges.map((id) => {
    const edge = index.edges[id]!
    moves[edge.kind]++
    years += edge.typicalYears ?? 0
    return {
      from: index.roles[edge.from]!.ref,
      to: index.roles[edge.to]!.ref,
      kind: edge.kind,
      typicalYears: edge.typicalYears,
      typicalYearsBasis: edge.typicalYearsBasis,
      conditions: edge.conditions,
      cumulativeYears: roundYears(years),
    }
  })
  return {from: from.ref, to: to.ref, steps, years: roundYears(years), moves}
}
