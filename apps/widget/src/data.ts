import {CURRICULUM_PARAMS, CURRICULUM_QUERY, documentsFromSnapshot} from './sdk'

/** Where the widget's data comes from. */
export type SourceSpec =
  | {kind: 'snapshot'; url: string; /** Already at hand (a server render embedded it): nothing is fetched. */ data?: unknown}
  | {kind: 'sanity'; projectId: string; dataset: string; apiVersion: string; apiHost?: string | undefined; /** From the last answer, for live content. */ syncTags?: string[]}
  | {kind: 'seed'; url: string; /** `() => import('@careerpath/widget/seed')`: the bundler's own chunk, no URL to resolve. */ load?: (() => Promise<unknown>) | undefined}

export const DEFAULT_API_VERSION = '2025-02-19'

/**
 * A data source that could not be used, with a sentence for the site's
 * developers (in `careerpath:error` and `el.data`; visitors see a friendly card).
 */
export class WidgetLoadError extends Error {
  override readonly name = 'WidgetLoadError'
  constructor(
    readonly source: SourceSpec,
    message: string,
    readonly status?: number,
  ) {
    super(message)
  }
}

export const isWidgetLoadError = (e: unknown): e is WidgetLoadError => e instanceof WidgetLoadError

export const describeSource = (s: SourceSpec): string =>
  s.kind === 'sanity' ? `Sanity project "${s.projectId}" (dataset "${s.dataset}")` : s.kind === 'snapshot' ? (s.data ? 'the snapshot the server render embedded' : `the snapshot at ${s.url}`) : 'the built-in sample curriculum'

/** The URL of a public, published-only GROQ query. No token is ever sent. */
export function sanityQueryUrl(s: Extract<SourceSpec, {kind: 'sanity'}>): string {
  if (!/^[a-z0-9-]+$/i.test(s.projectId)) throw new WidgetLoadError(s, `"${s.projectId}" is not a valid Sanity project id`)
  if (!/^[a-z0-9_-]+$/i.test(s.dataset)) throw new WidgetLoadError(s, `"${s.dataset}" is not a valid dataset name`)
  // A dated version (v2025-02-19), or v1 / vX as Sanity names them.
  if (!/^v?(\d{4}-\d\d-\d\d|1|X)$/.test(s.apiVersion)) throw new WidgetLoadError(s, `"${s.apiVersion}" is not a valid API version`)
  const host = (s.apiHost || `https://${s.projectId}.apicdn.sanity.io`).replace(/\/+$/, '')
  // GROQ parameters travel as `$name=<JSON>` in the query string.
  const params = Object.entries(CURRICULUM_PARAMS).map(([k, v]) => `&${encodeURIComponent(`$${k}`)}=${encodeURIComponent(JSON.stringify(v))}`)
  return `${host}/v${s.apiVersion.replace(/^v/, '')}/data/query/${s.dataset}?query=${encodeURIComponent(CURRICULUM_QUERY)}${params.join('')}&perspective=published`
}

/** Fetches a source's raw documents; every failure becomes a WidgetLoadError. */
export async function loadDocuments(source: SourceSpec, signal?: AbortSignal): Promise<unknown[]> {
  const what = describeSource(source)
  const fail = (message: string, status?: number) => new WidgetLoadError(source, message, status)
  if (source.kind === 'snapshot' && source.data) return documentsFromSnapshot(source.data)
  if (source.kind === 'seed' && source.load) return documentsFromSnapshot(((await source.load()) as {default?: unknown}).default)
  let response: Response
  try {
    // A snapshot behind the company's login works on its own origin (cookies go to the same origin only); a Sanity project never gets any.
    response = await fetch(source.kind === 'sanity' ? sanityQueryUrl(source) : source.url, {signal, credentials: source.kind === 'sanity' ? 'omit' : 'same-origin', headers: {accept: 'application/json'}})
  } catch (error) {
    if (signal?.aborted || isWidgetLoadError(error)) throw error
    throw fail(`Could not reach ${what} (network error or blocked by CORS).`)
  }
  if (!response.ok) throw fail(`${what} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`, response.status)
  let json: any
  try {
    json = await response.json()
  } catch {
    throw fail(`${what} did not return valid JSON.`)
  }
  try {
    if (source.kind !== 'sanity') return documentsFromSnapshot(json)
    if (!Array.isArray(json?.result)) throw new TypeError('the answer has no "result" list')
    source.syncTags = json.syncTags
    return json.result
  } catch (error) {
    throw fail(`${what}: ${(error as Error).message}.`)
  }
}
