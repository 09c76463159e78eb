import type {ResolvedRetry} from './retry'

// The waits between attempts. Apart from the policy (./retry.ts), so the first load (options) never carries them: they load with a failure (sources/sanityFailure.ts).

/**
 * How long to wait before retry number `retry` (1-based): a random point in
 * the exponential window, but never less than the server asked for.
 */
export function backoffDelay(retry: number, policy: ResolvedRetry, retryAfterMs: number | null, random: () => number = Math.random): number {
  const window = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1))
  const jittered = Math.round(window * random())
  return retryAfterMs === null ? jittered : Math.max(retryAfterMs, jittered)
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: unknown, now = Date.now()): number | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null
  const text = String(value).trim()
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000)
  const date = Date.parse(text)
  return Number.isNaN(date) ? null : Math.max(0, date - now)
}

/** Waits `ms`; rejects with the signal's reason as soon as it aborts (a retry back-off never outlives its caller). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const done = () => {
      clearTimeout(timer)
      reject(signal!.reason)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', done)
      resolve()
    }, ms)
    signal?.addEventListener('abort', done, {once: true})
  })
}
