import {describe, expect, it} from 'vitest'
import {analyst, curriculum, datasetWith, edit, ref} from '../../test/fixtures'
import {describeMarkers, validateOne} from '../../test/validateDocuments'

const lateralTo = (id: string) => ({_type: 'transition', _key: 'l1', to: ref(id), kind: 'lateral', typicalYears: 1})

describe('next moves', () => {
  it('accepts a move to another role', async () => {
    expect(await validateOne(edit(analyst, {transitions: [lateralTo('role.helpdesk')]}), {dataset: curriculum})).toEqual([])
  })

  it('rejects a move from a role to itself, also when editing its draft', async () => {
    const self = edit(analyst, {transitions: [lateralTo('role.analyst')]})
    expect(describeMarkers(await validateOne(self, {dataset: curriculum}))).toEqual([
      'error transitions[_key=="l1"].to: A role cannot lead to itself; pick a different role',
    ])
    const draft = edit(self, {_id: 'drafts.role.analyst'})
    expect(describeMarkers(await validateOne(draft, {dataset: datasetWith(draft)}))).toEqual([
      'error transitions[_key=="l1"].to: A role cannot lead to itself; pick a different role',
    ])
  })

  it('needs a target, a kind and a typical time', async () => {
    const markers = await validateOne(edit(analyst, {transitions: [{_type: 'transition', _key: 'x'}]}), {dataset: curriculum})
    expect(describeMarkers(markers)).toEqual([
      'error transitions[_key=="x"].kind: Required',
      'error transitions[_key=="x"].to: Required',
      'error transitions[_key=="x"].typicalYears: Required',
    ])
  })

  it('rejects a kind outside the list', async () => {
    const markers = await validateOne(edit(analyst, {transitions: [{...lateralTo('role.helpdesk'), kind: 'demotion'}]}), {dataset: curriculum})
    expect(describeMarkers(markers)).toEqual(['error transitions[_key=="l1"].kind: Value \"demotion\" did not match any allowed values'])
  })
})
