import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findRoutes} from './routes'
import {allRoutesInOrder, routeGraph, type Move} from './testing/bruteForce'
import {TRANSITION_KINDS} from './types'

/**
 * Random small graphs where ties are the rule: few distinct year values
 * (zero and unknown included, and 0.1 + 0.2 against 0.3), parallel moves of
 * different kinds between the same roles, cycles, slugs in an order unrelated
 * to the role index and sometimes shared.
 */
const SLUGS = ['a', 'b', 'c', 'd', 'e', 'aa', 'b-c', 'B']
const YEARS = [null, 0, 0, 1, 1, 1, 2, 0.1, 0.2, 0.3]

/** Any role of n, uniformly: fast-check's bias to small numbers would mostly pick role 0. */
const role = (n: number) => fc.noBias(fc.nat(n - 1))

const scenario = fc.noBias(fc.integer({min: 2, max: 8})).chain((n) =>
  fc.record({
    slugs: fc.oneof(fc.shuffledSubarray(SLUGS, {minLength: n, maxLength: n}), fc.array(fc.constantFrom(...SLUGS), {minLength: n, maxLength: n})),
    moves: fc.array(
      fc.record({
        from: role(n),
        to: role(n),
        kind: fc.constantFrom(...TRANSITION_KINDS),
        typicalYears: fc.constantFrom(...YEARS),
      }),
      {minLength: 2 * n, maxLength: 5 * n, size: 'max'},
    ),
    source: role(n),
    // The target, counted on from the source: another role, 1 time in 10 the same one.
    offset: fc.oneof({weight: 9, arbitrary: fc.noBias(fc.integer({min: 1, max: n - 1}))}, {weight: 1, arbitrary: fc.constant(0)}),
    maxSteps: fc.noBias(fc.integer({min: 1, max: 8})),
    kinds: fc.oneof(fc.constant([...TRANSITION_KINDS]), fc.subarray([...TRANSITION_KINDS], {minLength: 1})),
  }),
)

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never

const setUp = (s: Scenario) => {
  // The graph builder drops moves from a role to itself; so does this.
  const graph = routeGraph(s.slugs, s.moves.filter((m: Move) => m.from !== m.to))
  const query = {source: s.source, target: (s.source + s.offset) % s.slugs.length, maxSteps: s.maxSteps, kinds: new Set(s.kinds)}
  const search = (limit: number) => findRoutes(graph, {...query, limit}).map((route) => [...route.edges])
  return {oracle: allRoutesInOrder(graph, query), search}
}

describe('findRoutes against brute force', () => {
  it('returns exactly the first `limit` routes of the documented order, for every limit', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const {oracle, search} = setUp(s)
        // One past the end too: asking for more than exist returns them all.
        for (let k = 1; k <= oracle.length + 1; k++) expect(search(k)).toEqual(oracle.slice(0, k))
        expect(search(Number.POSITIVE_INFINITY)).toEqual(oracle)
      }),
      {numRuns: 3000},
    )
  })

  it('grows by one route per limit: routes(k) is a prefix of routes(k + 1), and every route shows up once', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const {oracle, search} = setUp(s)
        let previous: number[][] = []
        for (let k = 1; k <= oracle.length; k++) {
          const current = search(k)
          expect(current.slice(0, k - 1)).toEqual(previous)
          expect(current).toHaveLength(k)
          previous = current
        }
        const seen = new Set(previous.map((route) => route.join(',')))
        expect(seen.size).toBe(oracle.length)
        for (const route of oracle) expect(seen.has(route.join(','))).toBe(true)
      }),
      {numRuns: 500},
    )
  })
})
