import {describe, expect, it} from 'vitest'
import {book, curriculum, edit} from '../../test/fixtures'
import {describeMarkers, validateOne} from '../../test/validateDocuments'

describe('resources', () => {
  it('accepts a book with authors, and a course without any', async () => {
    expect(await validateOne(book, {dataset: curriculum})).toEqual([])
    const course = edit(book, {kind: 'course', authors: undefined, cost: 'free-audit', url: 'https://www.coursera.org/learn/technical-support-fundamentals'})
    expect(await validateOne(course, {dataset: curriculum})).toEqual([])
  })

  it('needs at least one author for a book', async () => {
    for (const authors of [undefined, []]) {
      expect(describeMarkers(await validateOne(edit(book, {authors}), {dataset: curriculum}))).toEqual(['error authors: A book needs at least one author'])
    }
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
