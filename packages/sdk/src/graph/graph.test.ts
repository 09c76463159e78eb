import {describe, expect, it} from 'vitest'
import {isNotFoundError, type NotFoundError} from '../errors'
import {fixtureDocuments} from './fixture'
import {createCareerGraph, type GraphWarning} from './index'

const graph = createCareerGraph(fixtureDocuments())

function notFound(run: () => unknown): NotFoundError {
  try {
    run()
  } catch (error) {
    if (isNotFoundError(error)) return error as NotFoundError
    throw error
  }
  throw new Error('expected a NotFoundError')
}

describe('createCareerGraph', () => {
  it('indexes published roles by slug and by id, with their references resolved', () => {
    const role = graph.role('it-support-manager')
    expect(graph.role('role-it-support-manager')).toEqual(role)
    expect(role.track).toMatchObject({slug: 'management', kind: 'management'})
    expect(role.skills.map((s) => [s.skill.title, s.proficiency])).toContainEqual(['Leadership', 3])
    expect(role.certifications.map((c) => c.slug)).toEqual(['itil-v3-foundation', 'pmp', 'comptia-a-plus'])
    expect(role.certifications[0]!.successor).toEqual({id: 'cert-itil-4-foundation', slug: 'itil-4-foundation', title: 'ITIL 4 Foundation'})
    expect(role.transitions.map((t) => [t.to.slug, t.kind, t.typicalYears])).toEqual([['cio', 'promotion', 5]])
    expect(role.experience).toEqual({min: 5, max: null})
  })

  it('ignores drafts and other document types', () => {
    expect(graph.role('help-desk-technician').title).toBe('Help desk technician')
    expect(graph.roles()).toHaveLength(7)
    expect(graph.warnings).toEqual([])
  })

  it('accepts documents grouped by type', () => {
    const docs = fixtureDocuments()
    const group = (type: string) => docs.filter((d) => d._type === type).map(({_type, ...rest}) => rest)
    const grouped = createCareerGraph({roles: group('role'), tracks: group('track'), skills: group('skill'), certifications: group('certification'), resources: group('resource')})
    expect(grouped.plan('help-desk-technician', 'cio')).toEqual(graph.plan('help-desk-technician', 'cio'))
  })

  it('skips dangling references and bad values, reports each with document and path, and keeps the rest', () => {
    const docs = fixtureDocuments()
    const hdt = docs.find((d) => d._id === 'role-help-desk-technician')!
    hdt.transitions = [...(hdt.transitions as object[]), {_key: 'x', to: {_ref: 'role-missing'}, kind: 'promotion', typicalYears: 1}, {_key: 'y', to: {_ref: 'role-cio'}, kind: 'jump', typicalYears: 1}]
    hdt.skills = [...(hdt.skills as object[]), {_key: 'z', skill: {_ref: 'skill-missing'}, proficiency: 3}]
    docs.push({_id: 'role-broken', _type: 'role', title: 'Broken', track: {_ref: 'track-missing'}, level: 'high', transitions: [{to: {_ref: 'role-broken'}, kind: 'lateral'}]})
    const seen: GraphWarning[] = []
    const broken = createCareerGraph(docs, {onWarning: (w) => seen.push(w)})

    expect(broken.warnings).toEqual(seen)
    const summary = broken.warnings.map((w) => [w.code, w.documentId, w.path])
    expect(summary).toEqual(
      expect.arrayContaining([
        ['dangling-reference', 'role-help-desk-technician', 'transitions[2].to'],
        ['invalid-value', 'role-help-desk-technician', 'transitions[3].kind'],
        ['dangling-reference', 'role-help-desk-technician', 'skills[2].skill'],
        ['missing-slug', 'role-broken', 'slug.current'],
        ['dangling-reference', 'role-broken', 'track'],
        ['invalid-value', 'role-broken', 'level'],
        ['self-transition', 'role-broken', 'transitions[0].to'],
      ]),
    )
    expect(broken.warnings.find((w) => w.path === 'transitions[2].to')?.ref).toBe('role-missing')
    expect(broken.paths('help-desk-technician', 'cio')).toEqual(graph.paths('help-desk-technician', 'cio'))
    expect(broken.role('role-broken')).toMatchObject({slug: 'role-broken', track: null, level: null, transitions: []})
  })

  it('keeps one language when asked, so translations do not clash', () => {
    const docs = fixtureDocuments()
    docs.push({_id: 'role-cio-fr', _type: 'role', language: 'fr', title: 'Directeur des systèmes d’information', slug: {current: 'cio'}})
    expect(createCareerGraph(docs).warnings.map((w) => w.code)).toEqual(['duplicate-slug'])
    const english = createCareerGraph(docs, {language: 'en'})
    expect(english.warnings).toEqual([])
    expect(english.role('cio').title).toBe('Chief information officer')
    expect(english.hasRole('role-cio-fr')).toBe(false)
  })

  it('reports a duplicate slug and keeps the first role under it', () => {
    const docs = fixtureDocuments()
    docs.push({_id: 'role-copy', _type: 'role', title: 'Copy', slug: {current: 'cio'}})
    const dup = createCareerGraph(docs)
    expect(dup.role('cio').id).toBe('role-cio')
    expect(dup.role('role-copy').title).toBe('Copy')
    expect(dup.warnings.map((w) => [w.code, w.documentId])).toEqual([['duplicate-slug', 'role-copy']])
  })
})

describe('unknown slugs', () => {
  it('suggest the nearest roles by slug, title and aliases', () => {
    const error = notFound(() => graph.role('helpdesk-tech'))
    expect(error.kind).toBe('role')
    expect(error.slug).toBe('helpdesk-tech')
    expect(error.suggestions[0]).toBe('help-desk-technician')
    expect(error.message).toContain('"help-desk-technician"')
    expect(notFound(() => graph.paths('help-desk-technician', 'it-suport-manager')).suggestions[0]).toBe('it-support-manager')
    expect(notFound(() => graph.plan('chief-information-officer', 'cio')).suggestions[0]).toBe('cio')
    expect(notFound(() => graph.gap('it-support-specialist', 'cio')).suggestions[0]).toBe('support-specialist')
    expect(notFound(() => graph.compare('cio', 'zzzz-qqqq')).suggestions).toEqual([])
    expect(graph.hasRole('helpdesk-tech')).toBe(false)
    expect(graph.hasRole('cio')).toBe(true)
  })

  it('raise a track not-found error from ladder()', () => {
    const error = notFound(() => graph.ladder('managment'))
    expect(error.kind).toBe('track')
    expect(error.suggestions[0]).toBe('management')
  })
})

describe('ladders', () => {
  it('lists every track with its roles in level order, longest ladders first, then climbing ladders', () => {
    const ladders = graph.tracks()
    expect(ladders.map((t) => [t.slug, t.roles.length])).toEqual([
      ['support', 4],
      ['management', 2],
      ['other-paths', 1],
    ])
    expect(graph.ladder('support').roles.map((r) => [r.slug, r.level])).toEqual([
      ['help-desk-technician', 1],
      ['desktop-support-technician', 2],
      ['support-specialist', 2],
      ['systems-administrator', 3],
    ])
  })

  it('puts roles that name a track without being listed at their level', () => {
    const docs = fixtureDocuments()
    docs.push({_id: 'role-team-lead', _type: 'role', title: 'Team lead', slug: {current: 'team-lead'}, track: {_ref: 'track-management'}, level: 2})
    expect(createCareerGraph(docs).ladder('management').roles.map((r) => r.slug)).toEqual(['team-lead', 'it-support-manager', 'cio'])
  })

  it('lists transitions as edges and marks those between tracks', () => {
    const edges = graph.transitions()
    expect(edges).toHaveLength(11)
    expect(edges).toContainEqual({from: 'desktop-support-technician', to: 'it-support-manager', kind: 'promotion', typicalYears: 2, crossTrack: true})
    expect(edges).toContainEqual({from: 'it-support-manager', to: 'cio', kind: 'promotion', typicalYears: 5, crossTrack: false})
  })
})
