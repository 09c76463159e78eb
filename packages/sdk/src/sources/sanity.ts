import {createClient, type ClientPerspective} from '@sanity/client'
import {classifyFailure, transportError} from '../transport/mapError'
import {backoffDelay, sleep, type ResolvedRetry} from '../transport/retry'
import {describePerspective, type Perspective} from './perspective'
import type {QuerySource, SourceDescription} from './types'

export interface SanitySourceOptions {
  projectId: string
  dataset: string
  apiVersion: string
  useCdn: boolean
  perspective: Perspective
  token: string | undefined
  /** Per attempt, in milliseconds. */
  timeoutMs: number
  retry: ResolvedRetry
  apiHost: string | undefined
  useProjectHostname: boolean | undefined
}

/**
 * The Content Lake through the real @sanity/client. The client's own retries
 * are off: this layer retries (it honours Retry-After and counts attempts) and
 * bounds every attempt with its own deadline.
 */
export function createSanitySource(options: SanitySourceOptions): QuerySource {
  const client = createClient({
    projectId: options.projectId,
    dataset: options.dataset,
    apiVersion: options.apiVersion,
    useCdn: options.useCdn,
    perspective: options.perspective as ClientPerspective,
    token: options.token,
    timeout: options.timeoutMs,
    maxRetries: 0,
    // The SDK decides about tokens in browsers itself (see ConfigurationError).
    ignoreBrowserTokenWarning: true,
    ...(options.apiHost ? {apiHost: options.apiHost} : {}),
    ...(options.useProjectHostname === undefined ? {} : {useProjectHostname: options.useProjectHostname}),
  })
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
    async fetch(query, params) {
      for (let attempt = 1; ; attempt++) {
        const controller = new AbortController()
        let timedOut = false
        const timer = setTimeout(() => {
          timedOut = true
          controller.abort()
        }, timeoutMs)
        try {
          return await client.fetch(query, params, {signal: controller.signal})
        } catch (error) {
          const failure = classifyFailure(error, timedOut, timeoutMs)
          const lastTry = attempt >= retry.maxAttempts
          const waitTooLong = failure.retryAfterMs !== null && failure.retryAfterMs > retry.maxDelayMs
          if (!failure.retryable || lastTry || waitTooLong) throw transportError(failure, attempt, error, 'Sanity query')
          await sleep(backoffDelay(attempt, retry, failure.retryAfterMs))
        } finally {
          clearTimeout(timer)
        }
      }
    },
    describe: () => description,
  }
}
