// Starlight route middleware for the languages: on a Spanish or German page, sidebar and prev/next links to pages
// built in English only (the API reference, the playground) keep their English address instead of a `/es/…` that
// does not exist; a page built in English only has no `hreflang` alternates (there is nothing to point them at).
import {defineRouteMiddleware, type StarlightRouteData} from '@astrojs/starlight/route-data'
import {DEFAULT_LANG, isTranslated, langOf, unlocalized} from './i18n'

type Entry = StarlightRouteData['sidebar'][number]

/** `/es/reference/` → `/reference/`; a link to a page that exists in the language stays as it is. */
const existing = (href: string) => (isTranslated(href) ? href : unlocalized(href))

function relink(entries: Entry[]) {
  for (const entry of entries) {
    if (entry.type === 'link') entry.href = existing(entry.href)
    else relink(entry.entries)
  }
}

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute
  const path = context.url.pathname
  if (langOf(path) !== DEFAULT_LANG) {
    relink(route.sidebar)
    for (const link of [route.pagination.prev, route.pagination.next]) if (link) link.href = existing(link.href)
  }
  if (!isTranslated(path)) route.head = route.head.filter((tag) => !(tag.tag === 'link' && tag.attrs?.['rel'] === 'alternate' && 'hreflang' in (tag.attrs ?? {})))
})
