/**
 * Perspectives and document ids as the Content Lake reads them: the one
 * implementation in the repository. The SDK's local source and the test server
 * (packages/test-server, which stands in for the Lake) both use this module,
 * so a contract test between them compares GROQ evaluation, not two copies of
 * this logic; what this module says is checked against Sanity's own rules
 * instead (`@sanity/client`'s id helpers and `validateApiPerspective`, in
 * perspective.test.ts). It imports only its siblings ids.ts and perspectiveParam.ts (none of them imports anything): the graph and snapshot entries use it too.
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

export type {ClientPerspective, ParsedPerspective, Perspective} from '../core'
export {defaultPerspective, describePerspective, parsePerspective, perspectiveKey, perspectiveSeesUnpublished, PUBLISHED_BY_DEFAULT_FROM, toPerspective} from '../core'
import {toPerspective, type ClientPerspective, type ParsedPerspective} from '../core'
export {isDraftId, isPublishedId, isVersionId, layerOf, publishedIdOf, releaseOf} from './ids'
import {isPublishedId, layerOf, publishedIdOf} from './ids'

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
