/**
 * The bar for the migration: the v1 fixture, migrated, passes every v2
 * rule of the Studio (through Sanity's validation engine, test/validateDocuments.ts),
 * before any of the curriculum's edits.
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {describeMarkers, validateDocuments, type DocumentLike} from '../../test/validateDocuments'
import {transform, type Doc} from './transform'

const fixturePath = fileURLToPath(new URL('../../../packages/curriculum/fixtures/v1/careerpath.ndjson', import.meta.url))
const v1 = readFileSync(fixturePath, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Doc)

describe('the migrated v1 fixture', () => {
  const {documents} = transform(v1)

  it('has no validation errors or warnings in the Studio', async () => {
    const results = await validateDocuments(documents as DocumentLike[])
    const problems = results.filter((r) => r.markers.length > 0).map((r) => ({id: r.id, markers: describeMarkers(r.markers)}))
    expect(problems).toEqual([])
  }, 60_000)

  it('uses no field the v2 schema does not know', async () => {
    const results = await validateDocuments(documents as DocumentLike[], {environment: 'cli'})
    expect(results.flatMap((r) => r.markers.filter((m) => m.message.includes('does not exist on type')))).toEqual([])
  }, 60_000)
})
