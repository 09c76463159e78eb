// Which playground settings a link may carry. A shared link chooses what the widget shows, never where its data
// comes from: `src`, `fallback`, `project-id`, `api-host` and the like are left out, so a link cannot put someone
// else's content under this site's header (issue 15). Values must also be ones the form offers.

/** Attributes a `/playground/?…` link may set: what to show, in which language, and the colour scheme. */
export const SHAREABLE_ATTRIBUTES = ['view', 'lang', 'track', 'role-slug', 'from', 'to', 'compare-a', 'compare-b', 'theme'] as const
export type ShareableAttribute = (typeof SHAREABLE_ATTRIBUTES)[number]

const shareable = new Set<string>(SHAREABLE_ATTRIBUTES)

/**
 * The settings a query string may apply: shareable attributes only, each with a value the form offers for it
 * (`allowed(name)` lists them). Everything else in the query is ignored.
 */
export function settingsFromQuery(search: string, allowed: (name: ShareableAttribute) => readonly string[]): Partial<Record<ShareableAttribute, string>> {
  const params = new URLSearchParams(search)
  const out: Partial<Record<ShareableAttribute, string>> = {}
  for (const name of SHAREABLE_ATTRIBUTES) {
    const value = params.get(name)
    if (value !== null && allowed(name).includes(value)) out[name] = value
  }
  return out
}

/** A playground link for the given attributes; non-shareable and empty ones are left out. */
export function playgroundLink(attributes: Record<string, string>, base = '/playground/'): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(attributes)) if (shareable.has(name) && value) params.set(name, value)
  const query = params.toString()
  return query ? `${base}?${query}` : base
}
