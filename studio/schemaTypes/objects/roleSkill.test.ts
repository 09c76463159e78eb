import {describe, expect, it} from 'vitest'
import {curriculum, edit, helpdesk, ref} from '../../test/fixtures'
import {describeMarkers, validateOne} from '../../test/validateDocuments'

const withProficiency = (proficiency: unknown) =>
  edit(helpdesk, {skills: [{_type: 'roleSkill', _key: 'sk1', skill: ref('skill.troubleshooting'), proficiency}]})

describe('expected proficiency', () => {
  it('accepts every whole number from 1 to 5', async () => {
    for (const proficiency of [1, 2, 3, 4, 5]) {
      expect(await validateOne(withProficiency(proficiency), {dataset: curriculum}), String(proficiency)).toEqual([])
    }
  })

  it('rejects numbers outside 1-5 and fractions with one clear message', async () => {
    for (const proficiency of [0, 6, 2.5, -1]) {
      const markers = await validateOne(withProficiency(proficiency), {dataset: curriculum})
      expect(describeMarkers(markers), String(proficiency)).toEqual(['error skills[_key=="sk1"].proficiency: Proficiency is a whole number from 1 to 5'])
    }
  })

  it('is required, and so is the skill', async () => {
    const markers = await validateOne(edit(helpdesk, {skills: [{_type: 'roleSkill', _key: 'sk1'}]}), {dataset: curriculum})
    expect(describeMarkers(markers)).toEqual([
      'error skills[_key=="sk1"].proficiency: Proficiency is a whole number from 1 to 5',
      'error skills[_key=="sk1"].skill: Required',
    ])
  })
})
