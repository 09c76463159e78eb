import {createClient, type ClientConfig} from '@sanity/client'
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest'
import {startTestServer, type TestServer} from './index'

const documents = [
  {_id: 'role.a', _type: 'role', title: 'A'},
  {_id: 'drafts.role.a', _type: 'role', title: 'A (draft)'},
]

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({documents, requireToken: 'sk'})
})
afterAll(() => server.close())
afterEach(() => server.clearRequests())

/** The real client on Sanity's own host names; only the origin is swapped for the test server's. */
const client = (config: Partial<ClientConfig> = {}) =>
  createClient({projectId: 'test', dataset: 'production', apiVersion: '2025-02-19', ...server.sanityHosts, ...config})

describe('API CDN host', () => {
  it('gets published reads when the client uses the CDN, drafts and useCdn: false on the API host', async () => {
    expect(await client({useCdn: true}).fetch('*[_id == "role.a"][0].title')).toBe('A')
    expect(await client({useCdn: true, perspective: 'drafts', token: 'sk'}).fetch('*[_id == "role.a"][0].title')).toBe('A (draft)')
    expect(await client({useCdn: false}).fetch('count(*)')).toBe(1)
    expect(server.requests.map((r) => [r.host, r.query.perspective ?? null])).toEqual([
      ['cdn', null],
      ['api', 'drafts'],
      ['api', null],
    ])
  })

  it('is reached through the client hosts <projectId>.apicdn.sanity.io and <projectId>.api.sanity.io only', async () => {
    await client({useCdn: true}).fetch('1')
    const [request] = server.requests
    expect(request?.host).toBe('cdn')
    expect(request?.path).toBe('/v2025-02-19/data/query/production')
  })

  it('refuses the drafts perspective like apicdn, so a request routed there by hand fails', async () => {
    const response = await fetch(`${server.cdnUrl}/v2025-02-19/data/query/production?query=1&perspective=drafts`, {headers: {Authorization: 'Bearer sk'}})
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({error: {type: 'httpBadRequest'}})
    expect(server.requests[0]).toMatchObject({host: 'cdn', authenticated: true})
  })

  it('serves the doc endpoint on both hosts and faults apply to either', async () => {
    server.failNext({status: 503})
    const error = await client({useCdn: true, maxRetries: 0})
      .fetch('1')
      .catch((e: unknown) => e)
    expect(error).toMatchObject({statusCode: 503})
    expect(await client({useCdn: true}).getDocument('role.a')).toMatchObject({title: 'A'})
    // GET on /data is CDN-eligible for the client, the doc endpoint included.
    expect(server.requests.map((r) => r.host)).toEqual(['cdn', 'cdn'])
  })
})
