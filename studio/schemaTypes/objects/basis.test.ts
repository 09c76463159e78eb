import {describe, expect, it} from 'vitest'
import {book, curriculum, edit, ref} from '../../test/fixtures'
import {hiddenOf} from '../../test/hidden'
import {describeMarkers, validateOne} from '../../test/validateDocuments'
import {basis} from './basis'

const withCostBasis = (costBasis: unknown) => edit(book, {costBasis})
const sourceHidden = hiddenOf(basis, 'source')

describe('basis (where a figure or link comes from)', () => {
  it('accepts an estimate, something we added, and a named source article', async () => {
    for (const value of [{kind: 'estimate'}, {kind: 'added', note: 'Official home page'}, {kind: 'source', source: ref('source.support-ladder')}]) {
      expect(await validateOne(withCostBasis({_type: 'basis', ...value}), {dataset: curriculum}), value.kind).toEqual([])
    }
  })

  it('needs a kind from the list', async () => {
    expect(describeMarkers(await validateOne(withCostBasis({_type: 'basis', note: 'x'}), {dataset: curriculum}))).toEqual([
      'error costBasis.kind: Say where this comes from: a source article, our estimate, or added by us',
    ])
  })

  it('names the article when the basis is a source', async () => {
    expect(describeMarkers(await validateOne(withCostBasis({_type: 'basis', kind: 'source'}), {dataset: curriculum}))).toEqual([
      'error costBasis.source: Pick the source article that gives it',
    ])
  })

  it('refuses a leftover article on an estimate, and shows the field so it can be cleared', async () => {
    expect(describeMarkers(await validateOne(withCostBasis({_type: 'basis', kind: 'estimate', source: ref('source.support-ladder')}), {dataset: curriculum}))).toEqual([
      'error costBasis.source: Only a basis "From a source article" names an article; clear this field',
    ])
    expect(sourceHidden({parent: {kind: 'estimate'}, value: ref('source.support-ladder')})).toBe(false)
    expect(sourceHidden({parent: {kind: 'estimate'}, value: undefined})).toBe(true)
    expect(sourceHidden({parent: {kind: 'source'}, value: undefined})).toBe(false)
  })
})
