import {describe, expect, it} from 'vitest'
import {aPlus, block, book, comptia, curriculum, datasetWith, edit, faq, guide, source, track, troubleshooting} from '../../test/fixtures'
import {describeMarkers, validateOne} from '../../test/validateDocuments'

const URL_MESSAGE = 'Use a full web address starting with http:// or https://'
const SLUG_FORMAT = 'Use lowercase letters, digits and single hyphens only (for example "support-analyst")'
const EMPTY_RICH_TEXT = 'Write some text; empty paragraphs do not count'

describe('slug fields', () => {
  it('accepts a lowercase, hyphenated slug used by no other document of the type', async () => {
    expect(await validateOne(troubleshooting, {dataset: curriculum})).toEqual([])
  })

  it('requires a slug', async () => {
    const markers = await validateOne(edit(troubleshooting, {slug: undefined}), {dataset: curriculum})
    expect(describeMarkers(markers)).toEqual(['error slug.current: Required', 'error slug: Required'])
  })

  it('rejects capitals, spaces, underscores and doubled hyphens', async () => {
    for (const current of ['Troubleshooting', 'trouble shooting', 'trouble_shooting', 'trouble--shooting', '-troubleshooting']) {
      const markers = await validateOne(edit(troubleshooting, {slug: {_type: 'slug', current}}), {dataset: curriculum})
      expect(describeMarkers(markers), current).toEqual([`error slug: ${SLUG_FORMAT}`])
    }
  })

  it('rejects a slug another document of the same type already uses, published or draft (the client reads raw)', async () => {
    const twin = edit(troubleshooting, {_id: 'skill.troubleshooting-2'})
    expect(describeMarkers(await validateOne(twin, {dataset: datasetWith(twin)}))).toEqual(['error slug: Slug is already in use'])
    const draftTwin = edit(troubleshooting, {_id: 'drafts.skill.troubleshooting-2'})
    const other = edit(troubleshooting, {_id: 'skill.troubleshooting-3'})
    expect(describeMarkers(await validateOne(other, {dataset: datasetWith(draftTwin, other).filter((d) => d._id !== troubleshooting._id)}))).toEqual([
      'error slug: Slug is already in use',
    ])
  })

  it('does not count the draft, release and published copies of one document as a clash, nor other types', async () => {
    const draft = edit(troubleshooting, {_id: 'drafts.skill.troubleshooting'})
    const version = edit(troubleshooting, {_id: 'versions.spring.skill.troubleshooting'})
    expect(await validateOne(draft, {dataset: datasetWith(draft, version)})).toEqual([])
    expect(await validateOne(version, {dataset: datasetWith(draft, version)})).toEqual([])
    const sameSlugOtherType = edit(aPlus, {slug: {_type: 'slug', current: 'troubleshooting'}})
    expect(await validateOne(sameSlugOtherType, {dataset: datasetWith(sameSlugOtherType)})).toEqual([])
  })
})

describe('URL fields accept only absolute http(s) addresses', () => {
  const bad = ['javascript:alert(1)', 'ftp://files.example.com/a.pdf', '/relative/path', 'mailto:someone@example.com']

  it('accepts http and https', async () => {
    for (const url of ['https://www.comptia.org/certifications/a', 'http://example.com/page']) {
      expect(await validateOne(edit(source, {url}), {dataset: curriculum})).toEqual([])
    }
  })

  for (const url of bad) {
    it(`rejects ${url} on resources, certifications, organisations and source articles`, async () => {
      for (const doc of [book, aPlus, comptia, source]) {
        expect(describeMarkers(await validateOne(edit(doc, {url}), {dataset: curriculum})), doc._type).toEqual([`error url: ${URL_MESSAGE}`])
      }
    })
  }

  it('applies to links inside rich text too', async () => {
    const linked = {...block('See the vendor page.', 'a1'), markDefs: [{_type: 'link', _key: 'l1', href: 'javascript:alert(1)'}]}
    const markers = await validateOne(edit(faq, {answer: [linked]}), {dataset: curriculum})
    expect(describeMarkers(markers)).toEqual([`error answer[_key=="a1"].markDefs[_key=="l1"].href: ${URL_MESSAGE}`])
    const fine = {...linked, markDefs: [{_type: 'link', _key: 'l1', href: 'https://www.comptia.org'}]}
    expect(await validateOne(edit(faq, {answer: [fine]}), {dataset: curriculum})).toEqual([])
  })
})

describe('rich text', () => {
  it('refuses an answer or body that is only empty or blank paragraphs', async () => {
    for (const blocks of [[block('', 'a1')], [block('   ', 'a1'), block('\n', 'a2')]]) {
      expect(describeMarkers(await validateOne(edit(faq, {answer: blocks}), {dataset: curriculum}))).toEqual([`error answer: ${EMPTY_RICH_TEXT}`])
      expect(describeMarkers(await validateOne(edit(guide, {body: blocks}), {dataset: curriculum}))).toEqual([`error body: ${EMPTY_RICH_TEXT}`])
    }
  })

  it('requires it at all', async () => {
    expect(describeMarkers(await validateOne(edit(faq, {answer: undefined}), {dataset: curriculum}))).toEqual(['error answer: Required', `error answer: ${EMPTY_RICH_TEXT}`])
  })

  it('accepts one paragraph with text among empty ones', async () => {
    expect(await validateOne(edit(faq, {answer: [block('', 'a0'), block('Yes, often.', 'a1')]}), {dataset: curriculum})).toEqual([])
  })
})

describe('sources', () => {
  it('lists each source once', async () => {
    const twice = edit(track, {sources: [{_type: 'reference', _key: 's1', _ref: source._id}, {_type: 'reference', _key: 's2', _ref: source._id}]})
    expect(describeMarkers(await validateOne(twice, {dataset: curriculum}))).toEqual([
      'error sources[_key=="s1"]: Each source should be listed once',
      'error sources[_key=="s2"]: Each source should be listed once',
    ])
  })
})
