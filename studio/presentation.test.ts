/**
 * Presentation's locations: each role, track, skill and certification points
 * at the docs site's page for it (routes checked against apps/docs), and each
 * docs page resolves back to its document (mainDocuments, run on the test server).
 */
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {Workspace} from 'sanity'
import type {DocumentLocationResolverObject} from 'sanity/presentation'
import {beforeAll, describe, expect, it} from 'vitest'
import {DOCS_ROUTES, locations, locationsOf, mainDocuments, type LocatedType} from './presentation'
import {curriculum, loc} from './test/fixtures'
import {getWorkspace, withStudioClient} from './test/validateDocuments'

let workspace: Workspace
beforeAll(async () => {
  workspace = await getWorkspace()
}, 60_000)

// One route file per page type builds every language (`[...lang]`: English at the root, /es/ and /de/ beside it).
const docsPages = fileURLToPath(new URL('../apps/docs/src/pages/[...lang]/', import.meta.url))

describe('docs-site locations', () => {
  it('use routes the docs site has: a page per slug and an index per type', () => {
    for (const route of Object.values(DOCS_ROUTES)) {
      expect(existsSync(`${docsPages}${route}[slug].astro`), `${route}[slug].astro`).toBe(true)
      expect(existsSync(`${docsPages}${route}index.astro`), `${route}index.astro`).toBe(true)
    }
  })

  it("show a role on its page in each language (titled in it, English where it is not translated), its track's page and the roles index", () => {
    const resolve = (locations.role as DocumentLocationResolverObject).resolve
    const title = [...loc('Support analyst'), ...loc('Analista de soporte', 'string', 'es')]
    expect(resolve({title, slug: 'support-analyst', trackTitle: loc('Support engineering'), trackSlug: 'support-engineering'})).toEqual({
      locations: [
        {title: 'Support analyst', href: '/curriculum/roles/support-analyst/'},
        {title: 'Analista de soporte (Español)', href: '/es/curriculum/roles/support-analyst/'},
        {title: 'Support analyst (Deutsch)', href: '/de/curriculum/roles/support-analyst/'},
        {title: 'Support engineering (its track)', href: '/curriculum/tracks/support-engineering/'},
        {title: 'All roles', href: '/curriculum/roles/'},
      ],
    })
  })

  it('show tracks, skills and certifications on their page in each language and their index', () => {
    const cases: [LocatedType, string, string][] = [
      ['track', 'support-engineering', 'All tracks'],
      ['skill', 'troubleshooting', 'All skills'],
      ['certification', 'comptia-a-plus', 'Certifications and degrees'],
    ]
    for (const [type, slug, index] of cases) {
      expect((locations[type] as DocumentLocationResolverObject).resolve({title: loc('T'), slug})).toEqual({
        locations: [
          {title: 'T', href: `${DOCS_ROUTES[type]}${slug}/`},
          {title: 'T (Español)', href: `/es${DOCS_ROUTES[type]}${slug}/`},
          {title: 'T (Deutsch)', href: `/de${DOCS_ROUTES[type]}${slug}/`},
          {title: index, href: DOCS_ROUTES[type]},
        ],
      })
    }
  })

  it('say why there is no page yet when there is no slug', () => {
    expect(locationsOf('skill', {title: loc('New skill')})).toEqual({message: 'No page on the docs site until this document has a slug and is published.', tone: 'caution'})
    expect(locationsOf('role', null).locations).toBeUndefined()
  })

  it('resolve each docs page, in every language, back to its document', async () => {
    const slugs: Record<LocatedType, string> = {role: 'support-analyst', track: 'support-engineering', skill: 'troubleshooting', certification: 'comptia-a-plus'}
    const typeOf = (route: string) => (Object.keys(DOCS_ROUTES) as LocatedType[]).find((t) => route.replace(/^\/(es|de)\//, '/') === `${DOCS_ROUTES[t]}:slug/`)!
    const found = await withStudioClient(curriculum, (client) =>
      Promise.all(mainDocuments.map(async (doc) => [doc.route, await client.fetch<string[]>(`*[${(doc as {filter: string}).filter}]._id`, {slug: slugs[typeOf(doc.route as string)]})])),
    )
    const ids = {roles: ['role.analyst'], tracks: ['track.support'], skills: ['skill.troubleshooting'], certifications: ['cert.a-plus']}
    expect(Object.fromEntries(found)).toEqual(
      Object.fromEntries(['', '/es', '/de'].flatMap((prefix) => Object.entries(ids).map(([route, id]) => [`${prefix}/curriculum/${route}/:slug/`, id]))),
    )
  })

  it('are given to the Presentation tool ("Docs site"), which the navigation lists after the structure and the career map', () => {
    expect(workspace.tools.map((t) => `${t.name}:${t.title}`)).toEqual(['structure:Structure', 'career-map:Career map', 'presentation:Docs site', 'vision:Vision', 'schedules:Schedules', 'releases:Releases'])
  })
})
