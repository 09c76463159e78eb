import {TransportError} from '../core'
import {parseRetryAfter} from './backoff'

/** HTTP statuses worth another try: request timeout, rate limit, and server-side failures (not 501). */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status !== 501)
}

interface HttpLikeError {
  statusCode?: unknown
  traceId?: unknown
  response?: {headers?: Record<string, unknown>; statusCode?: unknown}
  responseBody?: unknown
  details?: {description?: unknown}
  code?: unknown
  name?: unknown
  message?: unknown
}

export interface ClassifiedFailure {
  status: number | null
  retryable: boolean
  retryAfterMs: number | null
  message: string
  /** From the answer's `traceparent` (@sanity/client reads it into `error.traceId`). */
  traceId: string | null
}

/** Reads what a failure from @sanity/client (HTTP error, network error, abort) says. */
export function classifyFailure(error: unknown, timedOut: boolean, timeoutMs: number): ClassifiedFailure {
  const e = (typeof error === 'object' && error !== null ? error : {}) as HttpLikeError
  if (timedOut) return {status: null, retryable: true, retryAfterMs: null, message: `No answer within ${timeoutMs} ms`, traceId: null}
  const traceId = typeof e.traceId === 'string' && e.traceId ? e.traceId : null
  const status = typeof e.statusCode === 'number' ? e.statusCode : typeof e.response?.statusCode === 'number' ? e.response.statusCode : null
  if (status !== null) {
    const header = e.response?.headers?.['retry-after']
    const description = typeof e.details?.description === 'string' ? e.details.description : typeof e.message === 'string' ? e.message : ''
    return {status, retryable: isRetryableStatus(status), retryAfterMs: parseRetryAfter(header), message: `HTTP ${status}: ${description}`, traceId}
  }
  // No HTTP status: the request never got an answer (refused, reset, DNS…), which is worth retrying.
  const code = typeof e.code === 'string' ? ` (${e.code})` : ''
  const message = typeof e.message === 'string' && e.message ? e.message : String(error)
  return {status: null, retryable: true, retryAfterMs: null, message: `Network error${code}: ${message}`, traceId: null}
}

export function transportError(failure: ClassifiedFailure, attempts: number, cause: unknown, what: string, extra: {cors?: boolean} = {}): TransportError {
  const tries = attempts === 1 ? '1 attempt' : `${attempts} attempts`
  return new TransportError(`${what} failed after ${tries}. ${failure.message}`, {
    status: failure.status,
    retryable: failure.retryable,
    attempts,
    retryAfterMs: failure.retryAfterMs,
    traceId: failure.traceId,
    cors: extra.cors ?? false,
    cause,
  })
}
