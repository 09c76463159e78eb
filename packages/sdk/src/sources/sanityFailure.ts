import type {SanityClient} from '@sanity/client'
import {classifyFailure, transportError} from '../transport/mapError'
import {backoffDelay, sleep} from '../transport/backoff'
import type {ResolvedRetry} from '../transport/retry'

/** One failed attempt of a Sanity read, as ./sanity.ts saw it. */
export interface FailedAttempt {
  client: SanityClient
  /** @sanity/client's CorsOriginError for the project (passed in: importing the client here would split it into a chunk of its own). */
  corsError: () => Error
  error: unknown
  attempt: number
  timedOut: boolean
  timeoutMs: number
  retry: ResolvedRetry
  signal: AbortSignal | undefined
  /** Whether this runs in a browser (only a browser enforces CORS). */
  browser: boolean
}

/** After a network error in a browser: was it CORS? The probe `@sanity/client` itself uses for live connections. */
async function refusedByCors(client: SanityClient, signal: AbortSignal | undefined): Promise<boolean> {
  try {
    const answer = (await client.request({url: '/check/cors', withCredentials: false, signal, tag: 'cors'})) as {result?: {allowed?: unknown}} | null
    return answer?.result?.allowed === false
  } catch {
    return false // the probe failed too: no answer either way, so a network error it stays
  }
}

/**
 * Throws the TransportError a failed attempt ends in, or waits out the back-off
 * when another attempt is due. Loaded on the first failure only (./sanity.ts):
 * a read that succeeds never downloads error mapping or retry code (test/size).
 */
export async function afterFailure(f: FailedAttempt): Promise<void> {
  const failure = classifyFailure(f.error, f.timedOut, f.timeoutMs)
  if (failure.status === null && !f.timedOut && f.browser && (await refusedByCors(f.client, f.signal))) {
    const origin = (globalThis as {location?: {origin?: string}}).location?.origin ?? 'this page'
    throw transportError(
      {...failure, retryable: false, message: `The origin ${origin} is not allowed by the project's CORS settings: add it with \`sanity cors add ${origin}\` (or in the project's API settings).`},
      f.attempt,
      f.corsError(),
      'Sanity query',
      {cors: true},
    )
  }
  const lastTry = f.attempt >= f.retry.maxAttempts
  const waitTooLong = failure.retryAfterMs !== null && failure.retryAfterMs > f.retry.maxDelayMs
  if (!failure.retryable || lastTry || waitTooLong) throw transportError(failure, f.attempt, f.error, 'Sanity query')
  await sleep(backoffDelay(f.attempt, f.retry, failure.retryAfterMs), f.signal)
}
