import {describe, expect, it} from 'vitest'
import {curriculum, edit, helpdesk} from '../../test/fixtures'
import {describeMarkers, validateOne} from '../../test/validateDocuments'

const withExperience = (experience: unknown) => edit(helpdesk, {experience})

describe('typical experience', () => {
  it('accepts min below or equal to max, and an open upper bound', async () => {
    for (const experience of [{min: 0, max: 2}, {min: 3, max: 3}, {min: 5}]) {
      expect(await validateOne(withExperience({_type: 'experienceRange', ...experience}), {dataset: curriculum})).toEqual([])
    }
  })

  it('rejects a minimum above the maximum, naming both', async () => {
    const markers = await validateOne(withExperience({_type: 'experienceRange', min: 5, max: 2}), {dataset: curriculum})
    expect(describeMarkers(markers)).toEqual(['error experience: Experience "from" (5) must not be more than "to" (2)'])
  })

  it('reports a negative maximum and a missing minimum with one message each', async () => {
    const markers = await validateOne(withExperience({_type: 'experienceRange', max: -1}), {dataset: curriculum})
    expect(describeMarkers(markers)).toEqual(['error experience.max: Years of experience are a number from 0 to 50', 'error experience.min: Required'])
  })
})

describe('typical time of a move', () => {
  it('may say where it comes from', async () => {
    const withBasis = (typicalYearsBasis: unknown) => edit(helpdesk, {transitions: [{_type: 'transition', _key: 't1', to: {_type: 'reference', _ref: 'role.analyst'}, kind: 'promotion', typicalYears: 2, typicalYearsBasis}]})
    expect(await validateOne(withBasis({_type: 'basis', kind: 'source', source: {_type: 'reference', _ref: 'source.support-ladder'}}), {dataset: curriculum})).toEqual([])
    expect(describeMarkers(await validateOne(withBasis({_type: 'basis', kind: 'guess'}), {dataset: curriculum}))).toEqual([
      'error transitions[_key=="t1"].typicalYearsBasis.kind: Say where this comes from: a source article, our estimate, or added by us',
    ])
  })

  it('is a number of years from 0 to 20', async () => {
    const move = (typicalYears: number) => ({_type: 'transition', _key: 't1', to: {_type: 'reference', _ref: 'role.analyst'}, kind: 'promotion', typicalYears})
    expect(await validateOne(edit(helpdesk, {transitions: [move(0.5)]}), {dataset: curriculum})).toEqual([])
    const markers = await validateOne(edit(helpdesk, {transitions: [move(25)]}), {dataset: curriculum})
    expect(describeMarkers(markers)).toEqual(['error transitions[_key=="t1"].typicalYears: Typical time is a number of years from 0 to 20'])
  })
})
