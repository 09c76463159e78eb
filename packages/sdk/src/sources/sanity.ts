import {CorsOriginError, createClient, type ClientPerspective} from '@sanity/client'
import type {RequestHandler} from '../client/options'
import {isBrowser} from '../client/environment'
import {classifyFailure, transportError} from '../transport/mapError'
import {backoffDelay, sleep, type ResolvedRetry} from '../transport/retry'
import {describePerspective, type Perspective} from './perspective'
import type {FetchOptions, QuerySource, SourceDescription} from './types'

export interface SanitySourceOptions {
  projectId: string
  dataset: string
  apiVersion: string
  /** As given; undefined means "true for published, false otherwise". */
  useCdn: boolean | undefined
  perspective: Perspective
  token: string | undefined
  /** Per attempt, in milliseconds. */
  timeoutMs: number
  retry: ResolvedRetry
  apiHost: string | undefined
  useProjectHostname: boolean | undefined
  requestTagPrefix: string | undefined
  requestHandler: RequestHandler | undefined
}

/** The CDN serves published content only; every other perspective reads the API unless the caller insists. */
export const cdnFor = (perspective: Perspective, useCdn: boolean | undefined): boolean => useCdn ?? perspective === 'published'

/**
 * The Content Lake through the real @sanity/client. The client's own retries
 * are off: this layer retries (it honours Retry-After and counts attempts),
 * bounds every attempt with its own deadline, and stops at once when the
 * caller's signal aborts, also while waiting for a retry.
 */
export function createSanitySource(options: SanitySourceOptions): QuerySource {
  const client = createClient({
    projectId: options.projectId,
    dataset: options.dataset,
    apiVersion: options.apiVersion,
    useCdn: cdnFor(options.perspective, options.useCdn),
    perspective: options.perspective as ClientPerspective,
    token: options.token,
    timeout: options.timeoutMs,
    maxRetries: 0,
    // The SDK decides about tokens in browsers itself (see ConfigurationError).
    ignoreBrowserTokenWarning: true,
    ...(options.apiHost ? {apiHost: options.apiHost} : {}),
    ...(options.useProjectHostname === undefined ? {} : {useProjectHostname: options.useProjectHostname}),
    ...(options.requestTagPrefix ? {requestTagPrefix: options.requestTagPrefix} : {}),
    ...(options.requestHandler ? {requestHandler: options.requestHandler} : {}),
  })
  const description: SourceDescription = {
    kind: 'sanity',
    projectId: options.projectId,
    dataset: options.dataset,
    perspective: describePerspective(options.perspective),
  }
  const {retry, timeoutMs} = options

  /** After a network error in a browser: was it CORS? The probe `@sanity/client` itself uses for live connections. */
  async function refusedByCors(signal: AbortSignal | undefined): Promise<boolean> {
    if (!isBrowser()) return false
    try {
      const answer = (await client.request({url: '/check/cors', withCredentials: false, signal, tag: 'cors'})) as {result?: {allowed?: unknown}} | null
      return answer?.result?.allowed === false
    } catch {
      return false // the probe failed too: no answer either way, so a network error it stays
    }
  }

  return {
    kind: 'sanity',
    perspective: options.perspective,
    async fetch(query, params, call: FetchOptions = {}) {
      const perspective = call.perspective ?? options.perspective
      const request = {
        perspective: perspective as ClientPerspective,
        useCdn: cdnFor(perspective, call.useCdn ?? options.useCdn),
        ...(call.tag ? {tag: call.tag} : {}),
      }
      for (let attempt = 1; ; attempt++) {
        call.signal?.throwIfAborted()
        const controller = new AbortController()
        let timedOut = false
        const timer = setTimeout(() => {
          timedOut = true
          controller.abort()
        }, timeoutMs)
        const forward = () => controller.abort(call.signal?.reason)
        call.signal?.addEventListener('abort', forward, {once: true})
        try {
          return await client.fetch(query, params, {...request, signal: controller.signal})
        } catch (error) {
          call.signal?.throwIfAborted() // the caller gave up: not a failure to retry or report
          const failure = classifyFailure(error, timedOut, timeoutMs)
          if (failure.status === null && !timedOut && (await refusedByCors(call.signal))) {
            const origin = (globalThis as {location?: {origin?: string}}).location?.origin ?? 'this page'
            throw transportError(
              {...failure, retryable: false, message: `The origin ${origin} is not allowed by the project's CORS settings: add it with \`sanity cors add ${origin}\` (or in the project's API settings).`},
              attempt,
              new CorsOriginError({projectId: options.projectId}),
              'Sanity query',
              {cors: true},
            )
          }
          const lastTry = attempt >= retry.maxAttempts
          const waitTooLong = failure.retryAfterMs !== null && failure.retryAfterMs > retry.maxDelayMs
          if (!failure.retryable || lastTry || waitTooLong) throw transportError(failure, attempt, error, 'Sanity query')
          await sleep(backoffDelay(attempt, retry, failure.retryAfterMs), call.signal)
        } finally {
          clearTimeout(timer)
          call.signal?.removeEventListener('abort', forward)
        }
      }
    },
    describe: () => description,
  }
}
