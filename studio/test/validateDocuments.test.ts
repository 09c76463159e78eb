import {describe, expect, it} from 'vitest'
import {curriculum, edit, helpdesk, ref, troubleshooting} from './fixtures'
import {describeMarkers, errorsOf, validateDocuments, validateOne} from './validateDocuments'

describe('validateDocuments (Sanity engine + test server)', () => {
  it('finds nothing to report in the fixture curriculum, in either environment', async () => {
    const results = await validateDocuments(curriculum)
    expect(results.map((r) => r.id)).toEqual(curriculum.map((d) => d._id))
    expect(results.flatMap((r) => r.markers)).toEqual([])
    const cli = await validateDocuments(curriculum, {environment: 'cli'})
    expect(cli.flatMap((r) => r.markers)).toEqual([])
  })

  it('reports a reference to a document the dataset does not hold (checked on the doc endpoint)', async () => {
    const dangling = edit(helpdesk, {certifications: [ref('cert.missing', 'c1')]})
    expect(describeMarkers(await validateOne(dangling, {dataset: curriculum}))).toEqual([
      'error certifications[_key=="c1"]: Referenced document must be published',
    ])
  })

  it('keeps results per document, so one bad document does not hide or spoil the others', async () => {
    const broken = edit(troubleshooting, {_id: 'skill.broken', slug: {_type: 'slug', current: 'Broken Slug'}, category: undefined})
    const results = await validateDocuments([troubleshooting, broken, {_id: 'x.1', _type: 'notAType'}], {dataset: [...curriculum, broken]})
    expect(results.map((r) => [r.id, describeMarkers(r.markers)])).toEqual([
      ['skill.troubleshooting', []],
      ['skill.broken', ['error category: Required', 'error slug: Use lowercase letters, digits and single hyphens only (for example "support-analyst")']],
      ['x.1', ['error (document): Unknown document type "notAType"']],
    ])
    expect(errorsOf(results[1]!.markers)).toHaveLength(2)
  })

  it('warns about fields the schema does not know in the cli environment', async () => {
    const extra = edit(troubleshooting, {colour: 'blue'})
    expect(await validateOne(extra, {dataset: curriculum})).toEqual([])
    expect(describeMarkers(await validateOne(extra, {dataset: curriculum, environment: 'cli'}))).toEqual([
      "warning colour: Field 'colour' does not exist on type 'skill'",
    ])
  })
})
