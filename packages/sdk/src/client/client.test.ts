import {LANGUAGE_IDS} from '../languages'
import {afterEach, describe, expect, test} from 'vitest'
import {byId, fixtureDocuments, rejection} from '../../test/fixtures'
import {isConfigurationError, isContentValidationError, isNotFoundError} from '../core'
import type {ValidationReport} from '../validation/issues'
import {createCareerPathClient} from './createClient'
import {searchTerms} from './more'

const notFound = (promise: Promise<unknown>) => rejection(promise, isNotFoundError)

describe('embedded curriculum (no options)', () => {
  const client = createCareerPathClient()

  test('lists and gets every kind of content, typed and resolved', async () => {
    const tracks = await client.listTracks()
    expect(tracks.length).toBeGreaterThan(3)
    const track = await client.getTrack('it-support')
    expect(track.roles.map((r) => r.rung)).toEqual([...track.roles.map((r) => r.rung)].sort((a, b) => a! - b!))
    expect(track.roles.every((r) => r.rung !== null)).toBe(true)
    const family = tracks.find((t) => t.kind === 'family')!
    expect(family.roles.length).toBeGreaterThan(0)
    expect(family.roles.every((r) => r.rung === null)).toBe(true)
    const role = await client.getRole('help-desk-technician')
    expect(role.track.slug).toBe('it-support')
    expect(role.skills.length).toBeGreaterThan(0)
    expect(role.transitions.some((t) => t.kind === 'promotion' && t.to.slug === 'senior-technician')).toBe(true)
    expect(role).toMatchObject({rung: 1, seniority: 1})
    expect(role.responsibilities.every((line) => typeof line === 'string' && line.length > 0)).toBe(true)
    for (const list of [
      client.listSkills(),
      client.listCertifications(),
      client.listDegrees(),
      client.listOrganisations(),
      client.listResources(),
      client.listLearningPaths(),
      client.listFaqs(),
      client.listGuides(),
    ]) {
      expect((await list).length).toBeGreaterThan(0)
    }
    const path = (await client.listLearningPaths())[0]!
    expect((await client.getLearningPath(path.slug)).modules.length).toBe(path.moduleCount)
  })

  test('filters narrow the lists', async () => {
    const comptia = await client.listCertifications({vendor: 'comptia'})
    expect(comptia.length).toBeGreaterThan(0)
    expect(comptia.every((c) => c.vendor.slug === 'comptia' && c.vendor.title === 'CompTIA')).toBe(true)
    const organisation = await client.getOrganisation('comptia')
    expect(organisation.certifications.map((c) => c.slug).sort()).toEqual(comptia.map((c) => c.slug).sort())
    const degrees = await client.listDegrees({level: 'bachelor'})
    expect(degrees.length).toBeGreaterThan(0)
    expect(degrees.every((d) => d.level === 'bachelor')).toBe(true)
    expect((await client.getDegree(degrees[0]!.slug)).slug).toBe(degrees[0]!.slug)
    const free = await client.listResources({cost: 'free'})
    expect(free.every((r) => r.cost === 'free')).toBe(true)
    expect(free.length).toBeLessThan((await client.listResources()).length)
    const books = await client.listResources({kind: 'book'})
    expect(books.every((r) => r.kind === 'book' && r.authors.length > 0)).toBe(true)
    const ladder = await client.listRoles({track: 'it-support'})
    expect(ladder.every((r) => r.track.slug === 'it-support')).toBe(true)
    expect((await client.listRoles({track: 'it-support', rung: 1})).map((r) => r.slug)).toEqual(['help-desk-technician'])
    const entry = await client.listRoles({seniority: 1})
    expect(entry.length).toBeGreaterThan(0)
    expect(entry.every((r) => r.seniority === 1)).toBe(true)
    const technical = await client.listSkills({category: 'technical'})
    expect(technical.every((s) => s.category === 'technical')).toBe(true)
  })

  test('search ranks title hits first and covers every type', async () => {
    const hits = await client.search('ITIL')
    expect(hits.length).toBeGreaterThan(0)
    expect(hits[0]!.title).toMatch(/ITIL/i)
    expect(await client.search('help desk', {types: ['role'], limit: 1})).toEqual([expect.objectContaining({_type: 'role', slug: 'help-desk-technician'})])
    expect(await client.search('   ')).toEqual([])
  })

  test('unknown slugs raise NotFoundError with the nearest slugs', async () => {
    const error = await notFound(client.getRole('help-desk-technicain'))
    expect(error).toMatchObject({kind: 'role', slug: 'help-desk-technicain'})
    expect(error.suggestions[0]).toBe('help-desk-technician')
    const resource = await notFound(client.getResource('resource-the-phonix-project'))
    expect(resource).toMatchObject({kind: 'resource', slug: 'resource-the-phonix-project'})
    expect(resource.suggestions[0]).toBe('resource-the-phoenix-project')
    // Titles count too: a slug guessed from the name a learner knows ("Project Management Professional (PMP)").
    expect((await notFound(client.getCertification('project-management-professional'))).suggestions).toContain('pmp')
  })

  test('career graph methods', async () => {
    const routes = await client.paths('help-desk-technician', 'it-support-manager')
    expect(routes[0]!.steps.map((s) => s.to.slug).at(-1)).toBe('it-support-manager')
    const plan = await client.plan('help-desk-technician', 'it-support-manager')
    expect(plan.milestones.length).toBe(routes[0]!.steps.length)
    expect((await client.gap('help-desk-technician', 'it-support-manager')).skills.length).toBeGreaterThan(0)
    expect((await client.compare('help-desk-technician', 'senior-technician')).constructor).toBe(Object)
    expect(await client.graph()).toBe(await client.graph())
  })

  test('snapshot of the embedded curriculum', async () => {
    const snapshot = await client.snapshot()
    expect(snapshot.source).toEqual({kind: 'embedded', perspective: 'published', language: 'en'})
    // Every document of every language, and the links between FAQ and guide translations.
    const links = snapshot.documents.filter((d) => d._type === 'translation.metadata')
    expect(links.length).toBeGreaterThan(0)
    expect(snapshot.documents.length - links.length).toBe((await client.documents()).length)
    expect(new Set(snapshot.documents.filter((d) => d._type === 'guide').map((d) => d.language))).toEqual(new Set(['en', 'es', 'de']))
  })
})

describe('documents source', () => {
  test('drafts perspective overlays drafts, published hides them', async () => {
    const docs = fixtureDocuments()
    docs.push({...byId(docs, 'role-tech'), _id: 'drafts.role-tech', title: [{_key: 'en', _type: 'internationalizedArrayStringValue', language: 'en', value: 'Technician (draft)'}]})
    const published = createCareerPathClient({documents: docs})
    const drafts = createCareerPathClient({documents: docs, perspective: 'drafts'})
    expect((await published.getRole('technician')).title).toBe('Technician')
    expect((await drafts.getRole('technician')).title).toBe('Technician (draft)')
    // References from other documents resolve to the overlaid draft too.
    expect((await drafts.getTrack('support')).roles[0]!.title).toBe('Technician (draft)')
  })

  test('lenient mode returns the valid rows and reports the invalid ones', async () => {
    const docs = fixtureDocuments()
    byId(docs, 'role-lead').transitions[0].to._ref = 'role-gone'
    const reports: ValidationReport[] = []
    const strict = createCareerPathClient({documents: docs})
    const lenient = createCareerPathClient({documents: docs, validation: 'lenient', onValidationIssues: (r) => reports.push(r)})
    await expect(strict.getRole('lead')).rejects.toSatisfy(isContentValidationError)
    // Least senior first, then by rung (family roles, without one, after ladder roles).
    expect((await lenient.listRoles()).map((r) => r.slug)).toEqual(['technician', 'lead', 'manager'])
    byId(docs, 'role-lead').rung = 'high'
    const fresh = createCareerPathClient({documents: docs, validation: 'lenient', onValidationIssues: (r) => reports.push(r)})
    expect((await fresh.listRoles()).map((r) => r.slug)).toEqual(['technician', 'manager'])
    expect(reports.at(-1)).toMatchObject({context: 'listRoles', rejected: 1, issues: [expect.objectContaining({documentId: 'role-lead', field: 'rung'})]})
  })

  test('languages: fields read in the language asked for, English where untranslated and named in fallbacks; FAQs by document, the English one where untranslated', async () => {
    const docs = fixtureDocuments()
    byId(docs, 'skill-leadership').title.push({_key: 'es', _type: 'internationalizedArrayStringValue', language: 'es', value: 'Liderazgo'})
    docs.push({...byId(docs, 'faq-what'), _id: 'faq-what-es', question: '¿Qué hace un técnico?', language: 'es'})
    docs.push({
      _id: 'i18n-faq-what',
      _type: 'translation.metadata',
      schemaTypes: ['faq'],
      translations: [
        {_key: 'en', _type: 'internationalizedArrayReferenceValue', language: 'en', value: {_type: 'reference', _ref: 'faq-what'}},
        {_key: 'es', _type: 'internationalizedArrayReferenceValue', language: 'es', value: {_type: 'reference', _ref: 'faq-what-es'}},
      ],
    })
    const english = createCareerPathClient({documents: docs})
    const spanish = createCareerPathClient({documents: docs, language: 'es'})
    expect(spanish.language).toBe('es')
    expect((await english.listSkills()).map((s) => [s.title, s.language, s.fallbacks])).toEqual([
      ['Leadership', 'en', []],
      ['Troubleshooting', 'en', []],
    ])
    const skills = await spanish.listSkills()
    expect(skills.map((s) => [s.title, s.language, s.fallbacks])).toEqual([
      ['Liderazgo', 'es', ['description']],
      ['Troubleshooting', 'es', ['title', 'description']],
    ])
    // A call's language overrides the client's.
    expect(await english.listSkills({}, {language: 'es'})).toEqual(skills)
    expect(await english.getSkill('leadership', {language: 'es'})).toMatchObject({title: 'Liderazgo', language: 'es', fallbacks: ['description']})
    // FAQs: the Spanish document; in German, which has none, the English one, saying so.
    expect((await english.listFaqs()).map((f) => [f._id, f.language, f.fallbacks])).toEqual([['faq-what', 'en', []]])
    expect((await spanish.listFaqs()).map((f) => [f._id, f.language, f.fallbacks])).toEqual([['faq-what-es', 'es', []]])
    expect((await english.listFaqs({}, {language: 'de'})).map((f) => [f._id, f.language, f.fallbacks])).toEqual([['faq-what', 'en', ['question', 'answer']]])
    expect(await spanish.getFaq(byId(docs, 'faq-what').slug.current)).toMatchObject({_id: 'faq-what-es', fallbacks: []})
    // The career graph reads the same language, per call too.
    expect((await spanish.graph()).role('lead').skills.map((s) => s.skill.title)).toEqual(['Troubleshooting', 'Liderazgo'])
    expect((await english.graph({language: 'es'})).role('lead').skills.map((s) => s.skill.title)).toEqual(['Troubleshooting', 'Liderazgo'])
    expect((await english.graph()).role('lead').skills.map((s) => s.skill.title)).toEqual(['Troubleshooting', 'Leadership'])
  })

  test('languages: the curriculum\'s own, listed; any other is refused by name', async () => {
    expect((await createCareerPathClient().listLanguages()).map((l) => [l.id, l.title])).toEqual([
      ['en', 'English'],
      ['es', 'Español'],
      ['de', 'Deutsch'],
    ])
    expect(() => createCareerPathClient({language: 'fr' as 'en'})).toThrow(expect.objectContaining({code: 'CONFIGURATION', option: 'language'}))
    const client = createCareerPathClient()
    await expect(client.listRoles({}, {language: 'fr' as 'en'})).rejects.toMatchObject({code: 'INVALID_ARGUMENT', argument: 'language'})
    // The graph, snapshots and the rest check it apart from the queries: every id of the list, and nothing else.
    for (const language of LANGUAGE_IDS) expect((await client.graph({language})).role('help-desk-technician').title).toBeTruthy()
    await expect(client.graph({language: 'fr' as 'en'})).rejects.toMatchObject({code: 'INVALID_ARGUMENT', argument: 'language'})
    await expect(client.snapshot({language: 'it' as 'en'})).rejects.toMatchObject({code: 'INVALID_ARGUMENT', argument: 'language'})
  })

  test('role detail: credentials split into certifications and degrees, provenance resolved, lines as text', async () => {
    const role = await createCareerPathClient({documents: fixtureDocuments()}).getRole('technician')
    expect(role.certifications.map((c) => [c.slug, c.vendor.slug])).toEqual([['comptia-a-plus', 'comptia']])
    expect(role.degrees).toEqual([{_id: 'degree-bsc', _type: 'degree', title: 'Bachelor of IT', slug: 'bachelor-it', level: 'bachelor'}])
    expect(role.experience).toEqual({min: 0, max: 2, basis: {kind: 'estimate', source: null, note: 'Typical postings'}})
    expect(role.skills[0]!.proficiencyBasis).toEqual({kind: 'estimate', source: null, note: null})
    expect(role.transitions[0]).toMatchObject({
      kind: 'promotion',
      typicalYearsBasis: {kind: 'source', source: {_id: 'source-a', title: 'Source A'}, note: null},
      conditions: ['Owns a queue'],
      advice: null,
      to: {slug: 'lead', rung: 2, seniority: 3},
    })
    expect(role.responsibilities).toEqual(['Answer tickets'])
  })
})

describe('configuration errors', () => {
  const g = globalThis as Record<string, unknown>
  afterEach(() => {
    delete g.window
    delete g.document
  })
  const optionOf = (fn: () => unknown) => {
    try {
      fn()
    } catch (error) {
      if (isConfigurationError(error)) return error.option
      throw error
    }
    return null
  }

  test('name the option at fault', () => {
    expect(optionOf(() => createCareerPathClient({projectId: 'Bad Id', dataset: 'production'}))).toBe('projectId')
    expect(optionOf(() => createCareerPathClient({projectId: 'abc', dataset: 'production', perspective: 'drafts'}))).toBe('perspective')
    expect(optionOf(() => createCareerPathClient({projectId: 'abc'} as never))).toBe('dataset')
    expect(optionOf(() => createCareerPathClient({projectId: 'abc', dataset: 'x', documents: []} as never))).toBe('documents')
    expect(optionOf(() => createCareerPathClient({validation: 'loose' as never}))).toBe('validation')
    expect(optionOf(() => createCareerPathClient({projectId: 'abc', dataset: 'x', retry: {maxAttempts: 0}}))).toBe('retry.maxAttempts')
    expect(optionOf(() => createCareerPathClient({projectId: 'abc', dataset: 'x', timeout: -1}))).toBe('timeout')
    expect(optionOf(() => createCareerPathClient({projectId: 'abc', dataset: 'x', timeout: Number.POSITIVE_INFINITY}))).toBe('timeout')
    // Beyond 2^31-1 ms a timer fires at once: every request would time out immediately.
    expect(optionOf(() => createCareerPathClient({projectId: 'abc', dataset: 'x', timeout: 3e9}))).toBe('timeout')
    expect(optionOf(() => createCareerPathClient({projectId: 'abc', dataset: 'x', retry: {maxDelayMs: 3e9}}))).toBe('retry.maxDelayMs')
    expect(optionOf(() => createCareerPathClient({projectId: 'abc', dataset: 'x', timeout: 600_000, graphTtl: Number.POSITIVE_INFINITY}))).toBeNull()
    expect(optionOf(() => createCareerPathClient({projectId: 'abc', dataset: 'x', token: 'sk', perspective: 'drafts'}))).toBeNull()
  })

  test('documents that are not Sanity documents are refused on the first query', async () => {
    const client = createCareerPathClient({documents: [...fixtureDocuments(), {title: 'no id'}]})
    await expect(client.listRoles()).rejects.toMatchObject({code: 'CONFIGURATION', option: 'documents', message: expect.stringContaining(`documents[${fixtureDocuments().length}]`)})
  })

  test('a token in a browser is refused unless explicitly allowed', () => {
    g.window = {}
    g.document = {}
    expect(optionOf(() => createCareerPathClient({projectId: 'abc', dataset: 'x', token: 'sk'}))).toBe('token')
    expect(optionOf(() => createCareerPathClient({projectId: 'abc', dataset: 'x', token: 'sk', ignoreBrowserTokenWarning: true}))).toBeNull()
    expect(optionOf(() => createCareerPathClient({projectId: 'abc', dataset: 'x'}))).toBeNull()
  })
})

test('search terms are lowercase word prefixes', () => {
  expect(searchTerms('Help-Desk  ITIL v4!')).toEqual(['help*', 'desk*', 'itil*', 'v4*'])
})
