/**
 * Where documents appear on the docs site (apps/docs), for Sanity's
 * Presentation tool: `resolve.locations` lists, in each role, track, skill and
 * certification form, the pages that show it ("Used on N pages"), and
 * `resolve.mainDocuments` tells Presentation which document a docs page is
 * about. The routes are the docs site's (`apps/docs/src/pages/[...lang]/curriculum/`):
 * English at the root, every other language under its id (`/es/…`, `/de/…`),
 * so a document's own page is listed once per language, titled in it.
 *
 * The docs site is static and reads published content at build time, so the
 * pages show the last build, not the draft; overlays and click-to-edit need a
 * server-rendered site with stega-encoded queries (see the README: next steps).
 */
import type {DocumentLocation, DocumentLocationResolvers, DocumentLocationsState, DocumentResolver} from 'sanity/presentation'
import {defaultLanguage, supportedLanguages, type LanguageId} from './schemaTypes/shared/options'
import {defaultText, textIn} from './schemaTypes/shared/text'

/** The docs site's curriculum pages, by document type: `<prefix><slug>/`; the prefix alone is the type's index page. */
export const DOCS_ROUTES = {
  role: '/curriculum/roles/',
  track: '/curriculum/tracks/',
  skill: '/curriculum/skills/',
  certification: '/curriculum/certifications/',
} as const

export type LocatedType = keyof typeof DOCS_ROUTES

const INDEX_TITLES: Record<LocatedType, string> = {role: 'All roles', track: 'All tracks', skill: 'All skills', certification: 'Certifications and degrees'}

/** Where the docs site keeps a language's pages: English at the root, the others under their id. */
export const languagePrefix = (language: LanguageId) => (language === defaultLanguage ? '' : `/${language}`)

export const pageOf = (type: LocatedType, slug: string, language: LanguageId = defaultLanguage) => `${languagePrefix(language)}${DOCS_ROUTES[type]}${slug}/`

const noSlug: DocumentLocationsState = {message: 'No page on the docs site until this document has a slug and is published.', tone: 'caution'}

interface Selected {
  title?: unknown
  slug?: string
  trackTitle?: unknown
  trackSlug?: string
}

/** The pages that show a document of `type`: its own page in each language (titled in it), then the pages that list it. */
export function locationsOf(type: LocatedType, doc: Selected | null): DocumentLocationsState {
  if (!doc?.slug) return noSlug
  const slug = doc.slug
  const locations: DocumentLocation[] = supportedLanguages.map(({id, title: languageName}) => {
    const title = textIn(doc.title, id) ?? slug
    return {title: id === defaultLanguage ? title : `${title} (${languageName})`, href: pageOf(type, slug, id)}
  })
  if (type === 'role' && doc.trackSlug) locations.push({title: `${defaultText(doc.trackTitle) ?? doc.trackSlug} (its track)`, href: pageOf('track', doc.trackSlug)})
  locations.push({title: INDEX_TITLES[type], href: DOCS_ROUTES[type]})
  return {locations}
}

const select = {title: 'title', slug: 'slug.current'}

export const locations: DocumentLocationResolvers = {
  role: {select: {...select, trackTitle: 'track.title', trackSlug: 'track.slug.current'}, resolve: (doc) => locationsOf('role', doc)},
  track: {select, resolve: (doc) => locationsOf('track', doc)},
  skill: {select, resolve: (doc) => locationsOf('skill', doc)},
  certification: {select, resolve: (doc) => locationsOf('certification', doc)},
}

/** Which document a docs page is about, in any language, for Presentation's document list. */
export const mainDocuments: DocumentResolver[] = (Object.keys(DOCS_ROUTES) as LocatedType[]).flatMap((type) =>
  supportedLanguages.map(({id}) => ({
    route: `${languagePrefix(id)}${DOCS_ROUTES[type]}:slug/`,
    filter: `_type == "${type}" && slug.current == $slug`,
  })),
)
