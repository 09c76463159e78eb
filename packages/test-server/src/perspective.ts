/**
 * How the Content Lake looks at a dataset. Self-contained (only the id helpers
 * beside it, no Node APIs), so the SDK's local source can import this one
 * implementation instead of keeping its own copy:
 * - `raw`: every document, drafts and versions included, with their own ids;
 * - `published`: only documents without a `drafts.`/`versions.` prefix;
 * - a stack (`drafts`, release ids, or both): the first layer that has a copy of
 *   a document wins over the layers after it and over the published copy, and the
 *   result carries the published `_id` (the stored id moves to `_originalId`).
 */
import {isDraftId, isVersionId, publishedIdOf, releaseOf} from './ids'

export type Perspective = {kind: 'raw'} | {kind: 'published'} | {kind: 'stack'; layers: string[]}

/** A perspective as `@sanity/client` takes it (`perspective` option), e.g. `'drafts'` or `['r1', 'drafts']`. */
export type ClientPerspective = 'published' | 'drafts' | 'raw' | 'previewDrafts' | readonly string[]

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
  if (layers.some((l) => !/^[A-Za-z0-9_-]+$/.test(l) || l === 'raw' || l === 'previewDrafts')) return null
  // `published` at the end of a stack only names the base every stack already has.
  const withoutBase = layers.filter((l) => l !== 'published')
  return withoutBase.length === 0 ? {kind: 'published'} : {kind: 'stack', layers: withoutBase}
}

/**
 * The client's form of a perspective in this module's form, read exactly as the
 * query endpoint reads the `perspective` parameter the client would send; null
 * where the Content Lake answers 400 (e.g. `['raw', 'drafts']`).
 */
export function toPerspective(perspective: ClientPerspective): Perspective | null {
  // The client sends an array joined with commas (`[]` as an empty value, i.e. the default).
  return parsePerspective(typeof perspective === 'string' ? perspective : perspective.join(','), PUBLISHED_BY_DEFAULT_FROM)
}

export const perspectiveKey = (p: Perspective) => (p.kind === 'stack' ? p.layers.join(',') : p.kind)
export const perspectiveSeesUnpublished = (p: Perspective) => p.kind !== 'published'

/** The layers of a stack, highest priority first, without the implied published base; null for `raw`/`published`. */
export const perspectiveLayers = (p: Perspective): string[] | null => (p.kind === 'stack' ? [...p.layers] : null)

/** The layer a stored id belongs to: `published`, `drafts` or its release id. */
export function layerOf(id: string): string {
  if (isDraftId(id)) return 'drafts'
  return releaseOf(id) ?? 'published'
}

function resolve(perspective: Perspective | ClientPerspective): Perspective {
  if (typeof perspective === 'object' && 'kind' in perspective) return perspective
  const parsed = toPerspective(perspective)
  if (!parsed) throw new TypeError(`Invalid perspective ${JSON.stringify(perspective)}`)
  return parsed
}

/**
 * The documents a query sees under `perspective`, in dataset order (so queries
 * without `order()` stay stable). Takes either form of perspective; a client
 * form the Content Lake would refuse throws a TypeError (check it first with
 * `toPerspective`). Documents are not copied unless their `_id` is rewritten.
 */
export function applyPerspective<D extends {_id: string}>(documents: readonly D[], perspective: Perspective | ClientPerspective): D[] {
  const p = resolve(perspective)
  if (p.kind === 'raw') return [...documents]
  if (p.kind === 'published') return documents.filter((d) => !isDraftId(d._id) && !isVersionId(d._id))

  // For each published id, the winning copy: the lowest layer index (earlier = higher priority).
  const winners = new Map<string, {rank: number; doc: D}>()
  for (const doc of documents) {
    const layer = layerOf(doc._id)
    const rank = layer === 'published' ? p.layers.length : p.layers.indexOf(layer)
    if (rank < 0) continue
    const id = publishedIdOf(doc._id)
    const current = winners.get(id)
    if (!current || rank < current.rank) winners.set(id, {rank, doc})
  }
  const out: D[] = []
  for (const doc of documents) {
    const id = publishedIdOf(doc._id)
    if (winners.get(id)?.doc !== doc) continue
    out.push(doc._id === id ? doc : {...doc, _id: id, _originalId: doc._id})
  }
  return out
}

/** `drafts`, `r1,drafts`…: the perspective as the `perspective` query parameter spells it. */
export function describePerspective(perspective: Perspective | ClientPerspective): string {
  if (typeof perspective === 'string') return perspective
  if ('kind' in perspective) return perspectiveKey(perspective)
  return perspective.join(',')
}
