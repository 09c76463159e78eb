/**
 * Retry policy for idempotent reads: exponential backoff with full jitter,
 * the server's Retry-After when it sends one, and a hard cap on attempts so
 * nothing retries forever.
 */
export interface RetryOptions {
  /** Total tries including the first (default 3; 1 disables retrying). */
  maxAttempts?: number
  /** Backoff base: the n-th retry waits up to `baseDelayMs * 2^(n-1)` (default 250). */
  baseDelayMs?: number
  /** No single wait is longer than this; a Retry-After beyond it ends the retries (default 10 000). */
  maxDelayMs?: number
}

export interface ResolvedRetry {
  maxAttempts: number
  baseDelayMs: number
  maxDelayMs: number
}

export const DEFAULT_RETRY: ResolvedRetry = {maxAttempts: 3, baseDelayMs: 250, maxDelayMs: 10_000}
