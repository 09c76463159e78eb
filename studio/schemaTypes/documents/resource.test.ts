import {describe, expect, it} from 'vitest'
import {book, curriculum, edit} from '../../test/fixtures'
import {hiddenOf} from '../../test/hidden'
import {describeMarkers, validateOne} from '../../test/validateDocuments'
import {resource} from './resource'

const authorsHidden = hiddenOf(resource, 'authors')

describe('resources', () => {
  it('accepts a book with authors, and a course without any', async () => {
    expect(await validateOne(book, {dataset: curriculum})).toEqual([])
    const course = edit(book, {kind: 'course', authors: undefined, cost: 'free-audit', url: 'https://www.coursera.org/learn/technical-support-fundamentals', urlBasis: {_type: 'basis', kind: 'added'}})
    expect(await validateOne(course, {dataset: curriculum})).toEqual([])
  })

  it('needs at least one author for a book; blank names do not count', async () => {
    for (const authors of [undefined, [], ['', '   ']]) {
      expect(describeMarkers(await validateOne(edit(book, {authors}), {dataset: curriculum})), JSON.stringify(authors)).toEqual(['error authors: A book needs at least one author'])
    }
  })

  it('refuses a blank author next to real ones', async () => {
    expect(describeMarkers(await validateOne(edit(book, {authors: ['Thomas A. Limoncelli', ' ']}), {dataset: curriculum}))).toEqual([
      'error authors: Remove the empty line or write it out',
    ])
  })

  it('shows leftover authors on a resource that is no longer a book', () => {
    expect(authorsHidden({document: {kind: 'course'}, value: undefined})).toBe(true)
    expect(authorsHidden({document: {kind: 'course'}, value: ['Someone']})).toBe(false)
    expect(authorsHidden({document: {kind: 'book'}, value: undefined})).toBe(false)
  })

  it('requires a kind and a cost from their lists', async () => {
    expect(describeMarkers(await validateOne(edit(book, {kind: undefined, cost: 'cheap', authors: undefined}), {dataset: curriculum}))).toEqual([
      'error cost: Value "cheap" did not match any allowed values',
      'error kind: Required',
    ])
  })

  it('keeps topics unique', async () => {
    expect(describeMarkers(await validateOne(edit(book, {topics: ['itil', 'itil']}), {dataset: curriculum}))).toEqual([
      'error topics[0]: Can\'t be a duplicate',
      'error topics[1]: Can\'t be a duplicate',
    ])
  })
})
