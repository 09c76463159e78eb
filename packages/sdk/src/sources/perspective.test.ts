import {describe, expect, test} from 'vitest'
import {applyPerspective, publishedIdOf} from './perspective'

const docs = [
  {_id: 'a', _type: 'role', title: 'A published'},
  {_id: 'drafts.a', _type: 'role', title: 'A draft'},
  {_id: 'b', _type: 'role', title: 'B published'},
  {_id: 'drafts.c', _type: 'role', title: 'C draft only'},
  {_id: 'versions.rSpring.b', _type: 'role', title: 'B in spring release'},
]
const titles = (list: readonly Record<string, unknown>[]) => list.map((d) => d.title)

describe('perspectives like the Content Lake', () => {
  test('published hides drafts and release versions', () => {
    expect(titles(applyPerspective(docs, 'published'))).toEqual(['A published', 'B published'])
  })

  test('drafts overlays drafts on published under the published id', () => {
    const view = applyPerspective(docs, 'drafts')
    expect(view.map((d) => [d._id, d.title, d._originalId])).toEqual([
      ['a', 'A draft', 'drafts.a'],
      ['b', 'B published', undefined],
      ['c', 'C draft only', 'drafts.c'],
    ])
  })

  test('a release stack wins over drafts and published, in order', () => {
    expect(titles(applyPerspective(docs, ['rSpring', 'drafts']))).toEqual(['A draft', 'C draft only', 'B in spring release'])
  })

  test('raw shows every stored document', () => {
    expect(applyPerspective(docs, 'raw')).toHaveLength(docs.length)
  })

  test('published ids', () => {
    expect(['x', 'drafts.x', 'versions.r1.x'].map(publishedIdOf)).toEqual(['x', 'x', 'x'])
  })
})
