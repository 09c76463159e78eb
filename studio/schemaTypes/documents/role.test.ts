import {describe, expect, it} from 'vitest'
import {curriculum, edit, helpdesk, ref} from '../../test/fixtures'
import {describeMarkers, validateOne} from '../../test/validateDocuments'

const skill = (id: string, key: string, proficiency: number) => ({_type: 'roleSkill', _key: key, skill: ref(id), proficiency})

describe('roles', () => {
  it('accepts a complete role', async () => {
    expect(await validateOne(helpdesk, {dataset: curriculum})).toEqual([])
  })

  it('requires title, track, level, summary and responsibilities', async () => {
    const empty = edit(helpdesk, {title: undefined, track: undefined, level: undefined, summary: undefined, responsibilities: undefined})
    expect(describeMarkers(await validateOne(empty, {dataset: curriculum}))).toEqual([
      'error level: Required',
      'error responsibilities: Required',
      'error summary: Required',
      'error title: Required',
      'error track: Required',
    ])
  })

  it('keeps the level a whole number from 1 to 20', async () => {
    for (const level of [0, 21, 1.5]) {
      expect(describeMarkers(await validateOne(edit(helpdesk, {level}), {dataset: curriculum})), String(level)).toEqual([
        'error level: Level is a whole number from 1 to 20',
      ])
    }
  })

  it('lists each skill once, whatever the proficiency', async () => {
    const duplicated = edit(helpdesk, {skills: [skill('skill.troubleshooting', 'a', 1), skill('skill.troubleshooting', 'b', 3)]})
    expect(describeMarkers(await validateOne(duplicated, {dataset: curriculum}))).toEqual([
      'error skills: Each skill should be listed once; change its proficiency instead of adding it again',
    ])
    const distinct = edit(helpdesk, {skills: [skill('skill.troubleshooting', 'a', 1), skill('skill.communication', 'b', 3)]})
    expect(await validateOne(distinct, {dataset: curriculum})).toEqual([])
  })

  it('lists each certification and resource once', async () => {
    const doubled = edit(helpdesk, {
      certifications: [ref('cert.a-plus', 'c1'), ref('cert.a-plus', 'c2')],
      resources: [ref('resource.book', 'b1'), ref('resource.book', 'b2')],
    })
    expect(describeMarkers(await validateOne(doubled, {dataset: curriculum}))).toEqual([
      'error certifications[_key=="c1"]: Can\'t be a duplicate',
      'error certifications[_key=="c2"]: Can\'t be a duplicate',
      'error resources[_key=="b1"]: Can\'t be a duplicate',
      'error resources[_key=="b2"]: Can\'t be a duplicate',
    ])
  })
})
