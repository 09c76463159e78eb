import {describe, expect, it} from 'vitest'
import {analyst, curriculum, datasetWith, edit, ref} from '../../test/fixtures'
import {describeMarkers, validateOne} from '../../test/validateDocuments'

const lateralTo = (id: string) => ({_type: 'transition', _key: 'l1', to: ref(id), kind: 'lateral', typicalYears: 1})
const blankCondition = {_type: 'localizedLine', _key: 'c1', text: [{_key: 'en', _type: 'internationalizedArrayStringValue', language: 'en', value: ' '}]}

describe('next moves', () => {
  it('accepts a move to another role', async () => {
    expect(await validateOne(edit(analyst, {transitions: [{...lateralTo('role.senior'), kind: 'promotion'}]}), {dataset: curriculum})).toEqual([])
  })

  it('refuses a blank condition line and blank advice', async () => {
    const move = {...lateralTo('role.senior'), kind: 'promotion', conditions: [blankCondition], advice: [{...blankCondition.text[0], _type: 'internationalizedArrayTextValue'}]}
    expect(describeMarkers(await validateOne(edit(analyst, {transitions: [move]}), {dataset: curriculum}))).toEqual([
      'error transitions[_key=="l1"].advice: The English text is empty; write it or remove that language',
      'error transitions[_key=="l1"].conditions[_key=="c1"].text: The English text is empty; write it or remove that language',
    ])
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
    const markers = await validateOne(edit(analyst, {transitions: [{...lateralTo('role.senior'), kind: 'demotion'}]}), {dataset: curriculum})
    expect(describeMarkers(markers)).toEqual(['error transitions[_key=="l1"].kind: Value \"demotion\" did not match any allowed values'])
  })
})
