import {describe, expect, it} from 'vitest'
import {fixtureDocuments} from './fixture'
import {createCareerGraph, isGraphOptionError, type CareerRoute} from './index'

const graph = createCareerGraph(fixtureDocuments())
const slugs = (route: CareerRoute) => [route.from.slug, ...route.steps.map((step) => step.to.slug)]
const hdt = 'help-desk-technician'
const manager = 'it-support-manager'

describe('paths', () => {
  it('returns every simple route, fewest moves first, then fewest years', () => {
    const routes = graph.paths(hdt, manager, {limit: Number.POSITIVE_INFINITY})
    expect(routes.map(slugs)).toEqual([
      [hdt, 'desktop-support-technician', manager],
      [hdt, 'support-specialist', manager],
      [hdt, 'support-specialist', 'desktop-support-technician', manager],
      [hdt, 'desktop-support-technician', 'systems-administrator', manager],
      [hdt, 'desktop-support-technician', 'support-specialist', manager],
      [hdt, 'support-specialist', 'desktop-support-technician', 'systems-administrator', manager],
    ])
    expect(routes.map((r) => r.years)).toEqual([4, 5.5, 4.5, 6, 7, 6.5])
  })

  it('breaks a tie in moves by typical years', () => {
    const [first, second] = graph.paths(hdt, manager, {maxSteps: 2})
    expect(first!.steps).toHaveLength(2)
    expect(second!.steps).toHaveLength(2)
    expect(first!.years).toBeLessThan(second!.years)
    expect(slugs(first!)[1]).toBe('desktop-support-technician')
  })

  it('accumulates years along the steps and counts move kinds', () => {
    const route = graph.paths(hdt, manager, {limit: 3})[2]!
    expect(route.steps.map((s) => [s.kind, s.typicalYears, s.cumulativeYears])).toEqual([
      ['promotion', 1.5, 1.5],
      ['lateral', 1, 2.5],
      ['promotion', 2, 4.5],
    ])
    expect(route.steps[0]!.conditions).toEqual(['Owns a queue'])
    expect(route.moves).toEqual({promotion: 2, lateral: 1, specialisation: 0})
  })

  it('does not loop on lateral cycles and never visits a role twice', () => {
    const routes = graph.paths(hdt, 'cio', {limit: Number.POSITIVE_INFINITY, maxSteps: 20})
    expect(routes).toHaveLength(6)
    for (const route of routes) {
      const visited = slugs(route)
      expect(new Set(visited).size).toBe(visited.length)
    }
    // From inside the cycle, the target behind it is still found.
    expect(graph.paths('customer-success-manager', manager).map(slugs)[0]).toEqual(['customer-success-manager', 'support-specialist', manager])
  })

  it('follows only the requested kinds of move', () => {
    const routes = graph.paths(hdt, manager, {kinds: ['promotion'], limit: Number.POSITIVE_INFINITY})
    expect(routes.map(slugs)).toEqual([
      [hdt, 'desktop-support-technician', manager],
      [hdt, 'support-specialist', manager],
    ])
    expect(graph.paths('systems-administrator', manager, {kinds: ['promotion']})).toEqual([])
  })

  it('respects maxSteps and limit', () => {
    expect(graph.paths(hdt, manager, {maxSteps: 3, limit: Number.POSITIVE_INFINITY})).toHaveLength(5)
    expect(graph.paths(hdt, manager, {limit: 2})).toHaveLength(2)
    expect(graph.paths(hdt, 'cio', {maxSteps: 2})).toEqual([])
  })

  it('returns no route against the direction of the moves, and an empty route to itself', () => {
    expect(graph.paths('cio', hdt)).toEqual([])
    const [self] = graph.paths(hdt, hdt)
    expect(self!.steps).toEqual([])
    expect(self!.from.slug).toBe(hdt)
  })

  it('gives the same routes whatever the document order', () => {
    const reversed = createCareerGraph(fixtureDocuments().reverse())
    expect(reversed.paths(hdt, 'cio', {limit: Number.POSITIVE_INFINITY})).toEqual(graph.paths(hdt, 'cio', {limit: Number.POSITIVE_INFINITY}))
  })

  it('rejects bounds it cannot use with a configuration error', () => {
    for (const options of [{maxSteps: 0}, {limit: 0}, {limit: 1.5}, {kinds: []}, {kinds: ['sideways' as 'lateral']}]) {
      let caught: unknown
      try {
        graph.paths(hdt, manager, options)
      } catch (error) {
        caught = error
      }
      expect(isGraphOptionError(caught), JSON.stringify(options)).toBe(true)
    }
  })
})
