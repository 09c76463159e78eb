import {describe, expect, expectTypeOf, it} from 'vitest'
import {applyPerspective, describePerspective, layerOf, publishedIdOf, toPerspective} from './index'
import * as standalone from '@careerpath/test-server/perspective'

interface Doc {
  _id: string
  _type: string
  title: string
}
const docs: Doc[] = [
  {_id: 'a', _type: 't', title: 'A published'},
  {_id: 'drafts.a', _type: 't', title: 'A draft'},
  {_id: 'b', _type: 't', title: 'B published'},
  {_id: 'versions.spring.b', _type: 't', title: 'B spring'},
  {_id: 'versions.spring.c', _type: 't', title: 'C spring only'},
  {_id: 'drafts.c', _type: 't', title: 'C draft'},
]
const titles = (list: readonly {title: string}[]) => list.map((d) => d.title)

describe('applyPerspective', () => {
  it('takes the client’s form of a perspective and keeps the document type', () => {
    const view = applyPerspective(docs, ['spring', 'drafts'])
    expectTypeOf(view).toEqualTypeOf<Doc[]>()
    expect(titles(view)).toEqual(['A draft', 'B spring', 'C spring only'])
    expect(view.map((d) => [d._id, (d as {_originalId?: string})._originalId])).toEqual([
      ['a', 'drafts.a'],
      ['b', 'versions.spring.b'],
      ['c', 'versions.spring.c'],
    ])
  })

  it('gives the same view for the client form and the parsed form', () => {
    for (const perspective of ['published', 'drafts', 'raw', 'previewDrafts', ['spring'], ['drafts', 'spring'], ['spring', 'drafts', 'published']] as const) {
      const parsed = toPerspective(perspective)
      expect(parsed, JSON.stringify(perspective)).not.toBeNull()
      expect(applyPerspective(docs, parsed!)).toEqual(applyPerspective(docs, perspective))
    }
    expect(titles(applyPerspective(docs, 'published'))).toEqual(['A published', 'B published'])
    expect(applyPerspective(docs, 'raw')).toHaveLength(docs.length)
  })

  it('refuses what the Content Lake refuses', () => {
    for (const bad of [['raw', 'drafts'], ['drafts', 'raw'], ['has space'], ['drafts', '']] as const) expect(toPerspective(bad), JSON.stringify(bad)).toBeNull()
    // What the client puts on the wire for these is valid: `perspective=` (the default) and `perspective=previewDrafts`.
    expect(toPerspective([])).toEqual({kind: 'published'})
    expect(toPerspective(['previewDrafts'])).toEqual({kind: 'stack', layers: ['drafts']})
    expect(() => applyPerspective(docs, ['raw', 'drafts'])).toThrow(TypeError)
  })

  it('does not copy documents it does not rewrite', () => {
    expect(applyPerspective(docs, 'drafts').find((d) => d._id === 'b')).toBe(docs[2])
  })
})

describe('ids and names', () => {
  it('reads drafts., versions.<release>. and published ids', () => {
    expect(['x', 'drafts.x', 'versions.r1.x', 'versions.r1.a.b'].map(publishedIdOf)).toEqual(['x', 'x', 'x', 'a.b'])
    expect(['x', 'drafts.x', 'versions.r1.x'].map(layerOf)).toEqual(['published', 'drafts', 'r1'])
    expect(describePerspective(['r1', 'drafts'])).toBe('r1,drafts')
    expect(describePerspective({kind: 'stack', layers: ['drafts']})).toBe('drafts')
  })

  it('is importable on its own, without the server (what the SDK would import)', () => {
    expect(standalone.applyPerspective).toBe(applyPerspective)
    expect(standalone.toPerspective('drafts')).toEqual({kind: 'stack', layers: ['drafts']})
  })
})
