import {describe, expect, test} from 'vitest'
import {backoffDelay, parseRetryAfter} from './backoff'
import {DEFAULT_RETRY} from './retry'
import {classifyFailure, isRetryableStatus} from './mapError'

describe('backoff', () => {
  test('grows exponentially within the jitter window and is capped', () => {
    const policy = {maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1000}
    expect(backoffDelay(1, policy, null, () => 1)).toBe(100)
    expect(backoffDelay(3, policy, null, () => 1)).toBe(400)
    expect(backoffDelay(8, policy, null, () => 1)).toBe(1000)
    expect(backoffDelay(3, policy, null, () => 0)).toBe(0)
    expect(backoffDelay(3, policy, null, () => 0.5)).toBe(200)
  })

  test('never waits less than Retry-After asks', () => {
    expect(backoffDelay(1, DEFAULT_RETRY, 2000, () => 0)).toBe(2000)
  })

  test('Retry-After in seconds or as an HTTP date', () => {
    expect(parseRetryAfter('3')).toBe(3000)
    expect(parseRetryAfter('0.5')).toBe(500)
    const now = Date.parse('2025-01-01T00:00:00Z')
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:10 GMT', now)).toBe(10_000)
    expect(parseRetryAfter('soon')).toBeNull()
    expect(parseRetryAfter(undefined)).toBeNull()
  })
})

describe('failure classification', () => {
  test('rate limits and server errors are retryable, client errors are not', () => {
    expect([408, 429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true)
    expect([400, 401, 403, 404, 501].some(isRetryableStatus)).toBe(false)
  })

  test('reads status and Retry-After from an @sanity/client error', () => {
    const failure = classifyFailure({statusCode: 429, response: {headers: {'retry-after': '2'}}, message: 'Too many'}, false, 1000)
    expect(failure).toEqual({status: 429, retryable: true, retryAfterMs: 2000, message: 'HTTP 429: Too many', traceId: null})
  })

  test('no status means a network failure or a timeout, both retryable', () => {
    expect(classifyFailure(Object.assign(new Error('socket hang up'), {code: 'ECONNRESET'}), false, 1000)).toMatchObject({status: null, retryable: true})
    expect(classifyFailure(new Error('aborted'), true, 1500).message).toBe('No answer within 1500 ms')
  })
})
