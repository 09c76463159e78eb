/**
 * Test helpers for the route search: a tiny role graph built straight from a
 * list of moves, and a brute-force oracle that lists every simple route and
 * sorts it by the documented route order. The oracle shares no code with
 * `routes.ts`, so a slip in either shows up as a disagreement.
 */
import type {RouteGraph} from '../routes'
import {TRANSITION_KINDS, type TransitionKind} from '../types'

export interface Move {
  readonly from: number
  readonly to: number
  readonly kind: TransitionKind
  readonly typicalYears: number | null
}

/** Roles named by `slugs` (index = role), joined by `moves` (index = edge id). */
export function routeGraph(slugs: readonly string[], moves: readonly Move[]): RouteGraph {
  const out = slugs.map(() => [] as number[])
  const incoming = slugs.map(() => [] as number[])
  moves.forEach((move, id) => {
    out[move.from]!.push(id)
    incoming[move.to]!.push(id)
  })
  return {roles: slugs.map((slug, i) => ({ref: {slug}, out: out[i]!})), edges: moves, incoming}
}

export interface OracleQuery {
  readonly source: number
  readonly target: number
  readonly maxSteps: number
  readonly kinds: ReadonlySet<TransitionKind>
}

/** Every simple route from source to target, as edge ids, in the documented order. */
export function allRoutesInOrder(graph: RouteGraph, query: OracleQuery): number[][] {
  const found: number[][] = []
  const onRoute = new Set([query.source])
  const walk = (at: number, route: number[]) => {
    if (at === query.target) {
      found.push([...route])
      return
    }
    if (route.length === query.maxSteps) return
    for (const id of graph.roles[at]!.out) {
      const edge = graph.edges[id]!
      if (!query.kinds.has(edge.kind) || onRoute.has(edge.to)) continue
      onRoute.add(edge.to)
      route.push(id)
      walk(edge.to, route)
      route.pop()
      onRoute.delete(edge.to)
    }
  }
  walk(query.source, [])
  return found.sort((a, b) => compareByDefinition(graph, a, b))
}

/**
 * The order as the TSDoc of `findRoutes` states it, spelled out naively:
 * fewer moves; then fewer typical years (unknown counts as 0, compared in
 * millionths of a year); then, at the first move where the routes differ, the
 * role it leads to by slug (code-unit order), then the kind in
 * `TRANSITION_KINDS` order, then document order of the transition.
 */
function compareByDefinition(graph: RouteGraph, a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) return a.length - b.length
  const micro = (route: readonly number[]) => route.reduce((sum, id) => sum + Math.round((graph.edges[id]!.typicalYears ?? 0) * 1e6), 0)
  if (micro(a) !== micro(b)) return micro(a) - micro(b)
  for (let i = 0; i < a.length; i++) {
    const x = graph.edges[a[i]!]!
    const y = graph.edges[b[i]!]!
    const sx = graph.roles[x.to]!.ref.slug
    const sy = graph.roles[y.to]!.ref.slug
    if (sx !== sy) return sx < sy ? -1 : 1
    if (x.kind !== y.kind) return TRANSITION_KINDS.indexOf(x.kind) - TRANSITION_KINDS.indexOf(y.kind)
    if (a[i] !== b[i]) return a[i]! - b[i]!
  }
  return 0
}
