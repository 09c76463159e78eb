import type {GraphIndex, RoleNode} from './model'
import type {FoundRoute} from './routes'
import {TRANSITION_KINDS, type CareerRoute, type MoveCounts, type RouteStep} from './types'

/** Rounds away float noise (0.1 + 0.2) from year sums shown to people. */
export const roundYears = (years: number) => Math.round(years * 1e6) / 1e6

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
