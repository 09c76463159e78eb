import {createClient, type ClientConfig, type SanityClient} from '@sanity/client'
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest'
import {isTestServerError, startTestServer, type TestServer} from './index'

const documents = [
  {_id: 'role.helpdesk', _type: 'role', title: 'Help desk technician', level: 1, track: {_ref: 'track.support'}},
  {_id: 'role.analyst', _type: 'role', title: 'Support analyst', level: 2, track: {_ref: 'track.support'}},
  {_id: 'drafts.role.analyst', _type: 'role', title: 'Support analyst (edited)', level: 2, track: {_ref: 'track.support'}},
  {_id: 'drafts.role.new', _type: 'role', title: 'Brand-new role', level: 3},
  {_id: 'versions.r1.role.helpdesk', _type: 'role', title: 'Help desk technician (release)', level: 1},
  {_id: 'track.support', _type: 'track', title: 'Support'},
]

let server: TestServer
const clientFor = (config: Partial<ClientConfig> = {}): SanityClient =>
  createClient({
    projectId: 'test',
    dataset: 'production',
    apiVersion: '2025-02-19',
    apiHost: server.url,
    useProjectHostname: false,
    useCdn: false,
    ...config,
  })

beforeAll(async () => {
  server = await startTestServer({documents})
})
afterAll(() => server.close())
afterEach(() => {
  server.clearRequests()
  server.clearFaults()
  server.setDocuments(documents)
})

describe('query endpoint', () => {
  it('answers GROQ with params, following references through the index', async () => {
    const result = await clientFor().fetch<{title: string; track: string}[]>(
      '*[_type == $type && level >= $min] | order(level asc){title, "track": track->title}',
      {type: 'role', min: 1},
    )
    expect(result).toEqual([
      {title: 'Help desk technician', track: 'Support'},
      {title: 'Support analyst', track: 'Support'},
    ])
    const [request] = server.requests
    expect(request?.method).toBe('GET')
    expect(request?.params).toEqual({type: 'role', min: 1})
    expect(request?.query.query).toContain('_type == $type')
  })

  it('returns the raw response with query and ms when filterResponse is false', async () => {
    const response = await clientFor().fetch('count(*[_type == "role"])', {}, {filterResponse: false})
    expect(response.result).toBe(2)
    expect(response.query).toBe('count(*[_type == "role"])')
    expect(typeof response.ms).toBe('number')
  })

  it('leaves the query out when returnQuery=false', async () => {
    const response = await clientFor().fetch('count(*)', {}, {filterResponse: false, returnQuery: false})
    expect(response).not.toHaveProperty('query')
    expect(server.requests[0]?.query.returnQuery).toBe('false')
  })

  it('serves published documents only by default from API 2025-02-19, everything before it', async () => {
    expect(await clientFor().fetch('*[_type == "role"]._id | order(@ asc)')).toEqual(['role.analyst', 'role.helpdesk'])
    const old = await clientFor({apiVersion: '2021-03-25'}).fetch<string[]>('*[_type == "role"]._id')
    expect(old).toHaveLength(5)
  })

  it('overlays drafts on published documents under the drafts perspective, reporting published ids', async () => {
    const roles = await clientFor({perspective: 'drafts'}).fetch<{_id: string; _originalId?: string; title: string}[]>(
      '*[_type == "role"] | order(_id asc){_id, _originalId, title}',
    )
    expect(roles).toEqual([
      {_id: 'role.analyst', _originalId: 'drafts.role.analyst', title: 'Support analyst (edited)'},
      {_id: 'role.helpdesk', _originalId: null, title: 'Help desk technician'},
      {_id: 'role.new', _originalId: 'drafts.role.new', title: 'Brand-new role'},
    ])
    expect(server.requests[0]?.query.perspective).toBe('drafts')
  })

  it('stacks releases over drafts when given release ids', async () => {
    const title = await clientFor({perspective: ['r1', 'drafts']}).fetch('*[_id == "role.helpdesk"][0].title')
    expect(title).toBe('Help desk technician (release)')
  })

  it('returns every stored document under the raw perspective', async () => {
    const ids = await clientFor({perspective: 'raw'}).fetch<string[]>('*._id')
    expect(ids).toHaveLength(documents.length)
  })

  it('switches to POST for long queries and still answers them', async () => {
    const padding = ' '.repeat(12_000)
    const count = await clientFor().fetch<number>(`count(*[_type == $type${padding}])`, {type: 'role'})
    expect(count).toBe(2)
    const [request] = server.requests
    expect(request?.method).toBe('POST')
    expect(request?.params).toEqual({type: 'role'})
  })

  it('answers a GROQ syntax error with a 400 queryParseError the client formats', async () => {
    const error = await clientFor()
      .fetch('*[_type == "role"')
      .catch((e: unknown) => e)
    expect(error).toMatchObject({statusCode: 400, details: {type: 'queryParseError', query: '*[_type == "role"'}})
    expect((error as Error).message).toMatch(/^GROQ query parse error:/)
  })

  it('rejects a query that references a parameter it was not given', async () => {
    const error = await clientFor()
      .fetch('*[_type == $type]')
      .catch((e: unknown) => e)
    expect(error).toMatchObject({statusCode: 400, details: {description: 'param $type referenced, but not provided'}})
  })

  it('rejects an unknown perspective and unparsable $params with 400s', async () => {
    const base = `${server.url}/v2025-02-19/data/query/production`
    const badPerspective = await fetch(`${base}?query=${encodeURIComponent('count(*)')}&perspective=raw,drafts`)
    expect(badPerspective.status).toBe(400)
    expect(await badPerspective.json()).toEqual({error: {description: 'Invalid perspective "raw,drafts"', type: 'httpBadRequest'}})
    const badParam = await fetch(`${base}?query=${encodeURIComponent('*[_id == $id]')}&$id=role.helpdesk`)
    expect(badParam.status).toBe(400)
    expect(await badParam.json()).toMatchObject({error: {type: 'httpBadRequest', description: 'Unable to parse value of "$id=role.helpdesk". Please quote string values.'}})
  })

  it('answers sanity::projectId() and sanity::dataset() from its options and the path', async () => {
    expect(await clientFor().fetch('[sanity::projectId(), sanity::dataset()]')).toEqual(['test', 'production'])
  })

  it('updates answers when documents are swapped', async () => {
    server.setDocuments([{_id: 'only', _type: 'skill'}])
    expect(await clientFor().fetch('*._id')).toEqual(['only'])
  })
})

describe('doc endpoint', () => {
  it('returns documents by id and lists missing ones in omitted', async () => {
    const [helpdesk, missing] = await clientFor().getDocuments(['role.helpdesk', 'nope'])
    expect(helpdesk).toMatchObject({title: 'Help desk technician'})
    expect(missing).toBeNull()
    const response = await clientFor().request<{omitted: unknown[]}>({url: '/data/doc/production/role.helpdesk,nope'})
    expect(response.omitted).toEqual([{id: 'nope', reason: 'existence'}])
  })

  it('honours excludeContent and includeAllVersions', async () => {
    const slim = await clientFor().request<{documents: unknown[]}>({url: '/data/doc/production/role.analyst', query: {excludeContent: 'true'}})
    expect(slim.documents).toEqual([{_id: 'role.analyst', _type: 'role'}])
    const all = await clientFor().getDocument('role.helpdesk', {includeAllVersions: true})
    expect((all as unknown as {_id: string}[]).map((d) => d._id).sort()).toEqual(['role.helpdesk', 'versions.r1.role.helpdesk'])
  })

  it('answers client.getDocument, drafts included by exact id', async () => {
    expect(await clientFor().getDocument('drafts.role.new')).toMatchObject({title: 'Brand-new role'})
    expect(await clientFor().getDocument('missing')).toBeUndefined()
  })
})

describe('tokens', () => {
  let guarded: TestServer
  beforeAll(async () => {
    guarded = await startTestServer({documents, requireToken: 'abc'})
  })
  afterAll(() => guarded.close())
  const guardedClient = (config: Partial<ClientConfig> = {}) => clientFor({apiHost: guarded.url, ...config})

  it('records the Authorization header of each request', async () => {
    await guardedClient({token: 'abc'}).fetch('count(*)')
    expect(guarded.requests.at(-1)?.authorization).toBe('Bearer abc')
  })

  it('answers drafts and raw without the token with published documents only, like the Content Lake', async () => {
    for (const perspective of ['drafts', 'raw', ['r1', 'drafts']] as const) {
      const ids = await guardedClient({perspective: perspective as 'drafts'}).fetch<string[]>('*[_type == "role"]._id | order(@ asc)')
      expect(ids).toEqual(['role.analyst', 'role.helpdesk'])
    }
    expect(guarded.requests.slice(-3).map((r) => r.authenticated)).toEqual([false, false, false])
    expect(await guardedClient({perspective: 'drafts', token: 'abc'}).fetch('count(*[_type == "role"])')).toBe(3)
    expect(await guardedClient({perspective: 'raw', token: 'abc'}).fetch('count(*[_type == "role"])')).toBe(5)
    expect(await guardedClient().fetch('count(*[_type == "role"])')).toBe(2)
  })

  it('rejects a wrong token outright and hides drafts from anonymous doc requests', async () => {
    await expect(guardedClient({token: 'wrong'}).fetch('count(*)')).rejects.toMatchObject({statusCode: 401, message: /Session not found/})
    const response = await guardedClient().request<{omitted: unknown[]}>({url: '/data/doc/production/drafts.role.new'})
    expect(response.omitted).toEqual([{id: 'drafts.role.new', reason: 'permission'}])
  })
})

describe('fault injection', () => {
  it('fails the next requests with 503 and the client retries through them', async () => {
    server.failNext({status: 503, times: 2})
    expect(await clientFor({retryDelay: () => 10}).fetch('count(*[_type == "track"])')).toBe(1)
    expect(server.requests.map((r) => r.fault?.status)).toEqual([503, 503, undefined])
    expect(server.pendingFaults).toBe(0)
  })

  it('sends Retry-After with a 429 and the Content Lake error body', async () => {
    server.failNext({status: 429, retryAfter: 1})
    const error = await clientFor({maxRetries: 0})
      .fetch('count(*)')
      .catch((e: unknown) => e)
    expect(error).toMatchObject({statusCode: 429})
    const response = (error as {response: {headers: Record<string, string>; body: unknown}}).response
    expect(response.headers['retry-after']).toBe('1')
    expect(response.body).toEqual({statusCode: 429, error: 'Too Many Requests', message: 'Injected fault: Too Many Requests'})
  })

  it('surfaces a 4xx body as a ClientError with its message', async () => {
    server.failNext({status: 400, body: {error: {description: 'Bad things', type: 'httpBadRequest'}}})
    const error = await clientFor().fetch('count(*)').catch((e: unknown) => e)
    // Every answer carries a traceparent, as the Lake's do; the client appends its trace id to the message.
    const traceId = server.requests.at(-1)!.traceId
    expect(error).toMatchObject({statusCode: 400, traceId, message: `Bad things (traceId: ${traceId})`})
  })

  it('delays answers long enough to trip a client timeout', async () => {
    server.failNext({delayMs: 2000})
    const started = Date.now()
    const error = await clientFor({timeout: 200, maxRetries: 0})
      .fetch('count(*)')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Error)
    expect(Date.now() - started).toBeLessThan(1500)
  })

  it('drops the connection when asked and serves normally afterwards', async () => {
    server.failNext({destroySocket: true})
    await expect(clientFor({maxRetries: 0}).fetch('count(*)')).rejects.toBeInstanceOf(Error)
    expect(await clientFor().fetch('count(*[_type == "track"])')).toBe(1)
  })

  it('applies a fault only to requests whose path matches', async () => {
    server.failNext({status: 500, path: '/data/doc/'})
    expect(await clientFor().fetch('count(*[_type == "track"])')).toBe(1)
    expect(server.pendingFaults).toBe(1)
    await expect(clientFor({maxRetries: 0}).getDocument('track.support')).rejects.toMatchObject({statusCode: 500})
  })
})

describe('CORS and misuse', () => {
  it('answers preflights and echoes the origin', async () => {
    const response = await fetch(`${server.url}/v2025-02-19/data/query/production?query=1`, {
      method: 'OPTIONS',
      headers: {Origin: 'http://localhost:5173', 'Access-Control-Request-Headers': 'authorization'},
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173')
    expect(response.headers.get('access-control-allow-credentials')).toBe('true')
    expect(response.headers.get('access-control-allow-headers')).toBe('authorization')
  })

  it('names the bad document when handed invalid data', () => {
    let error: unknown
    try {
      server.setDocuments([{_id: 'a'}, {_id: 'a'}])
    } catch (e) {
      error = e
    }
    expect(isTestServerError(error) && error.code).toBe('DUPLICATE_ID')
    expect((error as Error).message).toBe('Two documents share the _id "a" (at documents[1]._id)')
    expect(() => server.setDocuments([{title: 'no id'}])).toThrow('A document needs a non-empty string _id (at documents[0]._id)')
    expect(() => server.failNext({times: 1})).toThrow(/at least one of status, delayMs or destroySocket/)
  })

  it('answers unknown routes and datasets with 404s', async () => {
    const strict = await startTestServer({dataset: 'production'})
    try {
      await expect(clientFor({apiHost: strict.url, dataset: 'staging'}).fetch('1')).rejects.toMatchObject({statusCode: 404})
      expect((await fetch(`${strict.url}/nothing`)).status).toBe(404)
    } finally {
      await strict.close()
    }
  })
})
