import {describe, expect, it} from 'vitest'
import {findRoutes, type RouteGraph} from './routes'
import {routeGraph, type Move} from './testing/bruteForce'
import {TRANSITION_KINDS, type TransitionKind} from './types'

const every = new Set<TransitionKind>(TRANSITION_KINDS)
const move = (from: number, to: number, typicalYears: number | null, kind: TransitionKind = 'promotion'): Move => ({from, to, kind, typicalYears})
const slugsOf = (graph: RouteGraph, edges: readonly number[], source: number) => [
  graph.roles[source]!.ref.slug,
  ...edges.map((id) => `${graph.edges[id]!.kind}:${graph.roles[graph.edges[id]!.to]!.ref.slug}`),
]
const routes = (graph: RouteGraph, source: number, target: number, limit: number, maxSteps = 8) =>
  findRoutes(graph, {source, target, maxSteps, kinds: every, limit}).map((route) => slugsOf(graph, route.edges, source))

describe('route order', () => {
  // Role 1 ("zeta") comes before role 2 ("alpha") by index, after it by slug.
  const twoWays = routeGraph(['start', 'zeta', 'alpha', 'goal'], [move(0, 1, 1), move(1, 3, 1), move(0, 2, 1), move(2, 3, 1)])

  it('picks the same best route whatever the limit, so plan and gap follow paths()[0]', () => {
    const all = routes(twoWays, 0, 3, 10)
    expect(all).toEqual([
      ['start', 'promotion:alpha', 'promotion:goal'],
      ['start', 'promotion:zeta', 'promotion:goal'],
    ])
    expect(routes(twoWays, 0, 3, 1)).toEqual(all.slice(0, 1))
  })

  it('lists every equal-cost route at exactly one index, the same for every limit', () => {
    // Four routes of two moves and two years each, through roles named in reverse index order.
    const slugs = ['s', 'd', 'c', 'b', 'a', 't']
    const fan = routeGraph(slugs, [1, 2, 3, 4].flatMap((via) => [move(0, via, 1), move(via, 5, 1)]))
    const all = routes(fan, 0, 5, Number.POSITIVE_INFINITY)
    expect(all.map((route) => route[1])).toEqual(['promotion:a', 'promotion:b', 'promotion:c', 'promotion:d'])
    for (let k = 1; k <= all.length; k++) expect(routes(fan, 0, 5, k)).toEqual(all.slice(0, k))
  })

  it('ties 0.1 + 0.2 years with 0.3 years and then goes by slug', () => {
    const graph = routeGraph(['s', 'b', 'a', 't'], [move(0, 1, 0.1), move(1, 3, 0.2), move(0, 2, 0.3), move(2, 3, 0)])
    expect(routes(graph, 0, 3, 1)).toEqual([['s', 'promotion:a', 'promotion:t']])
    expect(routes(graph, 0, 3, 2)[1]).toEqual(['s', 'promotion:b', 'promotion:t'])
  })

  it('orders parallel moves to the same role by years, then by kind', () => {
    const graph = routeGraph(
      ['s', 't'],
      [move(0, 1, 2, 'promotion'), move(0, 1, 1, 'specialisation'), move(0, 1, 1, 'lateral')],
    )
    expect(routes(graph, 0, 1, 3)).toEqual([
      ['s', 'lateral:t'],
      ['s', 'specialisation:t'],
      ['s', 'promotion:t'],
    ])
    expect(routes(graph, 0, 1, 1)).toEqual([['s', 'lateral:t']])
  })

  it('counts moves before years, with zero-year and unknown-year moves', () => {
    const graph = routeGraph(['s', 'm', 'n', 't'], [move(0, 3, 9), move(0, 1, 0), move(1, 2, null), move(2, 3, 0), move(1, 3, 0)])
    expect(routes(graph, 0, 3, 10)).toEqual([
      ['s', 'promotion:t'],
      ['s', 'promotion:m', 'promotion:t'],
      ['s', 'promotion:m', 'promotion:n', 'promotion:t'],
    ])
  })

  it('decides at the first move that differs, not by the slugs further on', () => {
    // s → a → z → t and s → b → c → t cost the same; "a" wins although "z" > "c".
    const graph = routeGraph(['s', 'b', 'a', 'c', 'z', 't'], [move(0, 1, 1), move(1, 3, 1), move(3, 5, 1), move(0, 2, 1), move(2, 4, 1), move(4, 5, 1)])
    expect(routes(graph, 0, 5, 1)).toEqual([['s', 'promotion:a', 'promotion:z', 'promotion:t']])
  })
})
