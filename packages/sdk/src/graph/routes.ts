import {MinHeap} from './heap'
import type {Edge, GraphIndex} from './model'
import {TRANSITION_KINDS, type TransitionKind} from './types'

/**
 * Years are compared in whole millionths of a year: integer sums are exact
 * whatever the order of addition, so 0.1 + 0.2 ties with 0.3 and the order
 * stays transitive (a tolerance would not be).
 */
const YEAR_UNITS = 1e6
const UNREACHABLE = -1
/** No move: the sequence before a route's first move. */
const NONE = -1

/** A route as edge ids, in route order. */
export interface FoundRoute {
  readonly edges: readonly number[]
  /** Typical years along the route, unknown years counting as 0. */
  readonly years: number
  /** Role slugs and move kinds along the route, for reading; the order is {@link findRoutes}'s, not this string's. */
  readonly order: string
  /** Edge ids: identifies the route. */
  readonly key: string
}

/** What the route search reads of the graph: slugs, moves and their direction. A {@link GraphIndex} is one. */
export interface RouteGraph {
  readonly roles: readonly {readonly ref: {readonly slug: string}; readonly out: readonly number[]}[]
  /** Index = edge id. */
  readonly edges: readonly Pick<Edge, 'from' | 'to' | 'kind' | 'typicalYears'>[]
  readonly incoming: readonly (readonly number[])[]
}

export interface RouteQuery {
  readonly source: number
  readonly target: number
  readonly maxSteps: number
  readonly kinds: ReadonlySet<TransitionKind>
  readonly limit: number
}

type Move = RouteGraph['edges'][number]

const unitsOf = (edge: Move) => Math.round((edge.typicalYears ?? 0) * YEAR_UNITS)
const KIND_RANK: ReadonlyMap<TransitionKind, number> = new Map(TRANSITION_KINDS.map((kind, i) => [kind, i]))

interface Cost {
  readonly steps: number
  /** Years in {@link YEAR_UNITS}. */
  readonly units: number
}

interface Candidate {
  readonly route: FoundRoute
  readonly units: number
}

interface Frontier {
  readonly node: number
  readonly steps: number
  readonly units: number
  /** The last move of this label's sequence ({@link NONE} at the start); its `from` is settled. */
  readonly edge: number
  /** Estimated total cost through this node: steps and year units. */
  readonly fSteps: number
  readonly fUnits: number
}

/**
 * The first `limit` routes from `source` to `target` in route order: simple
 * routes (no role twice) of at most `maxSteps` moves of the given kinds.
 *
 * **Route order**, total, and the same whatever `limit` is (so `limit: 1`,
 * `pathIndex` and `paths()[k]` always agree):
 * 1. fewer moves;
 * 2. fewer typical years (a move with unknown years counts 0; compared in
 *    millionths of a year, so float noise never splits a tie);
 * 3. at the first move where two routes differ: the role it leads to, by slug
 *    in code-unit order (`'B' < 'a' < 'aa' < 'b'`, as `<` on strings, the
 *    same in every locale); then the move kind in `TRANSITION_KINDS` order
 *    (promotion, lateral, specialisation); then document order of the
 *    transitions (only left for roles that share a slug).
 *
 * Both tie-breaks look only at where two routes part, so the order of routes
 * that share a beginning is the order of their remaining parts. That is what
 * lets Yen's k-shortest-simple-paths algorithm return exactly this order: each
 * spur search returns the *first* spur in route order, not just a cheapest one,
 * and candidates are kept sorted by the same comparison.
 *
 * Each spur search is a label-setting A* over the ordered cost (moves, year
 * units, move sequence). Its estimate is the exact (moves, years) distance to
 * the target in the unrestricted graph, from one reverse breadth-first search
 * per query; Yen's restrictions only remove moves, so it stays admissible and
 * consistent. Equal estimates are broken by the move sequence, compared at the
 * point where the two labels' routes part (walking back along the settled
 * search tree), so the search still walks straight down the first route and
 * touches little more than it on real ladders, even on 10k-role graphs.
 */
export function findRoutes(index: RouteGraph, query: RouteQuery): FoundRoute[] {
  const {source, target, maxSteps, kinds, limit} = query
  const {roles, edges, incoming} = index
  const n = roles.length
  const allowed = (edge: Move) => kinds.has(edge.kind)
  const slugOf = (role: number) => roles[role]!.ref.slug

  if (source === target) return [{edges: [], years: 0, order: slugOf(source), key: ''}]

  // Exact distance to the target, layer by layer: every node of layer d is
  // final before the first node of layer d + 1 is read from the queue.
  const toSteps = new Int32Array(n).fill(UNREACHABLE)
  const toUnits = new Float64Array(n)
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
      const units = unitsOf(edge) + toUnits[v]!
      if (toSteps[u] === UNREACHABLE) {
        toSteps[u] = d + 1
        toUnits[u] = units
        queue.push(u)
      } else if (toSteps[u] === d + 1 && units < toUnits[u]!) toUnits[u] = units
    }
  }
  if (toSteps[source] === UNREACHABLE) return []

  /** Two different moves out of the same role, by rule 3 of the route order. */
  const moveOrder = (a: number, b: number): number => {
    const ea = edges[a]!
    const eb = edges[b]!
    const sa = slugOf(ea.to)
    const sb = slugOf(eb.to)
    if (sa !== sb) return sa < sb ? -1 : 1
    if (ea.kind !== eb.kind) return KIND_RANK.get(ea.kind)! - KIND_RANK.get(eb.kind)!
    return a - b
  }

  // Per-search state, reset by bumping a generation counter instead of refilling.
  let generation = 0
  const seenAt = new Int32Array(n)
  const doneAt = new Int32Array(n)
  const blockedAt = new Int32Array(n)
  const gSteps = new Int32Array(n)
  const gUnits = new Float64Array(n)
  /** The last move of a node's best label; the move before it is `via` of its `from`, and so on back to the start. */
  const via = new Int32Array(n)

  const previous = (id: number) => via[edges[id]!.from]!
  /**
   * Compares the move sequences ending in `a` (of `la` moves) and `b` (`lb`):
   * negative when `a`'s comes first. A sequence comes before its extensions.
   * Both must end in a move out of a settled node, so the chains are final.
   */
  const sequenceOrder = (a: number, la: number, b: number, lb: number): number => {
    let x = a
    let y = b
    for (let l = la; l > lb; l--) x = previous(x)
    for (let l = lb; l > la; l--) y = previous(y)
    // Walk back to where the two sequences join; the last difference seen is where they part.
    let decided = 0
    while (x !== y) {
      decided = moveOrder(x, y)
      x = previous(x)
      y = previous(y)
    }
    return decided || la - lb
  }

  const frontierBefore = (a: Frontier, b: Frontier) => {
    if (a.fSteps !== b.fSteps) return a.fSteps < b.fSteps
    if (a.fUnits !== b.fUnits) return a.fUnits < b.fUnits
    return sequenceOrder(a.edge, a.steps, b.edge, b.steps) < 0
  }

  /**
   * The first route in route order from `start` (reached after `root` steps
   * and years) that avoids the blocked nodes and edges and costs no more than
   * `bound` in total (a route that costs as much may still come first by rule 3).
   */
  const search = (start: number, root: Cost, bound: Cost, blockedNodes: readonly number[], blockedEdges: ReadonlySet<number>) => {
    generation++
    for (const node of blockedNodes) blockedAt[node] = generation
    seenAt[start] = generation
    gSteps[start] = 0
    gUnits[start] = 0
    via[start] = NONE
    const heap = new MinHeap<Frontier>(frontierBefore)
    heap.push({node: start, steps: 0, units: 0, edge: NONE, fSteps: toSteps[start]!, fUnits: toUnits[start]!})
    for (let item = heap.pop(); item; item = heap.pop()) {
      const u = item.node
      if (doneAt[u] === generation) continue
      // The first label popped for a node is its best: settle it.
      doneAt[u] = generation
      via[u] = item.edge
      gSteps[u] = item.steps
      gUnits[u] = item.units
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
        if (rest === UNREACHABLE) continue
        const steps = gSteps[u]! + 1
        const units = gUnits[u]! + unitsOf(edge)
        const totalSteps = root.steps + steps + rest
        if (totalSteps > bound.steps || (totalSteps === bound.steps && root.units + units + toUnits[v]! > bound.units)) continue
        if (seenAt[v] === generation) {
          // Keep the label already there unless this one comes first.
          const kept = gSteps[v]! - steps || gUnits[v]! - units || sequenceOrder(via[v]!, steps, id, steps)
          if (kept <= 0) continue
        }
        seenAt[v] = generation
        gSteps[v] = steps
        gUnits[v] = units
        via[v] = id
        heap.push({node: v, steps, units, edge: id, fSteps: steps + rest, fUnits: units + toUnits[v]!})
      }
    }
    return null
  }

  const candidate = (ids: readonly number[]): Candidate => {
    let years = 0
    let units = 0
    let order = slugOf(source)
    for (const id of ids) {
      const edge = edges[id]!
      years += edge.typicalYears ?? 0
      units += unitsOf(edge)
      order += ` ${edge.kind} ${slugOf(edge.to)}`
    }
    return {route: {edges: ids, years, order, key: ids.join(',')}, units}
  }
  /** Route order on whole routes: negative when `a` comes first. */
  const routeOrder = (a: Candidate, b: Candidate): number => {
    const x = a.route.edges
    const y = b.route.edges
    if (x.length !== y.length) return x.length - y.length
    if (a.units !== b.units) return a.units - b.units
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return moveOrder(x[i]!, y[i]!)
    return 0
  }

  const unbounded: Cost = {steps: maxSteps, units: Number.POSITIVE_INFINITY}
  const first = search(source, {steps: 0, units: 0}, unbounded, [], new Set())
  if (!first) return []
  const accepted = [candidate(first)]
  const known = new Set([accepted[0]!.route.key])
  // Best candidates first, never more than can still be returned: a route
  // after the last one kept can never make the cut, which bounds the spur
  // searches below.
  const candidates: Candidate[] = []

  while (accepted.length < limit) {
    const last = accepted[accepted.length - 1]!.route.edges
    const nodes = [source, ...last.map((id) => edges[id]!.to)]
    const needed = limit - accepted.length
    let rootUnits = 0
    for (let i = 0; i < last.length; i++) {
      // Routes already taken that share this root must leave the spur by another edge.
      const blockedEdges = new Set<number>()
      for (const taken of accepted) {
        const edgesTaken = taken.route.edges
        if (edgesTaken.length > i && sharesRoot(edgesTaken, last, i)) blockedEdges.add(edgesTaken[i]!)
      }
      const worst = candidates.length >= needed ? candidates[candidates.length - 1]! : undefined
      const bound = worst ? {steps: worst.route.edges.length, units: worst.units} : unbounded
      const spur = search(nodes[i]!, {steps: i, units: rootUnits}, bound, nodes.slice(0, i), blockedEdges)
      rootUnits += unitsOf(edges[last[i]!]!)
      if (!spur) continue
      const found = candidate(last.slice(0, i).concat(spur))
      if (known.has(found.route.key)) continue
      known.add(found.route.key)
      insertSorted(candidates, found, needed, routeOrder)
    }
    const next = candidates.shift()
    if (!next) break
    accepted.push(next)
  }
  // Yen's algorithm accepts routes in route order: no sort needed.
  return accepted.map((found) => found.route)
}

/** Inserts in route order and keeps at most `max` candidates. */
function insertSorted(list: Candidate[], item: Candidate, max: number, order: (a: Candidate, b: Candidate) => number): void {
  let at = list.length
  while (at > 0 && order(item, list[at - 1]!) < 0) at--
  list.splice(at, 0, item)
  if (list.length > max) list.length = max
}

function sharesRoot(a: readonly number[], b: readonly number[], length: number): boolean {
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false
  return true
}
