import {startTestServer, type TestServer} from '@careerpath/test-server'
import {afterAll, beforeAll, beforeEach, describe, expect, test} from 'vitest'
import {byId, fixtureDocuments, rejection} from '../../test/fixtures'
import {createCareerPathClient, type CareerPathClient} from '../client/createClient'
import type {SanitySourceOptions} from '../client/options'
import {isTransportError} from '../core'

/** The real @sanity/client against a local Content-Lake-like server that injects faults. */
let server: TestServer
beforeAll(async () => {
  const docs = fixtureDocuments()
  docs.push({...byId(docs, 'role-tech'), _id: 'drafts.role-tech', title: [{_key: 'en', _type: 'internationalizedArrayStringValue', language: 'en', value: 'Technician (draft)'}]})
  server = await startTestServer({documents: docs, requireToken: 'sk-test-token'})
})
afterAll(() => server.close())
beforeEach(() => {
  server.clearFaults()
  server.clearRequests()
})

const client = (options: Partial<SanitySourceOptions> = {}): CareerPathClient =>
  createCareerPathClient({projectId: 'test', dataset: 'production', apiHost: server.url, useProjectHostname: false, retry: {baseDelayMs: 10}, ...options})
const queryRequests = () => server.requests.filter((r) => r.path.includes('/data/query/'))

const transportError = (promise: Promise<unknown>) => rejection(promise, isTransportError)

describe('retries of idempotent reads', () => {
  test('a 503 then success: retried, result returned', async () => {
    server.failNext({status: 503})
    expect((await client().listSkills()).map((s) => s.slug)).toEqual(['leadership', 'troubleshooting'])
    expect(queryRequests()).toHaveLength(2)
  })

  test('429 with Retry-After waits at least that long', async () => {
    server.failNext({status: 429, retryAfter: 1})
    const started = Date.now()
    await client().listSkills()
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
    expect(queryRequests()).toHaveLength(2)
  })

  test('gives up after maxAttempts with status, attempts and cause', async () => {
    server.failNext({status: 502, times: 5})
    const error = await transportError(client({retry: {maxAttempts: 3, baseDelayMs: 5}}).listSkills())
    expect(error).toMatchObject({status: 502, retryable: true, attempts: 3})
    expect(error.cause).toBeInstanceOf(Error)
    expect(queryRequests()).toHaveLength(3)
  })

  test('a Retry-After longer than the longest allowed wait ends the retries at once', async () => {
    server.failNext({status: 429, retryAfter: 120, times: 3})
    const error = await transportError(client().listSkills())
    expect(error).toMatchObject({status: 429, attempts: 1, retryAfterMs: 120_000})
  })

  test('client errors are not retried', async () => {
    server.failNext({status: 400})
    expect(await transportError(client().listSkills())).toMatchObject({status: 400, retryable: false, attempts: 1})
    expect(queryRequests()).toHaveLength(1)
  })

  test('retry: false makes a single attempt', async () => {
    server.failNext({status: 500})
    expect(await transportError(client({retry: false}).listSkills())).toMatchObject({status: 500, attempts: 1})
  })

  test('a dropped connection is a retryable network error', async () => {
    server.failNext({destroySocket: true})
    expect(await client().listSkills()).toHaveLength(2)
    server.failNext({destroySocket: true, times: 2})
    expect(await transportError(client({retry: {maxAttempts: 2, baseDelayMs: 5}}).listSkills())).toMatchObject({status: null, retryable: true, attempts: 2})
  })
})

describe('timeouts', () => {
  test('an attempt that takes longer than `timeout` is abandoned and retried', async () => {
    server.failNext({delayMs: 1500})
    expect(await client({timeout: 300}).listSkills()).toHaveLength(2)
    expect(queryRequests()).toHaveLength(2)
  })

  test('when every attempt times out the error says so', async () => {
    server.failNext({delayMs: 1500, times: 2})
    const error = await transportError(client({timeout: 200, retry: {maxAttempts: 2, baseDelayMs: 5}}).listSkills())
    expect(error).toMatchObject({status: null, attempts: 2})
    expect(error.message).toContain('No answer within 200 ms')
  })
})

describe('perspectives and tokens', () => {
  test('published by default, without a token', async () => {
    expect((await client().getRole('technician')).title).toBe('Technician')
    expect(queryRequests()[0]!.authorization).toBeUndefined()
    expect(queryRequests()[0]!.query.perspective).toBe('published')
  })

  test('drafts with a token see the draft', async () => {
    const drafts = client({perspective: 'drafts', token: 'sk-test-token'})
    expect((await drafts.getRole('technician')).title).toBe('Technician (draft)')
    expect(queryRequests()[0]!.authorization).toBe('Bearer sk-test-token')
  })

  test('a wrong token is a non-retryable 401', async () => {
    expect(await transportError(client({token: 'wrong'}).listSkills())).toMatchObject({status: 401, retryable: false})
  })
})
