import type {IncomingMessage, ServerResponse} from 'node:http'
import {TestServerError} from './errors'

/**
 * One entry of a project's CORS list, as `sanity cors add <origin> [--credentials]`
 * makes it. `*` in the origin matches any run of characters, as in Sanity's
 * manage screen (`http://localhost:*`, `https://*.example.com`).
 */
export type AllowedOrigin = string | {origin: string; allowCredentials?: boolean}

export interface CorsDecision {
  /** No Origin header: not a browser cross-origin request, CORS does not apply. */
  applies: boolean
  allowed: boolean
  withCredentials: boolean
}

interface CompiledOrigin {
  pattern: RegExp
  allowCredentials: boolean
}

export type CorsPolicy = (origin: string | undefined) => CorsDecision

/**
 * Without a list every origin is answered, with credentials (what the test
 * server always did; browser suites on random localhost ports rely on it).
 * With a list, only listed origins get CORS headers.
 */
export function corsPolicy(allowedOrigins: readonly AllowedOrigin[] | undefined): CorsPolicy {
  if (allowedOrigins === undefined) return (origin) => ({applies: origin !== undefined, allowed: true, withCredentials: true})
  const compiled = allowedOrigins.map((entry, index): CompiledOrigin => {
    const {origin, allowCredentials = false} = typeof entry === 'string' ? {origin: entry} : entry
    if (typeof origin !== 'string' || !/^(\*|[a-z][a-z0-9+.-]*:\/\/.+)$/i.test(origin)) {
      throw new TestServerError('INVALID_OPTION', `An allowed origin needs a scheme and host, got ${JSON.stringify(origin)}`, `allowedOrigins[${index}]`)
    }
    const source = origin.replace(/\/+$/, '').split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')
    return {pattern: new RegExp(`^${source}$`, 'i'), allowCredentials}
  })
  return (origin) => {
    if (origin === undefined) return {applies: false, allowed: true, withCredentials: false}
    const matches = compiled.filter((c) => c.pattern.test(origin))
    return {applies: true, allowed: matches.length > 0, withCredentials: matches.some((c) => c.allowCredentials)}
  }
}

/**
 * CORS headers for an allowed origin; none at all for a refused one, so the
 * browser fails the request (a network error to fetch) as it does against the Lake.
 */
export function setCorsHeaders(req: IncomingMessage, res: ServerResponse, decision: CorsDecision): void {
  const origin = req.headers.origin
  if (decision.applies && !decision.allowed) return
  res.setHeader('Access-Control-Allow-Origin', origin ?? '*')
  if (origin) {
    if (decision.withCredentials) res.setHeader('Access-Control-Allow-Credentials', 'true')
    res.setHeader('Vary', 'Origin')
  }
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS')
  res.setHeader('Access-Control-Allow-Headers', req.headers['access-control-request-headers'] ?? 'authorization, content-type')
  res.setHeader('Access-Control-Expose-Headers', 'retry-after, x-sanity-warning, traceparent')
  res.setHeader('Access-Control-Max-Age', '600')
}
