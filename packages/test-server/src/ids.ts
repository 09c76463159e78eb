/** Document ids as the Content Lake reads them: `drafts.<id>`, `versions.<release>.<id>`, or published `<id>`. */

const DRAFTS = 'drafts.'
const VERSION = /^versions\.([^.]+)\./

export const isDraftId = (id: string) => id.startsWith(DRAFTS)
export const isVersionId = (id: string) => VERSION.test(id)

/** `drafts.x` → `x`, `versions.r1.x` → `x`, `x` → `x`. */
export function publishedIdOf(id: string): string {
  if (isDraftId(id)) return id.slice(DRAFTS.length)
  const version = VERSION.exec(id)
  return version ? id.slice(version[0].length) : id
}

/** The release a `versions.<release>.<id>` document belongs to. */
export function releaseOf(id: string): string | undefined {
  return VERSION.exec(id)?.[1]
}
