import {startTestServer, type TestServer} from '@careerpath/test-server'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {embeddedDocuments} from '../embedded'
import {createCareerPathClient, type CareerPathClient} from './createClient'

/**
 * The contract: the Sanity source (real @sanity/client → a local server that
 * answers the Content Lake's query endpoint over the seed) and the local
 * source (groq-js in memory) return equal results for every public method.
 */
let server: TestServer
let sanity: CareerPathClient
let local: CareerPathClient

beforeAll(async () => {
  server = await startTestServer({documents: embeddedDocuments, dataset: 'production'})
  sanity = createCareerPathClient({projectId: 'test', dataset: 'production', apiHost: server.url, useProjectHostname: false})
  local = createCareerPathClient({documents: embeddedDocuments})
})
afterAll(() => server.close())

async function same<R>(call: (client: CareerPathClient) => Promise<R>): Promise<R> {
  const [fromSanity, fromLocal] = await Promise.all([call(sanity).catch((e: unknown) => e), call(local).catch((e: unknown) => e)])
  expect(fromSanity).toEqual(fromLocal)
  if (fromLocal instanceof Error) throw fromLocal
  return fromLocal as R
}

describe('Sanity source equals local source', () => {
  test('lists, with and without filters', async () => {
    expect((await same((c) => c.listTracks())).length).toBeGreaterThan(0)
    await same((c) => c.listRoles())
    await same((c) => c.listRoles({track: 'it-support'}))
    await same((c) => c.listRoles({rung: 2}))
    await same((c) => c.listRoles({seniority: 3}))
    await same((c) => c.listDegrees())
    await same((c) => c.listOrganisations())
    await same((c) => c.listSkills())
    await same((c) => c.listSkills({category: 'leadership'}))
    await same((c) => c.listCertifications())
    await same((c) => c.listCertifications({vendor: 'CompTIA', level: 'entry', status: 'active'}))
    await same((c) => c.listCertifications({status: 'retired'}))
    await same((c) => c.listResources())
    await same((c) => c.listResources({kind: 'book', cost: 'paid'}))
    await same((c) => c.listResources({topic: 'itil'}))
    await same((c) => c.listLearningPaths())
    await same((c) => c.listFaqs())
    await same((c) => c.listFaqs({role: 'help-desk-technician'}))
    await same((c) => c.listGuides())
    await same((c) => c.listGuides({role: 'support-team-lead'}))
  })

  test('every document by slug (or id)', async () => {
    const gets: [keyof CareerPathClient, string[]][] = [
      ['getTrack', (await local.listTracks()).map((d) => d.slug)],
      ['getRole', (await local.listRoles()).map((d) => d.slug)],
      ['getSkill', (await local.listSkills()).map((d) => d.slug)],
      ['getCertification', (await local.listCertifications()).map((d) => d.slug)],
      ['getDegree', (await local.listDegrees()).map((d) => d.slug)],
      ['getOrganisation', (await local.listOrganisations()).map((d) => d.slug)],
      ['getResource', (await local.listResources()).map((d) => d._id)],
      ['getLearningPath', (await local.listLearningPaths()).map((d) => d.slug)],
      ['getFaq', (await local.listFaqs()).map((d) => d.slug)],
      ['getGuide', (await local.listGuides()).map((d) => d.slug)],
    ]
    let checked = 0
    for (const [method, keys] of gets) {
      for (const key of keys) {
        await same((c) => (c[method] as (k: string) => Promise<unknown>)(key))
        checked++
      }
    }
    expect(checked).toBeGreaterThan(100)
  })

  test('not found, for every kind, with the same suggestions', async () => {
    await expect(same((c) => c.getRole('senior-tecnician'))).rejects.toMatchObject({code: 'NOT_FOUND', suggestions: expect.arrayContaining(['senior-technician'])})
    const gets = [
      ['getTrack', 'track', (await local.listTracks())[0]!.slug],
      ['getSkill', 'skill', (await local.listSkills())[0]!.slug],
      ['getCertification', 'certification', (await local.listCertifications())[0]!.slug],
      ['getDegree', 'degree', (await local.listDegrees())[0]!.slug],
      ['getOrganisation', 'organisation', (await local.listOrganisations())[0]!.slug],
      ['getResource', 'resource', (await local.listResources())[0]!._id],
      ['getLearningPath', 'learningPath', (await local.listLearningPaths())[0]!.slug],
      ['getFaq', 'faq', (await local.listFaqs())[0]!.slug],
      ['getGuide', 'guide', (await local.listGuides())[0]!.slug],
    ] as const
    for (const [method, kind, key] of gets) {
      const typo = key.slice(0, -2) + key.slice(-1) // one letter dropped near the end
      await expect(same((c) => (c[method] as (k: string) => Promise<unknown>)(typo)), `${method}("${typo}")`).rejects.toMatchObject({code: 'NOT_FOUND', kind, slug: typo, suggestions: expect.arrayContaining([key])})
    }
  })

  test('search', async () => {
    for (const text of ['itil', 'support engineer', 'CompTIA', 'lead', 'cloud', 'how']) await same((c) => c.search(text))
    await same((c) => c.search('manager', {types: ['role', 'faq'], limit: 3}))
  })

  test('career graph: paths, gap, plan, compare', async () => {
    const pairs = [
      ['help-desk-technician', 'it-support-manager'],
      ['junior-support-engineer', 'support-manager'],
      ['support-specialist', 'senior-support-specialist'],
    ] as const
    for (const [from, to] of pairs) {
      await same((c) => c.paths(from, to))
      await same((c) => c.gap(from, to))
      await same((c) => c.plan(from, to))
      await same((c) => c.compare(from, to))
    }
  })

  test('your own GROQ through fetch', async () => {
    const counts = await same((c) => c.fetch<Record<string, number>>('{"roles": count(*[_type == "role"]), "promotions": count(*[_type == "role"].transitions[kind == $kind])}', {kind: 'promotion'}))
    expect(counts.roles).toBeGreaterThan(10)
  })

  test('documents and snapshot content', async () => {
    expect((await same((c) => c.documents())).length).toBe(embeddedDocuments.filter((d) => d._type !== 'translation.metadata').length)
    const [a, b] = await Promise.all([sanity.snapshot(), local.snapshot()])
    expect(a.documents).toEqual(b.documents)
    expect(a.source).toEqual({kind: 'sanity', projectId: 'test', dataset: 'production', perspective: 'published', language: 'en'})
  })

  test('both sources sent the same GROQ: the server saw only the SDK queries', () => {
    const queries = new Set(server.requests.map((r) => r.query.query ?? (r.body as {query?: string} | undefined)?.query).filter(Boolean))
    expect(queries.size).toBeGreaterThan(10)
    expect(server.requests.every((r) => r.query.perspective === 'published')).toBe(true)
  })
})

const englishTitle = (value: string) => [{_key: 'en', _type: 'internationalizedArrayStringValue', language: 'en', value}]

describe('unpublished content: drafts and releases resolve the same on both sources', () => {
  let drafts: TestServer
  const token = 'sk-contract'
  const role = embeddedDocuments.find((d) => d._type === 'role' && (d as {slug?: {current?: string}}).slug?.current === 'help-desk-technician')!
  const documents = [
    ...embeddedDocuments,
    {...role, _id: `drafts.${role._id}`, title: englishTitle('Help desk technician (draft)')},
    {...role, _id: `versions.spring.${role._id}`, title: englishTitle('Help desk technician (spring release)')},
  ]
  beforeAll(async () => {
    drafts = await startTestServer({documents, requireToken: token})
  })
  afterAll(() => drafts.close())

  const pair = (perspective: 'published' | 'drafts' | string[]) => [
    createCareerPathClient({projectId: 'test', dataset: 'production', apiHost: drafts.url, useProjectHostname: false, perspective, token}),
    createCareerPathClient({documents, perspective}),
  ]

  test.each([
    ['published', 'Help desk technician'],
    ['drafts', 'Help desk technician (draft)'],
    [['spring', 'drafts'], 'Help desk technician (spring release)'],
  ] as const)('perspective %j', async (perspective, title) => {
    const [onSanity, onLocal] = pair(perspective as 'published' | 'drafts' | string[])
    const read = (c: CareerPathClient) => Promise.all([c.getRole('help-desk-technician'), c.getTrack('it-support'), c.listRoles({rung: 1})])
    const [fromSanity, fromLocal] = await Promise.all([read(onSanity!), read(onLocal!)])
    expect(fromSanity).toEqual(fromLocal)
    expect(fromLocal[0]).toMatchObject({_id: role._id, title})
    // References from other documents see the same version of the role.
    expect(fromLocal[1].roles.find((r) => r._id === role._id)?.title).toBe(title)
  })
})


describe.each(['es', 'de'] as const)('Sanity source equals local source in %s', (language) => {
  test('every list and a detail of each kind, in the language, with what fell back', async () => {
    const call = {language}
    const roles = await same((c) => c.listRoles({}, call))
    const english = await local.listRoles()
    expect(roles.every((r) => r.language === language)).toBe(true)
    // The seed is translated: titles differ from the English ones, and nothing of a role's list fields fell back.
    expect(roles.filter((r, i) => r.title !== english[i]?.title).length).toBeGreaterThan(roles.length / 2)
    expect(roles.flatMap((r) => r.fallbacks)).toEqual([])
    for (const list of ['listTracks', 'listSkills', 'listCertifications', 'listDegrees', 'listOrganisations', 'listResources', 'listLearningPaths', 'listFaqs', 'listGuides'] as const) {
      await same((c) => (c[list] as (f: object, o: object) => Promise<unknown[]>)({}, call))
    }
    const role = await same((c) => c.getRole('help-desk-technician', call))
    expect(role).toMatchObject({language, fallbacks: []})
    const faqs = await same((c) => c.listFaqs({}, call))
    expect(faqs.every((f) => f.language === language && f.fallbacks.length === 0)).toBe(true)
    await same((c) => c.getFaq(faqs[0]!.slug, call))
    const guides = await same((c) => c.listGuides({}, call))
    await same((c) => c.getGuide(guides[0]!.slug, call))
    await same((c) => c.search('ITIL', {language}))
    await same((c) => c.plan('help-desk-technician', 'it-support-manager', {language}))
  })

  test('a FAQ without a translation falls back to its English document on both sources, and says so', async () => {
    // The test server and the local client over the seed without one FAQ's translation.
    const missing = `faq-advance-beyond-technician-${language}`
    const documents = embeddedDocuments.filter((d) => d._id !== missing)
    const trimmed = await startTestServer({documents, dataset: 'production'})
    try {
      const clients = [createCareerPathClient({projectId: 'test', dataset: 'production', apiHost: trimmed.url, useProjectHostname: false, language}), createCareerPathClient({documents, language})]
      const [a, b] = await Promise.all(clients.map((c) => c.listFaqs()))
      expect(a).toEqual(b)
      const fallback = a!.find((f) => f._id === 'faq-advance-beyond-technician')
      expect(fallback).toMatchObject({language: 'en', fallbacks: ['question', 'answer']})
      expect(a!.filter((f) => f.language === language)).toHaveLength(a!.length - 1)
      const [one, two] = await Promise.all(clients.map((c) => c.getFaq('advance-beyond-technician')))
      expect(one).toEqual(two)
      expect(one).toMatchObject({_id: 'faq-advance-beyond-technician', language: 'en', fallbacks: ['question', 'answer']})
    } finally {
      await trimmed.close()
    }
  })

  test('a role field without a translation falls back to English, named in fallbacks', async () => {
    const documents = structuredClone(embeddedDocuments) as unknown as {_id: string; summary?: {language: string}[]; responsibilities?: {text: {language: string}[]}[]}[]
    const role = documents.find((d) => d._id === 'role-help-desk-technician')!
    role.summary = role.summary!.filter((t) => t.language !== language)
    role.responsibilities![1]!.text = role.responsibilities![1]!.text.filter((t) => t.language !== language)
    const client = createCareerPathClient({documents: documents as never, language})
    const detail = await client.getRole('help-desk-technician')
    expect(detail.fallbacks).toEqual(['summary', 'responsibilities'])
    expect(detail.summary).toBe((await local.getRole('help-desk-technician')).summary)
    expect((await client.listRoles()).find((r) => r.slug === 'help-desk-technician')?.fallbacks).toEqual(['summary'])
  })
})
