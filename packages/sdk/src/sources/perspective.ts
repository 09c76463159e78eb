/**
 * Perspectives as the Content Lake applies them, for the local source:
 * - `published`: documents without a `drafts.` or `versions.<release>.` prefix;
 * - `raw`: every document under its own id;
 * - `drafts` or a stack of release ids (e.g. `['rSpring', 'drafts']`): for
 *   each document the first layer holding a copy wins over later layers and the
 *   published copy, and is reported under the published `_id` (the stored id
 *   moves to `_originalId`), so references resolve to the overlaid version.
 */
export type Perspective = 'published' | 'drafts' | 'raw' | readonly string[]

export interface StoredDocument {
  _id: string
  _type: string
  [field: string]: unknown
}

const DRAFTS = 'drafts.'
const VERSIONS = /^versions\.([^.]+)\./

export function publishedIdOf(id: string): string {
  if (id.startsWith(DRAFTS)) return id.slice(DRAFTS.length)
  const version = VERSIONS.exec(id)
  return version ? id.slice(version[0].length) : id
}

/** Which layer a stored id belongs to: `published`, `drafts`, or a release id. */
function layerOf(id: string): string {
  if (id.startsWith(DRAFTS)) return 'drafts'
  return VERSIONS.exec(id)?.[1] ?? 'published'
}

/** The layers of a stacked perspective, highest priority first, without the implied published base. */
export function perspectiveLayers(perspective: Perspective): string[] | null {
  if (perspective === 'published' || perspective === 'raw') return null
  const layers = perspective === 'drafts' ? ['drafts'] : [...perspective]
  return layers.filter((layer) => layer !== 'published')
}

export function applyPerspective(documents: readonly StoredDocument[], perspective: Perspective): StoredDocument[] {
  if (perspective === 'raw') return [...documents]
  const layers = perspectiveLayers(perspective)
  if (!layers || layers.length === 0) return documents.filter((doc) => layerOf(doc._id) === 'published')

  const rank = (doc: StoredDocument) => {
    const layer = layerOf(doc._id)
    return layer === 'published' ? layers.length : layers.indexOf(layer)
  }
  const winners = new Map<string, {rank: number; doc: StoredDocument}>()
  for (const doc of documents) {
    const r = rank(doc)
    if (r < 0) continue
    const id = publishedIdOf(doc._id)
    const current = winners.get(id)
    if (!current || r < current.rank) winners.set(id, {rank: r, doc})
  }
  // Dataset order is kept, so queries without `order()` stay stable.
  const out: StoredDocument[] = []
  for (const doc of documents) {
    const id = publishedIdOf(doc._id)
    const winner = winners.get(id)
    if (winner?.doc !== doc) continue
    out.push(doc._id === id ? doc : {...doc, _id: id, _originalId: doc._id})
  }
  return out
}

export function describePerspective(perspective: Perspective): string {
  return typeof perspective === 'string' ? perspective : perspective.join(',')
}
