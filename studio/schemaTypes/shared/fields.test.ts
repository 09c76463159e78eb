import {describe, expect, it} from 'vitest'
import {aPlus, block, book, curriculum, datasetWith, edit, faq, source, track, troubleshooting} from '../../test/fixtures'
import {describeMarkers, validateOne} from '../../test/validateDocuments'

const URL_MESSAGE = 'Use a full web address starting with http:// or https://'
const SLUG_FORMAT = 'Use lowercase letters, digits and single hyphens only (for example "support-analyst")'

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

  it('rejects a slug another document of the same type already uses (checked through the client)', async () => {
    const twin = edit(troubleshooting, {_id: 'skill.troubleshooting-2', title: 'Troubleshooting again'})
    const markers = await validateOne(twin, {dataset: datasetWith(twin)})
    expect(describeMarkers(markers)).toEqual(['error slug: Slug is already in use'])
  })

  it('does not count the draft and published copies of one document as a clash, nor other types', async () => {
    const draft = edit(troubleshooting, {_id: 'drafts.skill.troubleshooting', title: 'Troubleshooting (edited)'})
    expect(await validateOne(draft, {dataset: datasetWith(draft)})).toEqual([])
    // A certification may share a slug with a skill: uniqueness is per type.
    const sameSlugOtherType = edit(aPlus, {slug: {_type: 'slug', current: 'troubleshooting'}})
    expect(await validateOne(sameSlugOtherType, {dataset: datasetWith(sameSlugOtherType)})).toEqual([])
  })
})

describe('URL fields accept only absolute http(s) addresses', () => {
  const bad = ['javascript:alert(1)', 'ftp://files.example.com/a.pdf', '/relative/path', 'mailto:someone@example.com']

  it('accepts http and https', async () => {
    for (const url of ['https://www.comptia.org/certifications/a', 'http://example.com/page']) {
      expect(await validateOne(edit(source, {url}))).toEqual([])
    }
  })

  for (const url of bad) {
    it(`rejects ${url} on resources, certifications and source articles`, async () => {
      expect(describeMarkers(await validateOne(edit(book, {url}), {dataset: curriculum}))).toEqual([`error url: ${URL_MESSAGE}`])
      expect(describeMarkers(await validateOne(edit(aPlus, {url}), {dataset: curriculum}))).toEqual([`error url: ${URL_MESSAGE}`])
      expect(describeMarkers(await validateOne(edit(source, {url})))).toEqual([`error url: ${URL_MESSAGE}`])
    })
  }

  it('applies to links inside rich text too', async () => {
    const linked = {
      ...block('See the vendor page.', 'a1'),
      markDefs: [{_type: 'link', _key: 'l1', href: 'javascript:alert(1)'}],
    }
    const markers = await validateOne(edit(faq, {answer: [linked]}), {dataset: curriculum})
    expect(describeMarkers(markers)).toEqual([`error answer[_key=="a1"].markDefs[_key=="l1"].href: ${URL_MESSAGE}`])
    const fine = {...linked, markDefs: [{_type: 'link', _key: 'l1', href: 'https://www.comptia.org'}]}
    expect(await validateOne(edit(faq, {answer: [fine]}), {dataset: curriculum})).toEqual([])
  })
})

describe('shared fields', () => {
  it('lists each source once', async () => {
    const twice = edit(track, {sources: [{_type: 'reference', _key: 's1', _ref: source._id}, {_type: 'reference', _key: 's2', _ref: source._id}]})
    const markers = await validateOne(twice, {dataset: curriculum})
    expect(describeMarkers(markers)).toEqual([
      'error sources[_key=="s1"]: Each source should be listed once',
      'error sources[_key=="s2"]: Each source should be listed once',
    ])
  })

  it('requires a summary of 20 to 600 characters and a language', async () => {
    const markers = await validateOne(edit(track, {summary: 'Too short.', language: undefined}), {dataset: curriculum})
    expect(describeMarkers(markers)).toEqual(['error language: Required', 'error summary: Must be at least 20 characters long'])
  })
})
