/**
 * The host's links from a role: `role-href="https://jobs.example.com/search?role={slug}"`
 * (a template; the slug URL-encoded) or `el.roleHrefs = {slug: url}` (wins),
 * and the `role-actions` slot for the host's own call to action.
 */
import {h, safeUrl, type Child} from '../dom'
import type {ViewContext} from '../views/context'

/** The role's link, resolved against the page; only http(s) URLs, anything else is no link. */
export function roleHref(template: string | undefined, hrefs: Readonly<Record<string, string>> | undefined, slug: string): string | undefined {
  const url = hrefs?.[slug] ?? template?.replaceAll('{slug}', encodeURIComponent(slug))
  try {
    return url ? safeUrl(new URL(url, globalThis.document?.baseURI).href) : undefined
  } catch {
    return undefined
  }
}

/** The role view's host actions: the link to its open positions (when the host gave one) and the slot. */
export function roleActions(ctx: ViewContext, slug: string): Child[] {
  const href = ctx.href(slug)
  return [
    href && h('a.btn', {href, part: 'job-link', onclick: (e: MouseEvent) => ctx.follow(e, slug, href)}, ctx.l.t('openPositions')),
    h('slot', {name: 'role-actions'}),
  ]
}
