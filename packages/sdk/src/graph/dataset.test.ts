import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {describe, expect, it} from 'vitest'
import {parseNdjson} from '../local/ndjson'
import {createCareerGraph, type CareerRoute} from './index'

/** The seed curriculum, read straight from its NDJSON (the graph needs no client). */
function seedPath(): string | null {
  try {
    const path = createRequire(import.meta.url).resolve('@careerpath/curriculum/dataset/careerpath.ndjson')
    return existsSync(path) ? path : null
  } catch {
    return null
  }
}
const path = seedPath()

describe.skipIf(!path)('the seed curriculum', () => {
  const {documents} = parseNdjson(readFileSync(path!, 'utf8'))
  const graph = createCareerGraph(documents)
  const start = 'help-desk-technician'
  const targets = ['it-support-manager', 'chief-information-officer']

  const isWellFormed = (route: CareerRoute) =>
    route.steps.every((step, i) => step.from.slug === (i === 0 ? route.from.slug : route.steps[i - 1]!.to.slug)) &&
    route.steps.at(-1)?.to.slug === route.to.slug &&
    new Set(route.steps.map((s) => s.to.slug)).size === route.steps.length

  it('indexes without dangling references', () => {
    expect(graph.roles().length).toBeGreaterThan(10)
    expect(graph.warnings.filter((w) => w.code === 'DANGLING_REFERENCE')).toEqual([])
  })

  it.each(targets)(`has ranked routes from ${start} to %s`, (target) => {
    const routes = graph.paths(start, target)
    expect(routes.length).toBeGreaterThan(0)
    for (const route of routes) expect(isWellFormed(route), JSON.stringify(route.steps.map((s) => s.to.slug))).toBe(true)
    for (let i = 1; i < routes.length; i++) {
      const [a, b] = [routes[i - 1]!, routes[i]!]
      expect(a.steps.length < b.steps.length || (a.steps.length === b.steps.length && a.years <= b.years)).toBe(true)
    }
  })

  it.each(targets)(`plans ${start} to %s with a timeline that adds up`, (target) => {
    const plan = graph.plan(start, target)
    expect(plan.milestones.length).toBe(plan.route.steps.length)
    expect(plan.milestones.at(-1)!.timeline.endYear).toBe(plan.totals.years)
    expect(plan.totals.years).toBe(plan.route.years)
    expect(plan.totals.skills).toBeGreaterThan(0)
    expect(graph.gap(start, target).skills.length).toBeGreaterThan(0)
  })

  it('leads with the technician-to-CIO ladder, longest ladders first, families after every ladder', () => {
    const tracks = graph.tracks()
    expect(tracks[0]!.slug).toBe('it-support')
    expect(tracks[0]!.roles.at(-1)!.slug).toBe('chief-information-officer')
    const ladders = tracks.filter((t) => t.kind !== 'family')
    const families = tracks.filter((t) => t.kind === 'family')
    expect(tracks).toEqual([...ladders, ...families])
    expect(families.length).toBeGreaterThan(0)
    const sizes = ladders.map((t) => t.roles.length)
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a))
    for (const ladder of ladders) {
      expect(ladder.roles.length, ladder.slug).toBeGreaterThanOrEqual(2)
      const rungs = ladder.roles.map((r) => r.rung)
      expect(rungs, ladder.slug).toEqual([...rungs].sort((a, b) => a! - b!))
      const seniority = ladder.roles.map((r) => r.seniority!)
      expect(seniority, ladder.slug).toEqual([...seniority].sort((a, b) => a - b))
    }
    for (const family of families) expect(family.roles.every((r) => r.rung === null)).toBe(true)
  })

  it('suggests the real slug for a near miss', () => {
    expect(() => graph.role('helpdesk-tech')).toThrow(/help-desk-technician/)
  })
})
