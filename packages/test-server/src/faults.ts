import {TestServerError} from './errors'

/**
 * A failure to inject into the next matching request(s). Fields combine:
 * `{delayMs: 2000}` answers normally but late (for client timeouts);
 * `{delayMs: 500, status: 503}` answers late with an error;
 * `{destroySocket: true}` drops the connection without an answer.
 */
export interface Fault {
  /** HTTP status to answer with instead of the real response. */
  status?: number
  /** Response body for `status`; defaults to the Content Lake's `{error, message, statusCode}` shape. */
  body?: unknown
  /** Seconds, sent as the `Retry-After` header (for 429/503). */
  retryAfter?: number
  /** Wait this long before answering (or before dropping the socket). */
  delayMs?: number
  /** Close the TCP connection instead of answering. */
  destroySocket?: boolean
  /** How many matching requests this fault applies to (default 1). */
  times?: number
  /** Only requests whose path contains this string (or matches this pattern); default: every API request. */
  path?: string | RegExp
}

interface QueuedFault extends Fault {
  remaining: number
}

/** Faults are taken first-in first-out; a fault that does not match a request stays queued for a later one. */
export class FaultQueue {
  #queue: QueuedFault[] = []

  push(fault: Fault): void {
    const times = fault.times ?? 1
    if (!Number.isInteger(times) || times < 1) throw new TestServerError('INVALID_FAULT', `times must be a positive integer, got ${String(fault.times)}`, 'fault.times')
    if (fault.status !== undefined && (!Number.isInteger(fault.status) || fault.status < 100 || fault.status > 599)) {
      throw new TestServerError('INVALID_FAULT', `status must be an HTTP status code, got ${String(fault.status)}`, 'fault.status')
    }
    if (fault.delayMs !== undefined && !(fault.delayMs >= 0)) throw new TestServerError('INVALID_FAULT', 'delayMs must be zero or more', 'fault.delayMs')
    if (fault.status === undefined && fault.delayMs === undefined && !fault.destroySocket) {
      throw new TestServerError('INVALID_FAULT', 'A fault needs at least one of status, delayMs or destroySocket', 'fault')
    }
    this.#queue.push({...fault, remaining: times})
  }

  /** Takes one use of the first fault matching `path`, if any. */
  take(path: string): Fault | undefined {
    const index = this.#queue.findIndex((f) => matches(f.path, path))
    if (index < 0) return undefined
    const fault = this.#queue[index]!
    fault.remaining -= 1
    if (fault.remaining === 0) this.#queue.splice(index, 1)
    return fault
  }

  get pending(): number {
    return this.#queue.reduce((sum, f) => sum + f.remaining, 0)
  }

  clear(): void {
    this.#queue = []
  }
}

function matches(pattern: string | RegExp | undefined, path: string): boolean {
  if (pattern === undefined) return true
  return typeof pattern === 'string' ? path.includes(pattern) : pattern.test(path)
}
