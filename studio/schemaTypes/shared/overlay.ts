/**
 * Cross-document rules must judge the dataset as it will be when the edited
 * document goes live, not as it is. The Studio's client reads with perspective
 * `raw` (published documents, drafts and every release version side by side),
 * so a rule fetches all versions and keeps, per document, the one that goes
 * live together with the edited one:
 *
 * - editing a draft: every other draft over its published document (drafts
 *   published together must not contradict each other);
 * - editing a version in release R: R's versions over published (what
 *   publishing R produces);
 * - a published document: published only.
 *
 * Ids are read with Sanity's own helpers (getPublishedId, getVersionFromId),
 * imported from `@sanity/client/csm`, where `sanity` itself takes them: so
 * the Studio's React components that use this module (career map, preview)
 * also build without the whole Studio.
 */
import {getPublishedId, getVersionFromId, isDraftId} from '@sanity/client/csm'

export interface Versioned {
  _id: string
}

/** The bundle an id belongs to: 'drafts', a release name, or 'published'. */
export function bundleOf(id: string): string {
  if (isDraftId(id)) return 'drafts'
  return getVersionFromId(id) ?? 'published'
}

/** One row per published id: the version of each document that goes live with `editedId`. */
export function overlayFor<T extends Versioned>(editedId: string, rows: readonly T[]): Map<string, T> {
  const bundle = bundleOf(editedId)
  const chosen = new Map<string, T>()
  const rank = (id: string) => (bundleOf(id) === 'published' ? 1 : bundleOf(id) === bundle ? 2 : 0)
  for (const row of rows) {
    const r = rank(row._id)
    if (r === 0) continue
    const key = getPublishedId(row._id)
    const current = chosen.get(key)
    if (!current || rank(current._id) < r) chosen.set(key, row)
  }
  return chosen
}

export const samePublished = (a: string, b: string) => getPublishedId(a) === getPublishedId(b)
export {getPublishedId, isDraftId}
