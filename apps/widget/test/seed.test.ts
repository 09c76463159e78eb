/** The widget's slimmed seed (scripts/seed.ts) answers every career-graph question as the full documents do. */
import {createCareerPathClient} from '@careerpath/sdk'
import {createCareerGraph} from '@careerpath/sdk/graph'
import {graphDocumentsQuery} from '@careerpath/sdk/queries'
import type {SnapshotDocument} from '@careerpath/sdk/snapshot'
import {beforeAll, describe, expect, it} from 'vitest'
import {slimDocuments} from '../src/server/slim.ts'
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
})
