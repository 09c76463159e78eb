import {describe, expect, it} from 'vitest'
import {createCareerGraph, isGraphOptionError} from './index'

/** Two routes of equal cost (two promotions, three years each) through roles whose slugs sort against their document order. */
const role = (id: string, seniority: number, moves: [string, number][] = []) => ({
  _id: id,
  _type: 'role',
  title: [{_key: 'en', _type: 'internationalizedArrayStringValue', language: 'en', value: id}],
  slug: {_type: 'slug', current: id},
  seniority,
  transitions: moves.map(([to, typicalYears], i) => ({_key: `t${i}`, _type: 'transition', to: {_type: 'reference', _ref: to}, kind: 'promotion', typicalYears})),
})
const documents = [role('start', 1, [['zeta', 1], ['alpha', 2]]), role('zeta', 2, [['goal', 2]]), role('alpha', 2, [['goal', 1]]), role('goal', 3)]
const graph = createCareerGraph(documents)

describe('plan and paths share one route order', () => {
  it('plan(a, b, {pathIndex: k}).route is paths(a, b)[k] for every k, with equal-cost routes', () => {
    const all = graph.paths('start', 'goal')
    expect(all.map((r) => [r.steps[0]!.to.slug, r.years])).toEqual([
      ['alpha', 3],
      ['zeta', 3],
    ])
    all.forEach((route, k) => expect(graph.plan('start', 'goal', {pathIndex: k}).route).toEqual(route))
    expect(graph.plan('start', 'goal').route).toEqual(all[0])
  })

  it('a pathIndex past the last route is a GraphOptionError with its own code', () => {
    let error: unknown
    try {
      graph.plan('start', 'goal', {pathIndex: 2})
    } catch (e) {
      error = e
    }
    expect(isGraphOptionError(error)).toBe(true)
    expect(error).toMatchObject({code: 'GRAPH_OPTION', option: 'pathIndex'})
  })
})
