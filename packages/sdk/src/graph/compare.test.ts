import {describe, expect, it} from 'vitest'
import {fixtureDocuments} from './fixture'
import {createCareerGraph, type RoleComparison} from './index'

const graph = createCareerGraph(fixtureDocuments())
const pairs: [string, string][] = [
  ['help-desk-technician', 'it-support-manager'],
  ['it-support-manager', 'cio'],
  ['desktop-support-technician', 'support-specialist'],
  ['systems-administrator', 'customer-success-manager'],
]

/** `compare(b, a)` as it must look when derived from `compare(a, b)`. */
const reversed = (c: RoleComparison) => ({
  from: c.to,
  to: c.from,
  skills: {
    added: c.skills.removed,
    removed: c.skills.added,
    raised: c.skills.lowered.map((x) => ({skill: x.skill, from: x.to, to: x.from})),
    lowered: c.skills.raised.map((x) => ({skill: x.skill, from: x.to, to: x.from})),
    unchanged: c.skills.unchanged,
  },
  certifications: {added: c.certifications.removed, removed: c.certifications.added},
  experience: {from: c.experience.to, to: c.experience.from},
  degrees: {added: c.degrees.removed, removed: c.degrees.added},
  seniority: {from: c.seniority.to, to: c.seniority.from, difference: c.seniority.difference === null ? null : 0 - c.seniority.difference},
  rung: {from: c.rung.to, to: c.rung.from, difference: c.rung.difference === null ? null : 0 - c.rung.difference},
  sameTrack: c.sameTrack,
})

describe('compare', () => {
  it('lists skills added, removed, raised and lowered with proficiencies', () => {
    const c = graph.compare('it-support-manager', 'cio')
    expect(c.skills.raised.map((x) => [x.skill.slug, x.from, x.to])).toEqual([
      ['budgeting', 2, 4],
      ['leadership', 3, 5],
    ])
    expect(c.skills.lowered.map((x) => [x.skill.slug, x.from, x.to])).toEqual([['troubleshooting', 3, 2]])
    expect(c.skills.removed.map((x) => [x.skill.slug, x.proficiency])).toEqual([['customer-service', 3]])
    expect(c.skills.added).toEqual([])
    expect(c.seniority).toEqual({from: 3, to: 7, difference: 4})
    expect(c.rung).toEqual({from: 1, to: 2, difference: 1})
    expect(c.degrees).toEqual({added: [], removed: [expect.objectContaining({slug: 'bachelor-it'})], shared: []})
    expect(c.sameTrack).toBe(true)
    expect(c.transitions.map((t) => [t.kind, t.typicalYears])).toEqual([['promotion', 5]])
  })

  it('compares credentials, responsibilities (ignoring case and spacing) and experience', () => {
    const c = graph.compare('help-desk-technician', 'desktop-support-technician')
    expect(c.certifications.added.map((x) => x.slug)).toEqual(['comptia-network-plus'])
    expect(c.certifications.removed.map((x) => x.slug)).toEqual(['comptia-a-plus'])
    expect(c.responsibilities).toEqual({added: ['Image laptops'], removed: ['Reset passwords'], shared: ['Answer tickets']})
    expect(c.experience).toEqual({from: {min: 0, max: 2, basis: null}, to: {min: 1, max: 4, basis: null}})
    const across = graph.compare('help-desk-technician', 'it-support-manager')
    expect(across.sameTrack).toBe(false)
    // Rungs of different ladders do not compare; seniority does.
    expect(across.rung).toEqual({from: 1, to: 1, difference: null})
    expect(across.seniority).toEqual({from: 1, to: 3, difference: 2})
  })

  it.each(pairs)('is symmetric: compare(%s, %s) mirrors the reverse comparison', (a, b) => {
    const forward = graph.compare(a, b)
    const backward = graph.compare(b, a)
    expect(backward).toMatchObject(reversed(forward))
    expect(backward.responsibilities.added).toEqual(forward.responsibilities.removed)
    expect(backward.responsibilities.removed).toEqual(forward.responsibilities.added)
    expect(backward.responsibilities.shared.length).toBe(forward.responsibilities.shared.length)
    expect(backward.certifications.shared).toEqual(forward.certifications.shared)
  })

  it('finds nothing to change between a role and itself', () => {
    const c = graph.compare('cio', 'cio')
    expect([c.skills.added, c.skills.removed, c.skills.raised, c.skills.lowered, c.responsibilities.added]).toEqual([[], [], [], [], []])
    expect(c.skills.unchanged).toHaveLength(3)
    expect(c.seniority.difference).toBe(0)
    expect(c.rung.difference).toBe(0)
  })
})
