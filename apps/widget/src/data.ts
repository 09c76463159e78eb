import {CURRICULUM_PARAMS, CURRICULUM_QUERY, documentsFromSnapshot} from './sdk'

/** Where the widget's data comes from. */
export type SourceSpec =
  | {kind: 'snapshot'; url: string}
  | {kind: 'sanity'; projectId: string; dataset: string; apiVersion: string; apiHost?: string | undefined}
  | {kind: 'seed'; url: string}

export const DEFAULT_API_VERSION = '2025-02-19'

/** A data source that could not be used, with a sentence a visitor can read. */
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

export function describeSource(s: SourceSpec): string {
  if (s.kind === 'sanity') return `Sanity project "${s.projectId}" (dataset "${s.dataset}")`
  if (s.kind === 'snapshot') return `the snapshot at ${s.url}`
  return 'the built-in sample curriculum'
}

/** The URL of a public, published-only GROQ query. No token is ever sent. */
export function sanityQueryUrl(s: Extract<SourceSpec, {kind: 'sanity'}>): string {
  if (!/^[a-z0-9-]+$/i.test(s.projectId)) throw new WidgetLoadError(s, `"${s.projectId}" is not a valid Sanity project id`)
  if (!/^[a-z0-9_-]+$/i.test(s.dataset)) throw new WidgetLoadError(s, `"${s.dataset}" is not a valid dataset name`)
  const version = s.apiVersion.replace(/^v/, '')
  const host = (s.apiHost || `https://${s.projectId}.apicdn.sanity.io`).replace(/\/+$/, '')
  // GROQ parameters travel as `$name=<JSON>` in the query string.
  const params = Object.entries(CURRICULUM_PARAMS).map(([k, v]) => `&${encodeURIComponent(`$${k}`)}=${encodeURIComponent(JSON.stringify(v))}`)
  return `${host}/v${version}/data/query/${s.dataset}?query=${encodeURIComponent(CURRICULUM_QUERY)}${params.join('')}&perspective=published`
}

/** Fetches a source's raw documents; every failure becomes a WidgetLoadError. */
export async function loadDocuments(source: SourceSpec, signal?: AbortSignal): Promise<unknown[]> {
  const url = source.kind === 'sanity' ? sanityQueryUrl(source) : source.url
  let response: Response
  try {
    response = await fetch(url, {signal, credentials: 'omit', headers: {accept: 'application/json'}})
  } catch (error) {
    if (signal?.aborted) throw error
    throw new WidgetLoadError(source, `Could not reach ${describeSource(source)} (network error or blocked by CORS).`)
  }
  if (!response.ok) {
    throw new WidgetLoadError(source, `${describeSource(source)} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`, response.status)
  }
  let json: unknown
  try {
    json = await response.json()
  } catch {
    throw new WidgetLoadError(source, `${describeSource(source)} did not return valid JSON.`)
  }
  try {
    if (source.kind === 'sanity') {
      const result = (json as {result?: unknown} | null)?.result
      if (!Array.isArray(result)) throw new TypeError('the answer has no "result" list')
      return result
    }
    return documentsFromSnapshot(json)
  } catch (error) {
    throw new WidgetLoadError(source, `${describeSource(source)}: ${error instanceof Error ? error.message : String(error)}.`)
  }
}
