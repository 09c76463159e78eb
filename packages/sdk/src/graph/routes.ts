import {MinHeap} from './heap'
import type {Edge, GraphIndex} from './model'
import type {TransitionKind} from './types'

/** Years compare with a tolerance: 0.1 + 0.2 must tie with 0.3. */
const EPS = 1e-9
const UNREACHABLE = -1

/** A route as edge ids, with its lexicographic cost (steps, then years). */
export interface FoundRoute {
  readonly edges: readonly number[]
  readonly years: number
  /** Role slugs and move kinds along the route: breaks cost ties in a readable, stable way. */
  readonly order: string
  /** Edge ids: identifies the route. */
  readonly key: string
}

export interface RouteQuery {
  readonly source: number
  readonly target: number
  readonly maxSteps: number
  readonly kinds: ReadonlySet<TransitionKind>
  readonly limit: number
}

const yearsOf = (edge: Edge) => edge.typicalYears ?? 0

interface Cost {
  readonly steps: number
  readonly years: number
}

const routeBefore = (a: FoundRoute, b: FoundRoute) => {
  if (a.edges.length !== b.edges.length) return a.edges.length < b.edges.length
  if (Math.abs(a.years - b.years) > EPS) return a.years < b.years
  return a.order < b.order || (a.order === b.order && a.key < b.key)
}

interface Frontier {
  readonly node: number
  readonly steps: number
  /** Estimated total cost through this node: steps and years. */
  readonly fSteps: number
  readonly fYears: number
}

const frontierBefore = (a: Frontier, b: Frontier) => {
  if (a.fSteps !== b.fSteps) return a.fSteps < b.fSteps
  if (Math.abs(a.fYears - b.fYears) > EPS) return a.fYears < b.fYears
  // Deeper first: with an exact estimate this walks straight to the target.
  if (a.steps !== b.steps) return a.steps > b.steps
  return a.node < b.node
}

/**
 * The `limit` cheapest simple routes from `source` to `target` of at most
 * `maxSteps` moves, cheapest first, by Yen's k-shortest-simple-paths algorithm
 * over the cost (number of moves, then typical years).
 *
 * Each spur search is an A* whose estimate is the exact (moves, years) distance
 * to the target in the unrestricted graph, computed once per query by a
 * reverse breadth-first search. Yen's restrictions only remove edges, so the
 * estimate stays admissible and consistent, and on real ladders each search
 * touches little more than the route it returns, even on 10k-role graphs.
 */
export function findRoutes(index: GraphIndex, query: RouteQuery): FoundRoute[] {
  const {source, target, maxSteps, kinds, limit} = query
  const {roles, edges, incoming} = index
  const n = roles.length
  const allowed = (edge: Edge) => kinds.has(edge.kind)

  if (source === target) return [{edges: [], years: 0, order: '', key: ''}]

  // Exact distance to the target, layer by layer: every node of layer d is
  // final before the first node of layer d + 1 is read from the queue.
  const toSteps = new Int32Array(n).fill(UNREACHABLE)
  const toYears = new Float64Array(n)
  toSteps[target] = 0
  const queue = [target]
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!
    const d = toSteps[v]!
    if (d >= maxSteps) continue
    for (const id of incoming[v]!) {
      const edge = edges[id]!
      if (!allowed(edge)) continue
      const u = edge.from
      const years = yearsOf(edge) + toYears[v]!
      if (toSteps[u] === UNREACHABLE) {
        toSteps[u] = d + 1
        toYears[u] = years
        queue.push(u)
      } else if (toSteps[u] === d + 1 && years < toYears[u]!) toYears[u] = years
    }
  }
  if (toSteps[source] === UNREACHABLE) return []

  // Per-search state, reset by bumping a generation counter instead of refilling.
  let generation = 0
  const seenAt = new Int32Array(n)
  const doneAt = new Int32Array(n)
  const blockedAt = new Int32Array(n)
  const gSteps = new Int32Array(n)
  const gYears = new Float64Array(n)
  const via = new Int32Array(n)

  /**
   * Cheapest route from `start` (reached after `root` steps and years) that
   * avoids the blocked nodes and edges and costs no more than `bound` in total.
   */
  const search = (start: number, root: Cost, bound: Cost, blockedNodes: readonly number[], blockedEdges: ReadonlySet<number>) => {
    generation++
    for (const node of blockedNodes) blockedAt[node] = generation
    seenAt[start] = generation
    gSteps[start] = 0
    gYears[start] = 0
    via[start] = -1
    const heap = new MinHeap<Frontier>(frontierBefore)
    heap.push({node: start, steps: 0, fSteps: toSteps[start]!, fYears: toYears[start]!})
    for (let item = heap.pop(); item; item = heap.pop()) {
      const u = item.node
      if (doneAt[u] === generation) continue
      doneAt[u] = generation
      if (u === target) {
        const path: number[] = []
        for (let at = target; at !== start; at = edges[via[at]!]!.from) path.push(via[at]!)
        return path.reverse()
      }
      for (const id of roles[u]!.out) {
        const edge = edges[id]!
        const v = edge.to
        if (!allowed(edge) || blockedEdges.has(id) || blockedAt[v] === generation || doneAt[v] === generation) continue
        const rest = toSteps[v]!
        const steps = gSteps[u]! + 1
        if (rest === UNREACHABLE) continue
        const years = gYears[u]! + yearsOf(edge)
        const totalSteps = root.steps + steps + rest
        if (totalSteps > bound.steps || (totalSteps === bound.steps && root.years + years + toYears[v]! > bound.years + EPS)) continue
        if (seenAt[v] === generation && (gSteps[v]! < steps || (gSteps[v] === steps && gYears[v]! <= years + EPS))) continue
        seenAt[v] = generation
        gSteps[v] = steps
        gYears[v] = years
        via[v] = id
        heap.push({node: v, steps, fSteps: steps + rest, fYears: years + toYears[v]!})
      }
    }
    return null
  }

  const labels = roles.map((role) => role.ref.slug)
  const route = (ids: readonly number[]): FoundRoute => {
    let years = 0
    let order = labels[source]!
    for (const id of ids) {
      const edge = edges[id]!
      years += yearsOf(edge)
      order += ` ${edge.kind} ${labels[edge.to]}`
    }
    return {edges: ids, years, order, key: ids.join(',')}
  }

  const unbounded: Cost = {steps: maxSteps, years: Number.POSITIVE_INFINITY}
  const first = search(source, {steps: 0, years: 0}, unbounded, [], new Set())
  if (!first) return []
  const accepted = [route(first)]
  const known = new Set([accepted[0]!.key])
  // Best candidates first, never more than can still be returned: a route
  // costlier than the last one kept can never make the cut, which bounds the
  // spur searches below.
  let candidates: FoundRoute[] = []

  while (accepted.length < limit) {
    const previous = accepted[accepted.length - 1]!.edges
    const nodes = [source, ...previous.map((id) => edges[id]!.to)]
    const needed = limit - accepted.length
    let rootYears = 0
    for (let i = 0; i < previous.length; i++) {
      // Routes already taken that share this root must leave the spur by another edge.
      const blockedEdges = new Set<number>()
      for (const taken of accepted) {
        if (taken.edges.length > i && sharesRoot(taken.edges, previous, i)) blockedEdges.add(taken.edges[i]!)
      }
      const worst = candidates.length >= needed ? candidates[candidates.length - 1]! : undefined
      const bound = worst ? {steps: worst.edges.length, years: worst.years} : unbounded
      const spur = search(nodes[i]!, {steps: i, years: rootYears}, bound, nodes.slice(0, i), blockedEdges)
      rootYears += yearsOf(edges[previous[i]!]!)
      if (!spur) continue
      const candidate = route(previous.slice(0, i).concat(spur))
      if (known.has(candidate.key)) continue
      known.add(candidate.key)
      candidates = insertSorted(candidates, candidate, needed)
    }
    const next = candidates.shift()
    if (!next) break
    accepted.push(next)
  }
  // Yen yields non-decreasing costs; sorting only orders equal-cost routes by name.
  return accepted.sort((a, b) => (routeBefore(a, b) ? -1 : routeBefore(b, a) ? 1 : 0))
}

/** Inserts in cost order and keeps at most `max` routes. */
function insertSorted(routes: FoundRoute[], route: FoundRoute, max: number): FoundRoute[] {
  let at = routes.length
  while (at > 0 && routeBefore(route, routes[at - 1]!)) at--
  routes.splice(at, 0, route)
  if (routes.length > max) routes.length = max
  return routes
}

function sharesRoot(a: readonly number[], b: readonly number[], length: number): boolean {
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false
  return true
}
