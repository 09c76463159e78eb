import {describe, expect, it} from 'vitest'
import {curriculum, datasetWith, edit, learningPath, loc} from '../../test/fixtures'
import {describeMarkers, validateOne} from '../../test/validateDocuments'

type Module = {_key: string; slug: {current: string}}
const modules = learningPath.modules as Module[]

describe('learning path modules', () => {
  it('accepts distinct module slugs, and the same module slug in another path', async () => {
    expect(await validateOne(learningPath, {dataset: curriculum})).toEqual([])
    const otherPath = edit(learningPath, {_id: 'path.second-year', title: loc('Your second year'), slug: {_type: 'slug', current: 'second-year'}})
    // Both paths have a "basics" module: module slugs only need to be unique within their path.
    expect(await validateOne(otherPath, {dataset: datasetWith(otherPath)})).toEqual([])
  })

  it('rejects two modules with one slug in the same path', async () => {
    const clash = edit(learningPath, {modules: [modules[0], {...modules[1], slug: {_type: 'slug', current: 'basics'}}]})
    expect(describeMarkers(await validateOne(clash, {dataset: curriculum}))).toEqual(['error modules: Module slugs must be unique within a path'])
  })

  it('checks the shape of module slugs', async () => {
    const shouting = edit(learningPath, {modules: [{...modules[0], slug: {_type: 'slug', current: 'The Basics'}}]})
    expect(describeMarkers(await validateOne(shouting, {dataset: curriculum}))).toEqual([
      'error modules[_key=="m1"].slug: Use lowercase letters, digits and single hyphens only (for example "support-analyst")',
    ])
  })

  it('refuses a v1 plain-string title with the type check alone', async () => {
    expect(describeMarkers(await validateOne(edit(learningPath, {title: 'Your first year'}), {dataset: curriculum}))).toEqual([
      'error title: Expected type "Array", got "String"',
    ])
  })

  it('needs at least one module, each with topics that have key points', async () => {
    expect(describeMarkers(await validateOne(edit(learningPath, {modules: []}), {dataset: curriculum}))).toEqual(['error modules: Must have at least 1 items'])
    const emptyTopic = edit(learningPath, {
      modules: [{...modules[0], topics: [{_type: 'learningTopic', _key: 't1', title: loc('Tickets'), keyPoints: []}]}],
    })
    expect(describeMarkers(await validateOne(emptyTopic, {dataset: curriculum}))).toEqual([
      'error modules[_key=="m1"].topics[_key=="t1"].keyPoints: Add at least one key point',
    ])
  })
})
