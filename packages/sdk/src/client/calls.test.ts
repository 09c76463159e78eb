import {createClient, CorsOriginError, type RequestHandler} from '@sanity/client'
import {startTestServer, type TestServer} from '@careerpath/test-server'
import fc from 'fast-check'
import {z} from 'zod'
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi} from 'vitest'
import {byId, fixtureDocuments, rejection} from '../../test/fixtures'
import {isArgumentError, isConfigurationError, isTransportError} from '../core'
import {defineCareerQuery, queries} from '../queries'
import {createCareerPathClient} from './createClient'
import type {SanitySourceOptions} from './options'

const TOKEN = 'sk-calls'
let server: TestServer
beforeAll(async () => {
  const docs = fixtureDocuments()
  docs.push({...byId(docs, 'role-tech'), _id: 'drafts.role-tech', title: [{_key: 'en', _type: 'internationalizedArrayStringValue', language: 'en', value: 'Technician (draft)'}]})
  server = await startTestServer({documents: docs, requireToken: TOKEN, allowedOrigins: ['https://allowed.example']})
})
afterAll(() => server.close())
beforeEach(() => {
  server.clearFaults()
  server.clearRequests()
})
const queryRequests = () => server.requests.filter((r) => r.path.includes('/data/query/'))
const sanity = (options: Partial<SanitySourceOptions> = {}) =>
  createCareerPathClient({projectId: 'test', dataset: 'production', ...server.sanityHosts, retry: {baseDelayMs: 5}, ...options} as SanitySourceOptions)

describe('per-call options', () => {
  test('signal: aborting during a retry back-off rejects at once with the reason and sends nothing more', async () => {
    server.failNext({status: 503, times: 5})
    const controller = new AbortController()
    const client = sanity({retry: {maxAttempts: 5, baseDelayMs: 5_000, maxDelayMs: 5_000}})
    const started = Date.now()
    const pending = client.listSkills({}, {signal: controller.signal})
    const outcome = pending.catch((error: unknown) => error)
    // Abort once the first attempt has failed and the client waits (5 s) to retry.
    await vi.waitFor(() => expect(queryRequests()).toHaveLength(1), {timeout: 5_000, interval: 10})
    await new Promise((resolve) => setTimeout(resolve, 50))
    controller.abort(new Error('user left the page'))
    expect(await outcome).toMatchObject({message: 'user left the page'})
    expect(Date.now() - started).toBeLessThan(4_000)
    expect(queryRequests()).toHaveLength(1)
    await expect(client.getRole('technician', {signal: AbortSignal.abort()})).rejects.toMatchObject({name: 'AbortError'})
  })

  test('tag: the request is tagged with the call’s tag, the method name by default, after the client’s prefix', async () => {
    await sanity({requestTagPrefix: 'site'}).listSkills({}, {tag: 'home.skills'})
    await sanity().getRole('technician')
    expect(queryRequests().map((r) => r.query.tag)).toEqual(['site.home.skills', 'getRole'])
    await expect(sanity().listSkills({}, {tag: 'bad tag'})).rejects.toSatisfy(isArgumentError)
  })

  test('perspective per call: drafts for one call, published for the others; the CDN only for published', async () => {
    const client = sanity({token: TOKEN})
    expect((await client.getRole('technician', {perspective: 'drafts'})).title).toBe('Technician (draft)')
    expect((await client.getRole('technician')).title).toBe('Technician')
    expect(queryRequests().map((r) => [r.query.perspective, r.host])).toEqual([
      ['drafts', 'api'],
      ['published', 'cdn'],
    ])
    // Without a token a drafts call would silently read published content: refused instead.
    await expect(sanity().getRole('technician', {perspective: 'drafts'})).rejects.toMatchObject({code: 'INVALID_ARGUMENT', argument: 'perspective'})
    await expect(client.listRoles({}, {perspective: 'raw' as never})).rejects.toMatchObject({code: 'INVALID_ARGUMENT', argument: 'perspective'})
  })

  test('perspective per call on the documents source, and graphs cached per perspective', async () => {
    const docs = fixtureDocuments()
    docs.push({...byId(docs, 'role-tech'), _id: 'drafts.role-tech', title: [{_key: 'en', _type: 'internationalizedArrayStringValue', language: 'en', value: 'Technician (draft)'}]})
    const client = createCareerPathClient({documents: docs})
    expect((await client.getRole('technician', {perspective: 'drafts'})).title).toBe('Technician (draft)')
    expect((await client.graph({perspective: 'drafts'})).role('technician').title).toBe('Technician (draft)')
    expect((await client.graph()).role('technician').title).toBe('Technician')
  })

  test('useCdn per call', async () => {
    await sanity().listSkills({}, {useCdn: false})
    await sanity({useCdn: false}).listSkills({}, {useCdn: true})
    expect(queryRequests().map((r) => r.host)).toEqual(['api', 'cdn'])
  })
})

describe('run: query objects', () => {
  const roleTitles = defineCareerQuery({
    name: 'roleTitles',
    query: '*[_type == "role" && track->slug.current == $track] | order(_id asc) {"title": title[language == $language][0].value, "slug": slug.current}',
    params: z.object({language: z.string(), track: z.string().min(1)}),
    result: z.object({title: z.string(), slug: z.string()}),
    list: true,
  })

  test('your own query: params checked, result validated and typed, language filled in', async () => {
    const client = createCareerPathClient({documents: fixtureDocuments()})
    expect(await client.run(roleTitles, {track: 'support'})).toEqual([
      {title: 'Lead', slug: 'lead'},
      {title: 'Technician', slug: 'technician'},
    ])
    const error = await rejection(client.run(roleTitles, {track: ''}), isArgumentError)
    expect(error).toMatchObject({argument: 'track'})
    const broken = defineCareerQuery({name: 'broken', query: roleTitles.query, params: z.object({language: z.string(), track: z.string()}), result: z.object({title: z.number()}), list: true})
    await expect(client.run(broken, {track: 'support'})).rejects.toMatchObject({code: 'CONTENT_VALIDATION', issues: [expect.objectContaining({field: 'title'}), expect.anything()]})
    const lenient = createCareerPathClient({documents: fixtureDocuments(), validation: 'lenient'})
    expect(await lenient.run(broken, {track: 'support'})).toEqual([])
  })

  test('the SDK’s own queries run the same way', async () => {
    const client = createCareerPathClient({documents: fixtureDocuments()})
    expect((await client.run(queries.roleList, {track: 'support'})).map((r) => r.slug)).toEqual(['technician', 'lead'])
    expect(await client.run(queries.role, {slug: 'nobody'})).toBeNull()
    await expect(client.run(queries.roleList, {seniority: 9 as never})).rejects.toMatchObject({code: 'INVALID_ARGUMENT', argument: 'seniority'})
  })
})

describe('search fetches only what it returns', () => {
  test('the slice takes the limit as a parameter', async () => {
    const hits = await sanity().search('t', {limit: 1})
    expect(hits).toHaveLength(1)
    expect(queryRequests()[0]!.params).toMatchObject({limit: 1})
  })
})

describe('bulk read', () => {
  test('readAll: every detail in one request per type, equal to the get… results', async () => {
    const client = sanity()
    const all = await client.readAll()
    expect(queryRequests()).toHaveLength(10)
    expect(all.roles.map((r) => r.slug)).toEqual(['technician', 'lead', 'manager'])
    expect(all.roles[0]).toEqual(await client.getRole('technician'))
    expect(all.faqs.map((f) => f.slug)).toEqual(['what-does-a-technician-do'])
    expect(all.skills.map((s) => s.slug).sort()).toEqual(['leadership', 'troubleshooting'])
  })
})

describe('Content Lake access rules through the SDK', () => {
  let privateServer: TestServer
  beforeAll(async () => {
    privateServer = await startTestServer({documents: fixtureDocuments(), private: true, requireToken: TOKEN})
  })
  afterAll(() => privateServer.close())

  test('a private dataset: 401 without a token, not retried; readable with one', async () => {
    const client = (token?: string) => createCareerPathClient({projectId: 'test', dataset: 'production', apiHost: privateServer.url, useProjectHostname: false, token})
    expect(await rejection(client().listSkills(), isTransportError)).toMatchObject({status: 401, retryable: false, attempts: 1})
    expect(await client(TOKEN).listSkills()).toHaveLength(2)
  })

  describe('CORS: an origin missing from the project’s list', () => {
    const g = globalThis as Record<string, unknown>
    afterEach(() => {
      delete g.window
      delete g.document
      delete g.location
    })
    /** What a browser does: send the page's Origin, and refuse an answer without a matching Access-Control-Allow-Origin. */
    const browserAt =
      (origin: string): RequestHandler =>
      async (request, next) => {
        const withOrigin = {...request, headers: {...request.headers, origin}}
        if (!String(request.url).includes('/data/')) return next(withOrigin)
        const probe = await fetch(String(server.sanityHosts.requestHandler === undefined ? request.url : toLocal(String(request.url))), {method: 'OPTIONS', headers: {origin}})
        if (probe.headers.get('access-control-allow-origin') !== origin) throw new TypeError('Failed to fetch')
        return next(withOrigin)
      }
    const toLocal = (url: string) => {
      const u = new URL(url)
      const target = new URL(u.hostname.includes('apicdn') ? server.cdnUrl : server.url)
      u.protocol = target.protocol
      u.host = target.host
      return u.toString()
    }
    const inBrowser = (origin: string) => {
      g.window = {}
      g.document = {}
      g.location = {origin, hostname: new URL(origin).hostname}
      const route = server.sanityHosts.requestHandler
      return createCareerPathClient({
        projectId: 'test',
        dataset: 'production',
        ...server.sanityHosts,
        retry: {maxAttempts: 3, baseDelayMs: 5},
        requestHandler: (request, next) => browserAt(origin)(request, (r) => route(r, next)),
      } as SanitySourceOptions)
    }

    test('is a non-retryable TransportError saying to run sanity cors add, with CorsOriginError as cause', async () => {
      const error = await rejection(inBrowser('https://refused.example').listSkills(), isTransportError)
      expect(error).toMatchObject({cors: true, retryable: false, attempts: 1, status: null})
      expect(error.message).toContain('sanity cors add https://refused.example')
      expect(error.cause).toBeInstanceOf(CorsOriginError)
      expect(server.requests.filter((r) => r.path.includes('/check/cors')).map((r) => r.cors)).toEqual(['refused'])
    })

    test('a listed origin reads normally', async () => {
      expect(await inBrowser('https://allowed.example').listSkills()).toHaveLength(2)
    })
  })
})

describe('options: exactly what @sanity/client accepts', () => {
  const clientAccepts = (config: Record<string, unknown>) => {
    try {
      createClient({useCdn: false, ...config} as never)
      return true
    } catch {
      return false
    }
  }
  const sdkAccepts = (config: Record<string, unknown>) => {
    try {
      createCareerPathClient(config as never)
      return true
    } catch (error) {
      if (!isConfigurationError(error)) throw error
      return false
    }
  }
  const text = fc.oneof(fc.string({maxLength: 12}), fc.stringMatching(/^[~a-zA-Z0-9_-]{0,70}$/), fc.constantFrom('~production', 'production', 'Prod', '-x', '_x', 'a'.repeat(64), 'a'.repeat(65)))
  const versions = fc.oneof(fc.constantFrom('1', 'X', '2025-02-19', 'v2025-02-19', 'v1', '2025-13-01', '2025-2-19', 'vX', 'latest'), fc.string({maxLength: 11}))

  test.each([
    ['projectId', {projectId: 'not_valid!'}],
    ['dataset', {dataset: 'Has Spaces'}],
    ['apiVersion', {apiVersion: '2025-13'}],
    ['requestTagPrefix', {requestTagPrefix: 'no spaces allowed'}],
  ])("@sanity/client's refusal of %s is a ConfigurationError naming that option, with the client's reason and the value", (option, bad) => {
    const config = {projectId: 'abc', dataset: 'production', ...bad}
    let client: unknown
    try {
      createClient({useCdn: false, apiVersion: '2025-02-19', ...config})
    } catch (error) {
      client = error
    }
    expect(client).toBeInstanceOf(Error) // the client itself refuses it
    let thrown: unknown
    try {
      createCareerPathClient(config)
    } catch (error) {
      thrown = error
    }
    expect(isConfigurationError(thrown)).toBe(true)
    const error = thrown as {option: string; message: string}
    expect(error.option).toBe(option)
    expect(error.message).toContain((client as Error).message)
    expect(error.message).toContain(JSON.stringify(Object.values(bad)[0]))
  })

  test('dataset and projectId: the same regular expressions', () => {
    fc.assert(
      fc.property(text, text, (projectId, dataset) => {
        // An empty dataset passes createClient but fails every query ("`dataset` must be provided"): refused up front.
        expect(sdkAccepts({projectId, dataset})).toBe(dataset !== '' && clientAccepts({projectId, dataset, apiVersion: '2025-02-19'}))
      }),
      {numRuns: 400},
    )
    expect(sdkAccepts({projectId: 'abc-123', dataset: '~production'})).toBe(true)
  })

  test('apiVersion', () => {
    fc.assert(
      fc.property(versions, (apiVersion) => {
        expect(sdkAccepts({projectId: 'abc', dataset: 'production', apiVersion})).toBe(clientAccepts({projectId: 'abc', dataset: 'production', apiVersion}))
      }),
      {numRuns: 300},
    )
    expect(sdkAccepts({projectId: 'abc', dataset: 'production', apiVersion: 'v2025-02-19'})).toBe(true)
  })
})
