import {describe, expect, it} from 'vitest'
import {isNotFoundError, type NotFoundError} from '../core'
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
    expect(role.certifications[0]!.vendor).toEqual({id: 'org-vendor', slug: 'vendor', title: 'Vendor'})
    expect(role.degrees).toEqual([{id: 'degree-bachelor-it', slug: 'bachelor-it', title: 'Bachelor of IT', level: 'bachelor', awardingBody: null}])
    expect(role.transitions.map((t) => [t.to.slug, t.kind, t.typicalYears, t.typicalYearsBasis?.kind])).toEqual([['cio', 'promotion', 5, 'estimate']])
    expect(role.experience).toEqual({min: 5, max: null, basis: null})
    expect(role).toMatchObject({rung: 1, seniority: 3, responsibilities: ['Lead the support team', 'Answer tickets', 'Own the budget']})
  })

  it('reads localized text in the language asked for, English where it is not translated', () => {
    const french = createCareerGraph(fixtureDocuments(), {language: 'fr'})
    expect(french.role('cio').title).toBe('Directeur des systèmes d’information')
    expect(french.role('it-support-manager').title).toBe('IT support manager')
    expect(graph.role('cio').title).toBe('Chief information officer')
    expect(french.paths('help-desk-technician', 'cio')).toHaveLength(graph.paths('help-desk-technician', 'cio').length)
  })

  it('resolves provenance: an estimate, or the source article it names', () => {
    const docs = fixtureDocuments()
    docs.push({_id: 'source-a', _type: 'sourceArticle', title: 'Careers in IT support', language: 'en'})
    const hdt = docs.find((d) => d._id === 'role-help-desk-technician')!
    hdt.experience = {_type: 'experienceRange', min: 0, max: 2, basis: {_type: 'basis', kind: 'source', source: {_type: 'reference', _ref: 'source-a'}, note: 'Table 1'}}
    expect(createCareerGraph(docs).role('help-desk-technician').experience).toEqual({
      min: 0,
      max: 2,
      basis: {kind: 'source', source: {id: 'source-a', title: 'Careers in IT support'}, note: 'Table 1'},
    })
    expect(graph.role('it-support-manager').resources.find((r) => r.id === 'resource-managers-community')?.costBasis).toEqual({kind: 'added', source: null, note: null})
  })

  it('ignores drafts and other document types', () => {
    expect(graph.role('help-desk-technician').title).toBe('Help desk technician')
    expect(graph.roles()).toHaveLength(7)
    expect(graph.warnings).toEqual([])
  })

  it('accepts documents grouped by type', () => {
    const docs = fixtureDocuments()
    const group = (type: string) => docs.filter((d) => d._type === type).map(({_type, ...rest}) => rest)
    const grouped = createCareerGraph({
      roles: group('role'),
      tracks: group('track'),
      skills: group('skill'),
      certifications: group('certification'),
      degrees: group('degree'),
      organisations: group('organisation'),
      resources: group('resource'),
    })
    expect(grouped.plan('help-desk-technician', 'cio')).toEqual(graph.plan('help-desk-technician', 'cio'))
  })

  it('skips dangling references and bad values, reports each with document and path, and keeps the rest', () => {
    const docs = fixtureDocuments()
    const hdt = docs.find((d) => d._id === 'role-help-desk-technician')!
    hdt.transitions = [...(hdt.transitions as object[]), {_key: 'x', to: {_ref: 'role-missing'}, kind: 'promotion', typicalYears: 1}, {_key: 'y', to: {_ref: 'role-cio'}, kind: 'jump', typicalYears: 1}]
    hdt.skills = [...(hdt.skills as object[]), {_key: 'z', skill: {_ref: 'skill-missing'}, proficiency: 3}]
    docs.push({_id: 'role-broken', _type: 'role', title: 'Broken', track: {_ref: 'track-missing'}, rung: 'high', seniority: 2, credentials: [{_ref: 'cert-missing'}], transitions: [{to: {_ref: 'role-broken'}, kind: 'lateral'}]})
    const seen: GraphWarning[] = []
    const broken = createCareerGraph(docs, {onWarning: (w) => seen.push(w)})

    expect(broken.warnings).toEqual(seen)
    const summary = broken.warnings.map((w) => [w.code, w.documentId, w.path])
    expect(summary).toEqual(
      expect.arrayContaining([
        ['DANGLING_REFERENCE', 'role-help-desk-technician', 'transitions[2].to'],
        ['INVALID_VALUE', 'role-help-desk-technician', 'transitions[3].kind'],
        ['DANGLING_REFERENCE', 'role-help-desk-technician', 'skills[2].skill'],
        ['MISSING_SLUG', 'role-broken', 'slug.current'],
        ['DANGLING_REFERENCE', 'role-broken', 'track'],
        ['INVALID_VALUE', 'role-broken', 'rung'],
        ['DANGLING_REFERENCE', 'role-broken', 'credentials[0]'],
        ['SELF_TRANSITION', 'role-broken', 'transitions[0].to'],
      ]),
    )
    expect(broken.warnings.find((w) => w.path === 'transitions[2].to')?.ref).toBe('role-missing')
    expect(broken.paths('help-desk-technician', 'cio')).toEqual(graph.paths('help-desk-technician', 'cio'))
    expect(broken.role('role-broken')).toMatchObject({slug: 'role-broken', track: null, rung: null, seniority: 2, transitions: [], certifications: []})
  })

  it('reports a duplicate slug and keeps the first role under it', () => {
    const docs = fixtureDocuments()
    docs.push({_id: 'role-copy', _type: 'role', title: 'Copy', slug: {current: 'cio'}})
    const dup = createCareerGraph(docs)
    expect(dup.role('cio').id).toBe('role-cio')
    expect(dup.role('role-copy').title).toBe('Copy')
    expect(dup.warnings.map((w) => [w.code, w.documentId])).toEqual([['DUPLICATE_SLUG', 'role-copy']])
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
  it('lists ladders with their roles by rung, longest first, and families after every ladder', () => {
    const ladders = graph.tracks()
    expect(ladders.map((t) => [t.slug, t.kind, t.roles.length])).toEqual([
      ['support', 'technician', 4],
      ['management', 'management', 2],
      ['other-paths', 'family', 1],
    ])
    expect(graph.ladder('support').roles.map((r) => [r.slug, r.rung, r.seniority])).toEqual([
      ['help-desk-technician', 1, 1],
      ['desktop-support-technician', 2, 2],
      ['support-specialist', 3, 2],
      ['systems-administrator', 4, 3],
    ])
  })

  it('takes a track\'s roles from the roles that name it: ladders by rung, families by seniority then title', () => {
    const docs = fixtureDocuments()
    const role = (id: string, title: string, extra: Record<string, unknown>) => ({_id: id, _type: 'role', title, slug: {current: id}, ...extra})
    docs.unshift(role('team-lead', 'Team lead', {track: {_ref: 'track-management'}, rung: 1.5, seniority: 4}))
    docs.unshift(role('sales-engineer', 'Sales engineer', {track: {_ref: 'track-alternative'}, seniority: 3}))
    docs.unshift(role('account-manager', 'Account manager', {track: {_ref: 'track-alternative'}, seniority: 2}))
    const mixed = createCareerGraph(docs)
    expect(mixed.ladder('management').roles.map((r) => r.slug)).toEqual(['it-support-manager', 'team-lead', 'cio'])
    expect(mixed.ladder('other-paths').roles.map((r) => [r.slug, r.rung, r.seniority])).toEqual([
      ['account-manager', null, 2],
      ['customer-success-manager', null, 2],
      ['sales-engineer', null, 3],
    ])
    // A family with more roles than a ladder still comes after it.
    expect(mixed.tracks().map((t) => t.slug)).toEqual(['support', 'management', 'other-paths'])
  })

  it('lists transitions as edges and marks those between tracks', () => {
    const edges = graph.transitions()
    expect(edges).toHaveLength(11)
    const estimate = {kind: 'estimate', source: null, note: null}
    expect(edges).toContainEqual({from: 'desktop-support-technician', to: 'it-support-manager', kind: 'promotion', typicalYears: 2, typicalYearsBasis: estimate, crossTrack: true})
    expect(edges).toContainEqual({from: 'it-support-manager', to: 'cio', kind: 'promotion', typicalYears: 5, typicalYearsBasis: estimate, crossTrack: false})
  })
})
