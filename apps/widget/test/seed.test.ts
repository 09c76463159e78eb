/** The widget's slimmed seeds (src/server/slim.ts), one per language, answer every career-graph question as the full documents do. */
import {createCareerPathClient} from '@careerpath/sdk'
import {createCareerGraph} from '@careerpath/sdk/graph'
import {graphDocumentsQuery} from '@careerpath/sdk/queries'
import type {SnapshotDocument} from '@careerpath/sdk/snapshot'
import {beforeAll, describe, expect, it} from 'vitest'
import {readFileSync} from 'node:fs'
import {slimDocuments} from '../src/server/slim.ts'
import {findFallbacks} from '../src/i18n/fallbacks'
import {seedSnapshot} from './fixtures'

let full: SnapshotDocument[]
beforeAll(async () => {
  full = await createCareerPathClient().fetch<SnapshotDocument[]>(graphDocumentsQuery, {language: 'en'})
})

describe('the seed as the widget reads it', () => {
  it('is what dist/careerpath-seed.json holds, and much smaller than the full documents', () => {
    const slim = slimDocuments(full)
    expect(seedSnapshot().documents).toEqual(slim)
    expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(full).length * 0.6)
  })

  it('gives the same roles, tracks, moves, routes, plans and comparisons as the full documents', () => {
    const a = createCareerGraph(full, {language: 'en'})
    const b = createCareerGraph(slimDocuments(full), {language: 'en'})
    expect(b.warnings).toEqual(a.warnings)
    expect(b.roles()).toEqual(a.roles())
    expect(b.tracks()).toEqual(a.tracks())
    expect(b.transitions()).toEqual(a.transitions())
    const slugs = a.roles().map((r) => r.slug)
    for (const slug of slugs) expect(b.role(slug)).toEqual(a.role(slug))
    for (const from of slugs) {
      for (const to of slugs) {
        expect(b.compare(from, to)).toEqual(a.compare(from, to))
        const routes = a.paths(from, to, {limit: 4})
        expect(b.paths(from, to, {limit: 4})).toEqual(routes)
        if (from !== to && routes.length) expect(b.plan(from, to, {pathIndex: routes.length - 1})).toEqual(a.plan(from, to, {pathIndex: routes.length - 1}))
      }
    }
  }, 60_000)

  it.each(['es', 'de'])('in %s: the same roles, tracks, plans and comparisons in that language, and the same English fallbacks', (language) => {
    const slim = slimDocuments(full, language)
    const file = JSON.parse(readFileSync(new URL(`../dist/careerpath-seed.${language}.json`, import.meta.url), 'utf8'))
    expect(file.documents).toEqual(slim)
    const a = createCareerGraph(full, {language})
    const b = createCareerGraph(slim, {language})
    expect(b.roles()).toEqual(a.roles())
    expect(b.tracks()).toEqual(a.tracks())
    const slugs = a.roles().map((r) => r.slug)
    for (const slug of slugs) expect(b.role(slug)).toEqual(a.role(slug))
    for (const to of slugs.slice(0, 12)) {
      expect(b.compare(slugs[0]!, to)).toEqual(a.compare(slugs[0]!, to))
      if (a.paths(slugs[0]!, to, {limit: 1}).length) expect(b.plan(slugs[0]!, to)).toEqual(a.plan(slugs[0]!, to))
    }
    // Fallbacks found in the slim seed are the full documents' (fields the widget shows), with the same English text.
    const shown = (f: {type: string}) => f.type !== 'sourceArticle'
    const key = (f: {id: string; text: string}) => `${f.id} ${f.text}`
    expect(findFallbacks(slim, language).map(key).sort()).toEqual(findFallbacks(full, language).filter(shown).map(key).sort())
  }, 60_000)
})
