import {validateApiPerspective} from '@sanity/client'
import {getPublishedId, getVersionFromId, isDraftId as sanityIsDraftId, isVersionId as sanityIsVersionId} from '@sanity/client/csm'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {applyPerspective, isDraftId, isVersionId, layerOf, publishedIdOf, releaseOf, toPerspective} from './perspective'

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
    expect(view.map((d) => [d._id, d.title, (d as {_originalId?: string})._originalId])).toEqual([
      ['a', 'A draft', 'drafts.a'],
      ['b', 'B published', undefined],
      ['c', 'C draft only', 'drafts.c'],
    ])
  })

  test('a release stack wins over drafts and published, in order', () => {
    expect(titles(applyPerspective(docs, ['rSpring', 'drafts']))).toEqual(['A draft', 'C draft only', 'B in spring release'])
    expect(titles(applyPerspective(docs, ['rSpring']))).toEqual(['A published', 'B in spring release'])
  })

  test('raw shows every stored document', () => {
    expect(applyPerspective(docs, 'raw')).toHaveLength(docs.length)
  })
})

/** Ids as Sanity writes them, and the malformed ones a dataset export can still hold. */
const idPart = fc.stringMatching(/^[A-Za-z0-9_-]{1,8}$/)
const ids = fc.oneof(
  idPart,
  idPart.map((id) => `drafts.${id}`),
  fc.tuple(idPart, idPart).map(([release, id]) => `versions.${release}.${id}`),
  fc.tuple(idPart, idPart).map(([a, b]) => `${a}.${b}`),
  fc.constantFrom('drafts.', 'versions.', 'versions.r1', 'versions.r1.a.b', 'drafts.versions.x', 'versions.drafts.x'),
  fc.string({maxLength: 12}),
)

describe('ids: the same answers as @sanity/client’s own helpers', () => {
  test('published id, draft and version tests, release name', () => {
    fc.assert(
      fc.property(ids, (id) => {
        expect(isDraftId(id)).toBe(sanityIsDraftId(id))
        expect(isVersionId(id)).toBe(sanityIsVersionId(id))
        expect(publishedIdOf(id)).toBe(getPublishedId(id))
        expect(releaseOf(id)).toBe(getVersionFromId(id))
        expect(layerOf(id)).toBe(isDraftId(id) ? 'drafts' : (getVersionFromId(id) ?? 'published'))
      }),
      {numRuns: 500},
    )
  })
})

describe('perspective values: refused exactly where @sanity/client refuses them', () => {
  const layer = fc.oneof(fc.constantFrom('drafts', 'published', 'raw', 'previewDrafts', 'rSpring', 'r1'), idPart)
  const perspectives = fc.oneof(fc.constantFrom('published', 'drafts', 'raw', 'previewDrafts'), fc.array(layer, {maxLength: 4}))
  const clientAccepts = (value: unknown) => {
    try {
      validateApiPerspective(value)
      return true
    } catch (error) {
      expect(error).toBeInstanceOf(TypeError)
      return false
    }
  }

  test('whatever the client refuses (a TypeError there), toPerspective refuses', () => {
    fc.assert(
      fc.property(perspectives, (value) => {
        if (!clientAccepts(value)) expect(toPerspective(value)).toBeNull()
      }),
      {numRuns: 500},
    )
  })

  test('every stack of drafts, published and release ids the client accepts is accepted', () => {
    const stack = fc.array(fc.oneof(fc.constantFrom('drafts', 'published'), idPart.filter((id) => id !== 'raw')), {minLength: 1, maxLength: 4})
    fc.assert(
      fc.property(stack, (value) => {
        expect(clientAccepts(value)).toBe(true)
        expect(toPerspective(value)).not.toBeNull()
      }),
      {numRuns: 300},
    )
  })

  test('the client’s forms in the Lake’s', () => {
    expect(toPerspective('previewDrafts')).toEqual({kind: 'stack', layers: ['drafts']})
    expect(toPerspective(['raw'])).toEqual({kind: 'raw'})
    expect(toPerspective([])).toEqual({kind: 'published'})
    expect(toPerspective(['rSpring', 'drafts', 'published'])).toEqual({kind: 'stack', layers: ['rSpring', 'drafts']})
    expect(toPerspective(['raw', 'drafts'])).toBeNull()
  })
})
