import {describe, expect, it} from 'vitest'
import {fixtureDocuments} from './fixture'
import {createCareerGraph} from './index'

const graph = createCareerGraph(fixtureDocuments())

describe('gap', () => {
  const gap = graph.gap('help-desk-technician', 'it-support-manager')

  it('lists the skills to grow, new ones from 0, largest gap first', () => {
    expect(gap.skills.map((g) => [g.skill.slug, g.current, g.target, g.gap])).toEqual([
      ['leadership', 0, 3, 3],
      ['budgeting', 0, 2, 2],
      ['customer-service', 2, 3, 1],
      ['troubleshooting', 2, 3, 1],
    ])
  })

  it('leaves out skills already at or above the target', () => {
    const down = graph.gap('systems-administrator', 'desktop-support-technician')
    expect(down.skills.map((g) => g.skill.slug)).toEqual(['customer-service'])
  })

  it('adds credentials of roles on the best route, replaces retired ones and skips those held', () => {
    expect(gap.route?.steps.map((s) => s.to.slug)).toEqual(['desktop-support-technician', 'it-support-manager'])
    expect(gap.certifications.map((c) => [c.certification.slug, c.replaces?.slug ?? null, c.recommendedFor.map((r) => r.slug)])).toEqual([
      ['comptia-network-plus', null, ['desktop-support-technician']],
      ['itil-4-foundation', 'itil-v3-foundation', ['it-support-manager']],
      ['pmp', null, ['it-support-manager']],
    ])
    const pmp = gap.certifications.find((c) => c.certification.slug === 'pmp')!
    expect(pmp.covers.map((s) => s.slug).sort()).toEqual(['budgeting', 'leadership'])
    expect(gap.certifications.every((c) => c.certification.status === 'active' && !c.retired)).toBe(true)
  })

  it('marks a retired credential that has no successor', () => {
    const toAdmin = graph.gap('desktop-support-technician', 'systems-administrator')
    expect(toAdmin.certifications).toHaveLength(1)
    expect(toAdmin.certifications[0]).toMatchObject({retired: true, replaces: null, certification: {slug: 'mcsa', status: 'retired', retiredOn: '2021-01-31'}})
  })

  it('does not suggest the successor of a retired credential the starting role already recommends', () => {
    const fromSpecialist = graph.gap('support-specialist', 'it-support-manager')
    expect(fromSpecialist.certifications.map((c) => c.certification.slug)).not.toContain('itil-4-foundation')
  })

  it('suggests each covering resource once, the most useful first', () => {
    expect(gap.resources.map((r) => [r.resource.title, r.covers.map((s) => s.slug), r.recommendedByRole])).toEqual([
      ['Budgeting for IT managers', ['leadership', 'budgeting'], false],
      ['The Phoenix Project', ['leadership'], true],
      ['ITIL 4 course', ['customer-service'], false],
      ['Support managers community', [], true],
    ])
  })

  it('still reports skills and the target credentials when no route exists', () => {
    const back = graph.gap('cio', 'help-desk-technician')
    expect(back.route).toBeNull()
    expect(back.skills.map((g) => g.skill.slug)).toEqual(['customer-service'])
    expect(back.certifications.map((c) => c.certification.slug)).toEqual(['comptia-a-plus'])
  })
})
