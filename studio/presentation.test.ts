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

  it('show a role on its page, its track\'s page and the roles index', () => {
    const resolve = (locations.role as DocumentLocationResolverObject).resolve
    expect(resolve({title: loc('Support analyst'), slug: 'support-analyst', trackTitle: loc('Support engineering'), trackSlug: 'support-engineering'})).toEqual({
      locations: [
        {title: 'Support analyst', href: '/curriculum/roles/support-analyst/'},
        {title: 'Support engineering (its track)', href: '/curriculum/tracks/support-engineering/'},
        {title: 'All roles', href: '/curriculum/roles/'},
      ],
    })
  })

  it('show tracks, skills and certifications on their page and their index', () => {
    const cases: [LocatedType, string, string][] = [
      ['track', 'support-engineering', 'All tracks'],
      ['skill', 'troubleshooting', 'All skills'],
      ['certification', 'comptia-a-plus', 'Certifications and degrees'],
    ]
    for (const [type, slug, index] of cases) {
      expect((locations[type] as DocumentLocationResolverObject).resolve({title: loc('T'), slug})).toEqual({
        locations: [
          {title: 'T', href: `${DOCS_ROUTES[type]}${slug}/`},
          {title: index, href: DOCS_ROUTES[type]},
        ],
      })
    }
  })

  it('say why there is no page yet when there is no slug', () => {
    expect(locationsOf('skill', {title: loc('New skill')})).toEqual({message: 'No page on the docs site until this document has a slug and is published.', tone: 'caution'})
    expect(locationsOf('role', null).locations).toBeUndefined()
  })

  it('resolve each docs page back to its document', async () => {
    const slugs: Record<LocatedType, string> = {role: 'support-analyst', track: 'support-engineering', skill: 'troubleshooting', certification: 'comptia-a-plus'}
    const found = await withStudioClient(curriculum, (client) =>
      Promise.all(
        mainDocuments.map(async (doc) => {
          const type = (Object.keys(DOCS_ROUTES) as LocatedType[]).find((t) => doc.route === `${DOCS_ROUTES[t]}:slug/`)!
          return [doc.route, await client.fetch<string[]>(`*[${(doc as {filter: string}).filter}]._id`, {slug: slugs[type]})]
        }),
      ),
    )
    expect(Object.fromEntries(found)).toEqual({
      '/curriculum/roles/:slug/': ['role.analyst'],
      '/curriculum/tracks/:slug/': ['track.support'],
      '/curriculum/skills/:slug/': ['skill.troubleshooting'],
      '/curriculum/certifications/:slug/': ['cert.a-plus'],
    })
  })

  it('are given to the Presentation tool ("Docs site"), which the navigation lists after the structure and the career map', () => {
    expect(workspace.tools.map((t) => `${t.name}:${t.title}`)).toEqual(['structure:Structure', 'career-map:Career map', 'presentation:Docs site', 'vision:Vision', 'schedules:Schedules', 'releases:Releases'])
  })
})
