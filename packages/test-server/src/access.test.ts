import {createClient, type ClientConfig} from '@sanity/client'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {startTestServer, type TestServer, type TestServerOptions} from './index'

const documents = [
  {_id: 'role.a', _type: 'role', title: 'A'},
  {_id: 'drafts.role.a', _type: 'role', title: 'A (draft)'},
  {_id: 'drafts.role.new', _type: 'role', title: 'New'},
  {_id: 'versions.r1.role.a', _type: 'role', title: 'A (r1)'},
]

const servers: TestServer[] = []
async function serve(options: TestServerOptions) {
  const server = await startTestServer({documents, ...options})
  servers.push(server)
  return server
}
afterAll(() => Promise.all(servers.map((s) => s.close())))

const clientOf = (server: TestServer, config: Partial<ClientConfig> = {}) =>
  createClient({projectId: 'test', dataset: 'production', apiVersion: '2025-02-19', apiHost: server.url, useProjectHostname: false, useCdn: false, ...config})

describe('anonymous requests to a public dataset (requireToken set)', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await serve({requireToken: 'sk'})
  })

  it('answer every perspective with the published documents and their own ids', async () => {
    for (const perspective of ['published', 'drafts', 'raw', ['r1', 'drafts']] as const) {
      const rows = await clientOf(server, {perspective: perspective as 'raw'}).fetch('*{_id, title}')
      expect(rows, JSON.stringify(perspective)).toEqual([{_id: 'role.a', title: 'A'}])
    }
  })

  it('see drafts and releases once the token is sent', async () => {
    const titles = async (perspective: 'drafts' | string[]) => clientOf(server, {perspective, token: 'sk'}).fetch<string[]>('*.title | order(@ asc)')
    expect(await titles('drafts')).toEqual(['A (draft)', 'New'])
    expect(await titles(['r1', 'drafts'])).toEqual(['A (r1)', 'New'])
  })

  it('are told apart in the request log', async () => {
    server.clearRequests()
    await clientOf(server, {perspective: 'drafts'}).fetch('1')
    await clientOf(server, {perspective: 'drafts', token: 'sk'}).fetch('1')
    expect(server.requests.map((r) => r.authenticated)).toEqual([false, true])
  })
})

describe('the Lake’s path rule (hideIdPaths: true)', () => {
  it('hides every dotted id from anonymous readers, on both endpoints, and shows it with the token', async () => {
    const server = await serve({requireToken: 'sk', hideIdPaths: true})
    server.setDocuments([...documents, {_id: 'plain', _type: 'role', title: 'Plain'}])
    expect(await clientOf(server).fetch('*._id')).toEqual(['plain'])
    expect(await clientOf(server, {perspective: 'drafts'}).fetch('*._id')).toEqual(['plain'])
    const response = await clientOf(server).request<{omitted: unknown[]}>({url: '/data/doc/production/role.a,plain'})
    expect(response.omitted).toEqual([{id: 'role.a', reason: 'permission'}])
    expect(await clientOf(server, {token: 'sk'}).fetch('count(*)')).toBe(2)
  })
})

describe('a private dataset (private: true)', () => {
  it('answers 401 to every data request without the token, whatever the perspective', async () => {
    const server = await serve({requireToken: 'sk', private: true})
    for (const perspective of ['published', 'drafts'] as const) {
      await expect(clientOf(server, {perspective}).fetch('count(*)')).rejects.toMatchObject({statusCode: 401, message: /private/})
    }
    await expect(clientOf(server).getDocument('role.a')).rejects.toMatchObject({statusCode: 401})
    await expect(clientOf(server, {token: 'wrong'}).fetch('count(*)')).rejects.toMatchObject({statusCode: 401, message: /Session not found/})
    expect(await clientOf(server, {token: 'sk'}).fetch('count(*)')).toBe(1)
    expect(await clientOf(server, {token: 'sk', perspective: 'drafts'}).fetch('count(*)')).toBe(2)
  })

  it('takes any bearer token when requireToken is not set, and none is still 401', async () => {
    const server = await serve({private: true})
    await expect(clientOf(server).fetch('count(*)')).rejects.toMatchObject({statusCode: 401})
    expect(await clientOf(server, {token: 'anything'}).fetch('count(*)')).toBe(1)
  })
})

describe('without requireToken or private', () => {
  it('counts every request as authenticated, as before', async () => {
    const server = await serve({})
    expect(await clientOf(server, {perspective: 'drafts'}).fetch('count(*)')).toBe(2)
    expect(await clientOf(server, {perspective: 'drafts', token: 'whatever'}).fetch('count(*)')).toBe(2)
  })
})
