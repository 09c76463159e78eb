import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {isTestServerError, startTestServer, type TestServer} from './index'

const QUERY = '/v2025-02-19/data/query/production?query=1'
let server: TestServer
beforeAll(async () => {
  server = await startTestServer({
    allowedOrigins: ['https://app.example', {origin: 'http://localhost:*', allowCredentials: true}, 'https://*.preview.example'],
  })
})
afterAll(() => server.close())

const preflight = (origin: string) =>
  fetch(`${server.url}${QUERY}`, {method: 'OPTIONS', headers: {Origin: origin, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization'}})
const get = (origin: string, path = QUERY) => fetch(`${server.url}${path}`, {headers: {Origin: origin}})

describe('allowedOrigins', () => {
  it('answers a listed origin without credentials unless the entry allows them', async () => {
    const response = await get('https://app.example')
    expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example')
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
    const withCredentials = await preflight('http://localhost:5173')
    expect(withCredentials.headers.get('access-control-allow-origin')).toBe('http://localhost:5173')
    expect(withCredentials.headers.get('access-control-allow-credentials')).toBe('true')
  })

  it('matches * wildcards but not look-alike origins', async () => {
    expect((await get('https://pr-12.preview.example')).headers.get('access-control-allow-origin')).toBe('https://pr-12.preview.example')
    for (const origin of ['https://app.example.evil', 'http://app.example', 'https://preview.example.evil']) {
      expect((await get(origin)).headers.get('access-control-allow-origin'), origin).toBeNull()
    }
  })

  it('gives an unlisted origin no CORS headers at all (the browser fails the request) and logs it', async () => {
    server.clearRequests()
    const response = await preflight('https://stranger.example')
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
    expect(response.headers.get('access-control-allow-methods')).toBeNull()
    const request = await get('https://stranger.example')
    expect(request.headers.get('access-control-allow-origin')).toBeNull()
    expect(server.requests.map((r) => r.cors)).toEqual(['refused', 'refused'])
  })

  it('leaves requests without an Origin (Node, curl) alone', async () => {
    server.clearRequests()
    const response = await fetch(`${server.url}${QUERY}`)
    expect(response.status).toBe(200)
    expect(server.requests[0]?.cors).toBe('none')
  })

  it('answers @sanity/client’s /check/cors probe the way the Lake does, readable from any origin', async () => {
    const probe = async (origin: string) => {
      const response = await get(origin, '/v2025-02-19/check/cors')
      expect(response.headers.get('access-control-allow-origin')).toBe('*')
      return response.json()
    }
    expect(await probe('https://stranger.example')).toEqual({result: {allowed: false, withCredentials: false}})
    expect(await probe('https://app.example')).toEqual({result: {allowed: true, withCredentials: false}})
    expect(await probe('http://localhost:3333')).toEqual({result: {allowed: true, withCredentials: true}})
  })

  it('rejects an entry without scheme and host when the server starts', async () => {
    const error = await startTestServer({allowedOrigins: ['app.example']}).catch((e: unknown) => e)
    expect(isTestServerError(error) && error.code).toBe('INVALID_OPTION')
    expect((error as Error).message).toMatch(/allowedOrigins\[0\]/)
  })
})

describe('without allowedOrigins (the default)', () => {
  it('answers every origin with credentials, as before', async () => {
    const open = await startTestServer()
    try {
      const response = await fetch(`${open.url}${QUERY}`, {headers: {Origin: 'https://anything.example'}})
      expect(response.headers.get('access-control-allow-origin')).toBe('https://anything.example')
      expect(response.headers.get('access-control-allow-credentials')).toBe('true')
    } finally {
      await open.close()
    }
  })
})
