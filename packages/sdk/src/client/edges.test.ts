import {createClient} from '@sanity/client'
import {startTestServer, type TestServer} from '@careerpath/test-server'
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi} from 'vitest'
import {byId, fixtureDocuments, rejection} from '../../test/fixtures'
import {createCareerGraph} from '../graph'
import {isConfigurationError, isNotFoundError, isTransportError} from '../core'
import {createCareerPathClient, type CareerPathClient} from './createClient'
import type {SanitySourceOptions} from './options'

/**
 * Wrong answers and misleading errors at the edges (issue 10, points 2–6), each
 * reproduced against the real @sanity/client and the test server.
 */
const TOKEN = 'sk-edges'
let server: TestServer
beforeAll(async () => {
  server = await startTestServer({documents: fixtureDocuments(), requireToken: TOKEN})
})
afterAll(() => server.close())
beforeEach(() => {
  server.clearFaults()
  server.clearRequests()
})
const sanity = (options: Partial<SanitySourceOptions> = {}): CareerPathClient =>
  createCareerPathClient({projectId: 'test', dataset: 'production', apiHost: server.url, useProjectHostname: false, retry: {baseDelayMs: 5}, ...options})

describe('graph calls follow the graph’s own policy, not strict validation', () => {
  test('a too-short skill description does not stop plan(); the graph plans as createCareerGraph does', async () => {
    const docs = fixtureDocuments()
    byId(docs, 'skill-leadership').description[0].value = 'Leads a team.' // under the 20-character minimum
    const client = createCareerPathClient({documents: docs}) // strict by default
    const plan = await client.plan('technician', 'manager')
    expect(plan).toEqual(createCareerGraph(docs).plan('technician', 'manager'))
    // Strict validation still guards what it returns: the dataset itself is refused.
    await expect(client.documents()).rejects.toMatchObject({code: 'CONTENT_VALIDATION', issues: [expect.objectContaining({documentId: 'skill-leadership'})]})
  })

  test('what the graph cannot use is skipped and reported in graph.warnings', async () => {
    const docs = fixtureDocuments()
    byId(docs, 'role-lead').transitions[0].to._ref = 'role-gone'
    const graph = await createCareerPathClient({documents: docs}).graph()
    expect(graph.warnings).toEqual([expect.objectContaining({documentId: 'role-lead', path: 'transitions[0].to', ref: 'role-gone'})])
    expect(graph.paths('technician', 'lead')).toHaveLength(1)
  })
})

describe('not found stays not found', () => {
  test('when the suggestions query fails, getRole still rejects with NotFoundError (no suggestions, cause kept)', async () => {
    server.failNext({delayMs: 0}) // the role query is answered (null: no such role)…
    server.failNext({status: 500, times: 10}) // …then every later request fails
    const error = await rejection(sanity({retry: false}).getRole('unknown-role'), isNotFoundError)
    expect(error).toMatchObject({kind: 'role', slug: 'unknown-role', suggestions: []})
    expect(isTransportError(error.cause)).toBe(true)
  })
})

describe('options: what @sanity/client accepts, and nothing it refuses', () => {
  const optionOf = (fn: () => unknown) => {
    try {
      fn()
    } catch (error) {
      if (isConfigurationError(error)) return error.option
      throw error
    }
    return null
  }

  test('dataset aliases and "v"-prefixed API versions are accepted', async () => {
    expect(optionOf(() => createCareerPathClient({projectId: 'abc', dataset: '~production'}))).toBeNull()
    expect(optionOf(() => createCareerPathClient({projectId: 'abc', dataset: 'production', apiVersion: 'v2025-02-19'}))).toBeNull()
    const client = sanity({apiVersion: 'v2025-02-19'})
    expect(await client.listSkills()).toHaveLength(2)
    expect(server.requests[0]!.path).toMatch(/^\/v2025-02-19\/data\/query\/production$/)
  })

  test('raw combined with other perspectives is a ConfigurationError on every source, never a TypeError', () => {
    expect(optionOf(() => createCareerPathClient({projectId: 'abc', dataset: 'x', token: 'sk', perspective: ['raw', 'drafts']}))).toBe('perspective')
    expect(optionOf(() => createCareerPathClient({documents: [], perspective: ['raw', 'drafts']}))).toBe('perspective')
  })
})

describe('raw is not offered on a typed read client', () => {
  test('perspective "raw" is refused with the reason', () => {
    for (const make of [() => createCareerPathClient({documents: fixtureDocuments(), perspective: 'raw' as never}), () => sanity({perspective: 'raw' as never, token: TOKEN})]) {
      let error: unknown
      try {
        make()
      } catch (e) {
        error = e
      }
      expect(error).toMatchObject({code: 'CONFIGURATION', option: 'perspective', message: expect.stringContaining('raw')})
    }
  })
})

describe('CDN, trace ids and snapshots', () => {
  afterEach(() => vi.restoreAllMocks())

  test('useCdn defaults to false for any perspective but published: a release stack reads the API host, without a client warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const hosts = {...server.sanityHosts}
    const release = createCareerPathClient({projectId: 'test', dataset: 'production', ...hosts, perspective: ['spring'], token: TOKEN, retry: false} as SanitySourceOptions)
    expect(await release.listSkills()).toHaveLength(2)
    const published = createCareerPathClient({projectId: 'test', dataset: 'production', ...hosts, retry: false} as SanitySourceOptions)
    await published.listSkills()
    expect(server.requests.map((r) => r.host)).toEqual(['api', 'cdn'])
    expect(warn).not.toHaveBeenCalled()
  })

  test('a TransportError keeps the trace id Sanity support asks for', async () => {
    server.failNext({status: 400})
    const error = await rejection(sanity().listSkills(), isTransportError)
    expect(error.traceId).toBe(server.requests[0]!.traceId)
    expect(error.traceId).toMatch(/^[0-9a-f]{32}$/)
  })

  test('a snapshot records its language', async () => {
    const german = createCareerPathClient({documents: fixtureDocuments(), language: 'de'})
    expect((await german.snapshot()).source).toMatchObject({language: 'de'})
    expect((await german.snapshot({language: 'es'})).source).toMatchObject({language: 'es'})
    expect((await createCareerPathClient({documents: fixtureDocuments()}).snapshot()).source).toMatchObject({language: 'en'})
  })
})

test('the real client agrees: it refuses raw in a stack with a plain TypeError (what the SDK must not leak)', () => {
  expect(() => createClient({projectId: 'abc', dataset: 'x', apiVersion: '2025-02-19', useCdn: false, perspective: ['raw', 'drafts']})).toThrow(TypeError)
})

describe('per-call argument errors are not configuration errors', () => {
  test('a search limit out of range is an ArgumentError naming the argument', async () => {
    const client = createCareerPathClient({documents: fixtureDocuments()})
    await expect(client.search('lead', {limit: 0})).rejects.toMatchObject({code: 'INVALID_ARGUMENT', argument: 'limit'})
    await expect(client.getRole('')).rejects.toMatchObject({code: 'INVALID_ARGUMENT', argument: 'slug'})
  })
})
