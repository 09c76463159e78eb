import {isDraftId, isVersionId, publishedIdOf, releaseOf, type StoredDocument} from './documents'

/**
 * How the Content Lake looks at a dataset:
 * - `raw`: every document, drafts and versions included, with their own ids;
 * - `published`: only documents without a `drafts.`/`versions.` prefix;
 * - a stack (`drafts`, release ids, or both): the first layer that has a copy of
 *   a document wins over the layers after it and over the published copy, and the
 *   result carries the published `_id` (the stored id moves to `_originalId`).
 */
export type Perspective = {kind: 'raw'} | {kind: 'published'} | {kind: 'stack'; layers: string[]}

/** The API version from which `published` is the default perspective (before it, `raw`). */
export const PUBLISHED_BY_DEFAULT_FROM = '2025-02-19'

export function defaultPerspective(apiVersion: string): Perspective {
  if (apiVersion === 'X') return {kind: 'published'}
  return /^\d{4}-\d{2}-\d{2}$/.test(apiVersion) && apiVersion >= PUBLISHED_BY_DEFAULT_FROM ? {kind: 'published'} : {kind: 'raw'}
}

/** Parses the `perspective` query parameter; returns null for a value the Content Lake would reject. */
export function parsePerspective(value: string | null, apiVersion: string): Perspective | null {
  if (value === null || value === '') return defaultPerspective(apiVersion)
  if (value === 'raw') return {kind: 'raw'}
  if (value === 'published') return {kind: 'published'}
  if (value === 'previewDrafts') return {kind: 'stack', layers: ['drafts']}
  const layers = value.split(',').map((s) => s.trim())
  if (layers.some((l) => !/^[A-Za-z0-9_-]+$/.test(l) || l === 'raw')) return null
  // `published` at the end of a stack only names the base every stack already has.
  const withoutBase = layers.filter((l) => l !== 'published')
  return withoutBase.length === 0 ? {kind: 'published'} : {kind: 'stack', layers: withoutBase}
}

export const perspectiveKey = (p: Perspective) => (p.kind === 'stack' ? p.layers.join(',') : p.kind)
export const perspectiveSeesUnpublished = (p: Perspective) => p.kind !== 'published'

export function applyPerspective(documents: readonly StoredDocument[], perspective: Perspective): StoredDocument[] {
  if (perspective.kind === 'raw') return [...documents]
  const published = documents.filter((d) => !isDraftId(d._id) && !isVersionId(d._id))
  if (perspective.kind === 'published') return published

  const layerOf = (doc: StoredDocument) => (isDraftId(doc._id) ? 'drafts' : releaseOf(doc._id))
  // For each published id, the winning copy: the lowest layer index (earlier = higher priority).
  const winners = new Map<string, {rank: number; doc: StoredDocument}>()
  for (const doc of documents) {
    const layer = layerOf(doc)
    const rank = layer === undefined ? perspective.layers.length : perspective.layers.indexOf(layer)
    if (rank < 0) continue
    const id = publishedIdOf(doc._id)
    const current = winners.get(id)
    if (!current || rank < current.rank) winners.set(id, {rank, doc})
  }
  // Keep dataset order so unordered queries stay stable.
  const out: StoredDocument[] = []
  const emitted = new Set<string>()
  for (const doc of documents) {
    const id = publishedIdOf(doc._id)
    const winner = winners.get(id)
    if (!winner || winner.doc !== doc || emitted.has(id)) continue
    emitted.add(id)
    out.push(doc._id === id ? doc : {...doc, _id: id, _originalId: doc._id})
  }
  return out
}
