import {DEFAULT_STUDIO_CLIENT_OPTIONS} from 'sanity'
import {describe, expect, it} from 'vitest'
import {curriculum, edit, helpdesk, ref, troubleshooting, track} from './fixtures'
import {describeMarkers, errorsOf, STUDIO_BASE_CLIENT_OPTIONS, validateDocuments, validateOne, withStudioClient} from './validateDocuments'

describe('validateDocuments (Sanity engine + test server, the Studio client configuration)', () => {
  it('finds nothing to report in the fixture curriculum, in either environment', async () => {
    const results = await validateDocuments(curriculum)
    expect(results.map((r) => r.id)).toEqual(curriculum.map((d) => d._id))
    expect(results.flatMap((r) => r.markers)).toEqual([])
    const cli = await validateDocuments(curriculum, {environment: 'cli'})
    expect(cli.flatMap((r) => r.markers)).toEqual([])
  })

  it('queries with the Studio client: perspective raw, no CDN, the API version of DEFAULT_STUDIO_CLIENT_OPTIONS', async () => {
    expect(STUDIO_BASE_CLIENT_OPTIONS).toMatchObject({perspective: 'raw', useCdn: false, apiVersion: DEFAULT_STUDIO_CLIENT_OPTIONS.apiVersion})
    await withStudioClient(curriculum, async (client, server) => {
      expect(client.config()).toMatchObject({perspective: 'raw', useCdn: false})
      expect(await validateOne(helpdesk, {client})).toEqual([])
      const queries = server.requests.filter((r) => r.path.includes('/data/query/'))
      expect(queries.length).toBeGreaterThan(0)
      // Every rule's query went out with perspective=raw, so drafts and release versions were visible to it.
      expect(new Set(queries.map((r) => r.query.perspective))).toEqual(new Set(['raw']))
    })
  })

  it('lets rules see drafts: a draft on the same rung is a clash only the raw perspective shows', async () => {
    const draftClash = edit(helpdesk, {_id: 'drafts.role.new', slug: {_type: 'slug', current: 'new-role'}, transitions: undefined})
    const markers = await validateOne(edit(helpdesk, {_id: 'drafts.role.other', slug: {_type: 'slug', current: 'other-role'}, transitions: undefined}), {
      dataset: [...curriculum.filter((d) => d._id !== 'role.helpdesk'), draftClash],
    })
    expect(describeMarkers(markers)).toEqual(['error rung: "Help desk technician" already stands on rung 1 of "Support engineering"; pick another rung'])
  })

  it('reports a reference to a document the dataset does not hold', async () => {
    const dangling = edit(helpdesk, {credentials: [ref('cert.missing', 'c1')]})
    expect(describeMarkers(await validateOne(dangling, {dataset: curriculum}))).toEqual([
      'error credentials[_key=="c1"]: Referenced document must be published',
    ])
  })

  it('judges references as the Studio form does: a draft needs the target published; a release version may use the target in its release', async () => {
    const draftTrack = edit(track, {_id: 'drafts.track.new', slug: {_type: 'slug', current: 'new-track'}})
    const role = {...edit(helpdesk, {track: ref('track.new'), transitions: undefined, slug: {_type: 'slug', current: 'new-role'}}), rung: 1}
    const dataset = [...curriculum, draftTrack]
    expect(describeMarkers(await validateOne({...role, _id: 'drafts.role.new'}, {dataset}))).toEqual(['error track: Referenced document must be published'])
    const inRelease = [...curriculum, {...draftTrack, _id: 'versions.spring.track.new'}]
    expect(await validateOne({...role, _id: 'versions.spring.role.new'}, {dataset: inRelease})).toEqual([])
    expect(describeMarkers(await validateOne({...role, _id: 'versions.autumn.role.new'}, {dataset: inRelease}))).toEqual(['error track: Referenced document must be published'])
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
