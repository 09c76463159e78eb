import {describe, expect, it} from 'vitest'
import {findPromotionCycle, findRoute, loadCommitted, type RoleLike} from './testing/dataset.ts'

const docs = loadCommitted()
const roles = docs.filter((d) => d._type === 'role') as unknown as (RoleLike & {skills?: {skill: {_ref: string}; proficiency: number}[]})[]
const tracks = docs.filter((d) => d._type === 'track') as unknown as {_id: string; kind: string; roles: {_ref: string}[]}[]
const roleById = new Map(roles.map((r) => [r._id, r]))

describe('ladders', () => {
  it.each(tracks.map((t) => [t._id, t] as const))('%s lists its roles from level 1 upwards, each pointing back', (_id, track) => {
    expect(track.roles.length).toBeGreaterThan(0)
    track.roles.forEach((r, i) => {
      const role = roleById.get(r._ref)
      expect(role, r._ref).toBeDefined()
      expect(role!.track._ref).toBe(track._id)
      expect(role!.level).toBe(i + 1)
    })
  })

  it('puts every role on exactly one track list', () => {
    const listed = tracks.flatMap((t) => t.roles.map((r) => r._ref))
    expect(new Set(listed).size).toBe(listed.length)
    expect([...listed].sort()).toEqual(roles.map((r) => r._id).sort())
  })

  it('has the ladders the seeds describe, in order', () => {
    const order = (trackId: string) => tracks.find((t) => t._id === trackId)?.roles.map((r) => r._ref)
    expect(order('track-support-engineering-ic')).toEqual([
      'role-junior-support-engineer',
      'role-senior-support-engineer',
      'role-staff-support-engineer',
      'role-principal-support-engineer',
    ])
    expect(order('track-support-management')).toEqual(['role-support-team-lead', 'role-support-manager', 'role-director-of-support', 'role-vp-of-support'])
    const itLadder = order('track-it-support') ?? []
    const position = (id: string) => itLadder.indexOf(id)
    for (const [lower, higher] of [
      ['role-help-desk-technician', 'role-senior-technician'],
      ['role-senior-technician', 'role-it-support-supervisor'],
      ['role-it-support-supervisor', 'role-it-support-manager'],
      ['role-it-support-manager', 'role-director-of-it-support'],
      ['role-director-of-it-support', 'role-chief-information-officer'],
    ] as const) {
      expect(position(lower), lower).toBeGreaterThanOrEqual(0)
      expect(position(lower), `${lower} below ${higher}`).toBeLessThan(position(higher))
    }
    for (const alternative of ['customer-success', 'product-management', 'sales-engineering', 'developer-relations']) {
      expect(tracks.find((t) => t._id === `track-${alternative}`)?.kind).toBe('alternative')
    }
  })

  it('never lets a skill\'s expected proficiency drop further up a ladder', () => {
    const drops: string[] = []
    for (const track of tracks) {
      const best = new Map<string, {level: number; proficiency: number; role: string}>()
      for (const r of track.roles) {
        const role = roleById.get(r._ref)!
        for (const s of role.skills ?? []) {
          const before = best.get(s.skill._ref)
          if (before && s.proficiency < before.proficiency) {
            drops.push(`${s.skill._ref}: ${before.role} ${before.proficiency} → ${role._id} ${s.proficiency}`)
          }
          best.set(s.skill._ref, {level: role.level, proficiency: s.proficiency, role: role._id})
        }
      }
    }
    expect(drops).toEqual([])
  })
})

describe('transitions', () => {
  it('has no promotion loops', () => {
    expect(findPromotionCycle(roles)).toBeNull()
  })

  it('promotes only upwards within a track', () => {
    for (const role of roles) {
      for (const t of role.transitions ?? []) {
        const target = roleById.get(t.to._ref)!
        expect(t.to._ref, `${role._id} leads to itself`).not.toBe(role._id)
        if (t.kind === 'promotion' && target.track._ref === role.track._ref) {
          expect(target.level, `${role._id} → ${target._id}`).toBeGreaterThan(role.level)
        }
      }
    }
  })

  it('finds a promotion path from help desk technician to IT support manager and on to CIO', () => {
    const toManager = findRoute(roles, 'role-help-desk-technician', 'role-it-support-manager', ['promotion'])
    expect(toManager).not.toBeNull()
    expect(toManager![0]).toBe('role-help-desk-technician')
    const toCio = findRoute(roles, 'role-it-support-manager', 'role-chief-information-officer', ['promotion'])
    expect(toCio).toEqual(['role-it-support-manager', 'role-director-of-it-support', 'role-chief-information-officer'])
  })

  it('reaches every alternative path from the support engineering ladder', () => {
    for (const target of ['role-customer-success-manager', 'role-product-manager', 'role-sales-engineer', 'role-developer-advocate']) {
      expect(findRoute(roles, 'role-junior-support-engineer', target, ['promotion', 'lateral', 'specialisation']), target).not.toBeNull()
    }
  })

  it('offers both specialising and broadening moves from the mid-level technical roles', () => {
    for (const id of ['role-systems-administrator', 'role-network-engineer', 'role-senior-technician']) {
      const kinds = new Set(roleById.get(id)!.transitions?.map((t) => t.kind))
      expect(kinds.has('specialisation'), id).toBe(true)
      expect(kinds.has('promotion'), id).toBe(true)
    }
  })

  it('records the move-on rule of thumb (five months) on entry-level promotions', () => {
    const entry = roles.filter((r) => r.level === 1 && ['track-it-support', 'track-support-specialist', 'track-support-analyst', 'track-it-analyst'].includes(r.track._ref))
    expect(entry.length).toBeGreaterThanOrEqual(4)
    for (const role of entry) {
      const conditions = (role.transitions ?? []).flatMap((t) => (t as {conditions?: string[]}).conditions ?? [])
      expect(conditions.some((c) => /five months/.test(c)), role._id).toBe(true)
    }
  })
})
