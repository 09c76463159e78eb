import {createHash} from 'node:crypto'
import {publishedIdOf} from './ids'

/** `s1:` and six base64 characters, the shape of the Content Lake's tags (e.g. `s1:XMp5cQ`). */
export type SyncTag = `s1:${string}`

/** Above this many documents a response carries one dataset-wide tag instead of one per document. */
export const MAX_DOCUMENT_TAGS = 50

const tagOf = (key: string): SyncTag => `s1:${createHash('sha256').update(key).digest().subarray(0, 4).toString('base64').replace(/=+$/, '')}`

/**
 * The tag a response carries when its result depends on the document: one per
 * published id, so a draft and its published copy share a tag (as a Live event
 * for either invalidates both). Opaque on the Lake; here stable, so tests can
 * ask which documents a query depended on.
 */
export const syncTagForDocument = (dataset: string, id: string): SyncTag => tagOf(`doc:${dataset}:${publishedIdOf(id)}`)

/** The tag for "anything in the dataset", used when a query read no document or too many. */
export const syncTagForDataset = (dataset: string): SyncTag => tagOf(`dataset:${dataset}`)

/**
 * Tags for a query that read `ids` (documents in its result and those it
 * dereferenced). Never empty, like the Lake's: a query that read nothing still
 * depends on the dataset (a matching document may appear).
 */
export function syncTagsFor(dataset: string, ids: Iterable<string>): SyncTag[] {
  const tags = new Set<SyncTag>()
  for (const id of ids) {
    tags.add(syncTagForDocument(dataset, id))
    if (tags.size > MAX_DOCUMENT_TAGS) return [syncTagForDataset(dataset)]
  }
  return tags.size === 0 ? [syncTagForDataset(dataset)] : [...tags].sort()
}

/** Every `_id` in a query result, at any depth (projections that keep `_id`, nested references expanded with `->`). */
export function idsInResult(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) idsInResult(item, into)
  } else if (value && typeof value === 'object') {
    const id = (value as {_id?: unknown})._id
    if (typeof id === 'string') into.add(id)
    for (const child of Object.values(value)) if (child && typeof child === 'object') idsInResult(child, into)
  }
  return into
}
