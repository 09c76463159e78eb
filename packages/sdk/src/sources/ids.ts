/**
 * Document ids as the Content Lake reads them: `drafts.<id>`, `versions.<release>.<id>`
 * or published `<id>`. The same rules as `@sanity/client/csm`'s helpers (proven
 * by property tests in perspective.test.ts), without their throw on odd ids and
 * without importing the client: the graph entry uses these.
 */
const DRAFTS_PREFIX = 'drafts.'
const VERSIONS_PREFIX = 'versions.'

/** `drafts.x`. Same rule as `isDraftId` in `@sanity/client/csm`. */
export const isDraftId = (id: string): boolean => id.startsWith(DRAFTS_PREFIX)
/** `versions.<release>.x`. Same rule as `isVersionId` in `@sanity/client/csm`. */
export const isVersionId = (id: string): boolean => id.startsWith(VERSIONS_PREFIX)
export const isPublishedId = (id: string): boolean => !isDraftId(id) && !isVersionId(id)

/** `drafts.x` → `x`, `versions.r1.x` → `x`, `x` → `x`: `getPublishedId` of `@sanity/client/csm`, without its throw. */
export function publishedIdOf(id: string): string {
  if (isVersionId(id)) return id.split('.').slice(2).join('.')
  if (isDraftId(id)) return id.slice(DRAFTS_PREFIX.length)
  return id
}

/** The release of `versions.<release>.<id>` (`getVersionFromId` of `@sanity/client/csm`). */
export function releaseOf(id: string): string | undefined {
  return isVersionId(id) ? id.split('.')[1] : undefined
}

/** The layer a stored id belongs to: `published`, `drafts` or its release id. */
export function layerOf(id: string): string {
  if (isDraftId(id)) return 'drafts'
  return releaseOf(id) ?? 'published'
}
