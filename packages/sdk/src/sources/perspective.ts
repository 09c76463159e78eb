/**
 * Perspectives and document ids as the Content Lake reads them: the one
 * implementation in the repository. The SDK's local source and the test server
 * (packages/test-server, which stands in for the Lake) both use this module,
 * so a contract test between them compares GROQ evaluation, not two copies of
 * this logic; what this module says is checked against Sanity's own rules
 * instead (`@sanity/client`'s id helpers and `validateApiPerspective`, in
 * perspective.test.ts). No imports: the graph and snapshot entries use it too.
 *
 * - `raw`: every document, drafts and versions included, under their own ids;
 * - `published`: documents whose id is neither `drafts.…` nor `versions.…`;
 * - a stack (`drafts`, release ids, or both, highest priority first): for each
 *   document the first layer holding a copy wins over later layers and the
 *   published copy, and is reported under the published `_id` (the stored id
 *   moves to `_originalId`), so references resolve to the overlaid version.
 */

/** A Sanity document as stored (or exported): an `_id`, a `_type` and any fields. */
export interface StoredDocument {
  _id: string
  _type: string
  [field: string]: unknown
}

/**
 * What the SDK's typed read client reads: `published` (default), `drafts`, or
 * a release stack such as `['rSpring', 'drafts']`. `raw` is not offered: it
 * returns a document and its draft side by side, which no typed result (one
 * role per slug) can represent; use your own `@sanity/client` for raw reads.
 */
export type Perspective = 'published' | 'drafts' | readonly string[]

/** A perspective as `@sanity/client` takes it (`'previewDrafts'` is its deprecated name for `drafts`). */
export type ClientPerspective = 'published' | 'drafts' | 'raw' | 'previewDrafts' | readonly string[]

/** A perspective as the Lake applies it. */
export type ParsedPerspective = {kind: 'raw'} | {kind: 'published'} | {kind: 'stack'; layers: string[]}

export {isDraftId, isPublishedId, isVersionId, layerOf, publishedIdOf, releaseOf} from './ids'
import {isPublishedId, layerOf, publishedIdOf} from './ids'

/** The API version from which `published` is the default perspective (before it, `raw`). */
export const PUBLISHED_BY_DEFAULT_FROM = '2025-02-19'

export function defaultPerspective(apiVersion: string): ParsedPerspective {
  const version = apiVersion.replace(/^v/, '')
  if (version === 'X') return {kind: 'published'}
  return /^\d{4}-\d{2}-\d{2}$/.test(version) && version >= PUBLISHED_BY_DEFAULT_FROM ? {kind: 'published'} : {kind: 'raw'}
}

/** A release id the Lake accepts in a stack. */
const LAYER = /^[A-Za-z0-9_-]+$/

/** Reads the `perspective` query parameter as the Lake does; null for a value it answers 400 to. */
export function parsePerspective(value: string | null, apiVersion: string): ParsedPerspective | null {
  if (value === null || value === '') return defaultPerspective(apiVersion)
  if (value === 'raw') return {kind: 'raw'}
  if (value === 'published') return {kind: 'published'}
  if (value === 'previewDrafts') return {kind: 'stack', layers: ['drafts']}
  const layers = value.split(',').map((s) => s.trim())
  if (layers.some((l) => !LAYER.test(l) || l === 'raw' || l === 'previewDrafts')) return null
  // `published` in a stack only names the base every stack already has.
  const withoutBase = layers.filter((l) => l !== 'published')
  return withoutBase.length === 0 ? {kind: 'published'} : {kind: 'stack', layers: withoutBase}
}

/**
 * The client's form in the Lake's: read exactly as the query endpoint reads the
 * `perspective` parameter `@sanity/client` sends (an array joined by commas),
 * so `['raw', 'drafts']`, which the client refuses and the Lake would answer
 * 400 to, is null here too.
 */
export function toPerspective(perspective: unknown): ParsedPerspective | null {
  if (typeof perspective === 'string') return parsePerspective(perspective, PUBLISHED_BY_DEFAULT_FROM)
  if (!Array.isArray(perspective) || !perspective.every((p) => typeof p === 'string')) return null
  // The client sends no parameter for an empty list: the default, published.
  if (perspective.length === 0) return {kind: 'published'}
  if (perspective.length === 1 && perspective[0] === 'raw') return {kind: 'raw'}
  return parsePerspective(perspective.join(','), PUBLISHED_BY_DEFAULT_FROM)
}

export const perspectiveKey = (p: ParsedPerspective): string => (p.kind === 'stack' ? p.layers.join(',') : p.kind)
export const perspectiveSeesUnpublished = (p: ParsedPerspective): boolean => p.kind !== 'published'

function resolve(perspective: ParsedPerspective | ClientPerspective): ParsedPerspective {
  if (typeof perspective === 'object' && 'kind' in perspective) return perspective
  const parsed = toPerspective(perspective)
  if (!parsed) throw new TypeError(`Invalid perspective ${JSON.stringify(perspective)}`)
  return parsed
}

/** The layers of a stack, highest priority first, without the implied published base; null for `raw` and `published`. */
export function perspectiveLayers(perspective: ParsedPerspective | ClientPerspective): string[] | null {
  const p = resolve(perspective)
  return p.kind === 'stack' ? [...p.layers] : null
}

/**
 * The documents a query sees under `perspective`, in dataset order (so queries
 * without `order()` stay stable). Documents are not copied unless their `_id`
 * is rewritten. A client form the Lake would refuse throws a TypeError: check
 * it first with {@link toPerspective} (the SDK's options do).
 */
export function applyPerspective<D extends {_id: string}>(documents: readonly D[], perspective: ParsedPerspective | ClientPerspective): D[] {
  const p = resolve(perspective)
  if (p.kind === 'raw') return [...documents]
  if (p.kind === 'published') return documents.filter((d) => isPublishedId(d._id))

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

/** `published`, `drafts`, `rSpring,drafts`: the perspective as the `perspective` query parameter spells it. */
export function describePerspective(perspective: ParsedPerspective | ClientPerspective): string {
  if (typeof perspective === 'string') return perspective
  if ('kind' in perspective) return perspectiveKey(perspective)
  return perspective.join(',')
}
