import {CorsOriginError, createClient, type ClientPerspective} from '@sanity/client'
import type {RequestHandler} from '../client/options'
import {isBrowser} from '../client/environment'
import {ConfigurationError, TransportError} from '../core'
import type {ResolvedRetry} from '../transport/retry'
import {describePerspective, type Perspective} from '../core'
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
/**
 * The options whose format @sanity/client checks as it is created, each with
 * the words of its refusal (config.ts of @sanity/client 8): the SDK accepts
 * exactly what the client accepts (calls.test.ts compares them on random input).
 */
const CLIENT_CHECKS = [
  ['projectId', /projectId/],
  ['dataset', /^Datasets? /],
  ['apiVersion', /API version/],
  ['requestTagPrefix', /^Tag /],
] as const

/** @sanity/client's refusal of an option as a ConfigurationError naming it and the value given. */
function refused(error: unknown, options: SanitySourceOptions): never {
  const message = error instanceof Error ? error.message : String(error)
  const option = CLIENT_CHECKS.find(([, words]) => words.test(message))?.[0]
  if (!option) throw new ConfigurationError('options', `@sanity/client refused the options: ${message}`)
  throw new ConfigurationError(option, `"${option}" is refused by @sanity/client: ${message}; got ${JSON.stringify(options[option])}`)
}

/** The real client, its own retries off (see createSanitySource). */
const clientFor = (options: SanitySourceOptions) =>
  createClient({
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

export function createSanitySource(options: SanitySourceOptions): QuerySource {
  let client: ReturnType<typeof createClient>
  try {
    client = clientFor(options)
  } catch (error) {
    refused(error, options)
  }
  const description: SourceDescription = {
    kind: 'sanity',
    projectId: options.projectId,
    dataset: options.dataset,
    perspective: describePerspective(options.perspective),
  }
  const {retry, timeoutMs} = options

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
          // Error mapping, the CORS probe and back-off load with the first failure: a read that succeeds never needs them.
          const failures = await import('./sanityFailure').catch((loadError: unknown) => {
            // Offline, the handling cannot load either: the read failed without an answer, which is all there is to say.
            throw new TransportError(`No answer from Sanity (attempt ${attempt}: ${String(loadError)})`, {status: null, retryable: true, attempts: attempt, cause: error})
          })
          await failures.afterFailure({client, corsError: () => new CorsOriginError({projectId: options.projectId}), error, attempt, timedOut, timeoutMs, retry, signal: call.signal, browser: isBrowser()})
        } finally {
          clearTimeout(timer)
          call.signal?.removeEventListener('abort', forward)
        }
      }
    },
    describe: () => description,
  }
}
