import {describe, expect, it} from 'vitest'
import {fixtureDocuments} from './fixture'
import {createCareerGraph, isGraphOptionError, isNoRouteError} from './index'

const graph = createCareerGraph(fixtureDocuments())

describe('plan', () => {
  const plan = graph.plan('help-desk-technician', 'cio')

  it('follows the best route, one milestone per move', () => {
    expect(plan.milestones.map((m) => [m.order, m.from.slug, m.to.slug, m.kind])).toEqual([
      [1, 'help-desk-technician', 'desktop-support-technician', 'promotion'],
      [2, 'desktop-support-technician', 'it-support-manager', 'promotion'],
      [3, 'it-support-manager', 'cio', 'promotion'],
    ])
    expect(plan.route).toEqual(graph.paths('help-desk-technician', 'cio', {limit: 1})[0])
    expect(plan.note).toBeNull()
  })

  it('has a timeline whose durations add up to the totals', () => {
    let end = 0
    for (const {timeline} of plan.milestones) {
      expect(timeline.startYear).toBe(end)
      expect(timeline.endYear).toBeCloseTo(timeline.startYear + timeline.durationYears)
      end = timeline.endYear
    }
    expect(plan.milestones.map((m) => m.timeline.durationYears)).toEqual([2, 2, 5])
    expect(plan.totals.years).toBe(end)
    expect(plan.totals.years).toBe(plan.route.years)
    expect(plan.totals.steps).toBe(3)
  })

  it('asks at each milestone only for skills above what was reached before', () => {
    const [first, second, third] = plan.milestones
    expect(first!.skills.map((g) => [g.skill.slug, g.current, g.target])).toEqual([
      ['networking', 0, 2],
      ['troubleshooting', 2, 3],
    ])
    // Troubleshooting reached 3 at milestone 1, which the manager role also expects.
    expect(second!.skills.map((g) => g.skill.slug)).toEqual(['leadership', 'budgeting', 'customer-service'])
    expect(third!.skills.map((g) => [g.skill.slug, g.current, g.target])).toEqual([
      ['leadership', 3, 5],
      ['budgeting', 2, 4],
    ])
    expect(plan.totals.skills).toBe(5)
  })

  it('places each credential and resource at the first milestone that needs it', () => {
    expect(plan.milestones.map((m) => m.certifications.map((c) => c.certification.slug))).toEqual([
      ['comptia-network-plus'],
      ['itil-4-foundation', 'pmp'],
      [],
    ])
    const shown = plan.milestones.flatMap((m) => m.resources.map((r) => r.resource.id))
    expect(new Set(shown).size).toBe(shown.length)
    expect(plan.milestones[2]!.resources.map((r) => r.resource.title)).not.toContain('The Phoenix Project')
    expect(plan.totals.resources).toBe(shown.length)
    expect(plan.totals.certifications).toBe(3)
  })

  it('plans another route by index and notes moves off the ladder', () => {
    const sideways = graph.plan('help-desk-technician', 'it-support-manager', {pathIndex: 2})
    expect(sideways.milestones.map((m) => m.kind)).toEqual(['promotion', 'lateral', 'promotion'])
    expect(sideways.note).toContain('1 lateral move')
    expect(sideways.note).toContain('Support specialist → Desktop support technician')
  })

  it('is deterministic', () => {
    expect(graph.plan('help-desk-technician', 'cio')).toEqual(createCareerGraph(fixtureDocuments().reverse()).plan('help-desk-technician', 'cio'))
  })

  it('throws a typed error when no route exists or the index is past the routes', () => {
    expect(() => graph.plan('cio', 'help-desk-technician')).toThrow(expect.objectContaining({code: 'NO_ROUTE', name: 'NoRouteError'}))
    try {
      graph.plan('cio', 'help-desk-technician')
    } catch (error) {
      expect(isNoRouteError(error)).toBe(true)
    }
    let caught: unknown
    try {
      graph.plan('help-desk-technician', 'it-support-manager', {pathIndex: 99})
    } catch (error) {
      caught = error
    }
    expect(isGraphOptionError(caught)).toBe(true)
    expect((caught as Error).message).toContain('only 6 found')
  })
})
