import {describe, expect, it} from 'vitest'
import {curriculum, edit, helpdesk, line, ref} from '../../test/fixtures'
import {describeMarkers, validateOne} from '../../test/validateDocuments'

const skill = (id: string, key: string, proficiency: number) => ({_type: 'roleSkill', _key: key, skill: ref(id), proficiency})

describe('roles', () => {
  it('accepts a complete role', async () => {
    expect(await validateOne(helpdesk, {dataset: curriculum})).toEqual([])
  })

  it('requires title, slug, track, seniority, summary and responsibilities', async () => {
    const empty = edit(helpdesk, {title: undefined, track: undefined, seniority: undefined, summary: undefined, responsibilities: undefined, transitions: undefined})
    expect(describeMarkers(await validateOne(empty, {dataset: curriculum}))).toEqual([
      'error responsibilities: List at least one responsibility',
      "error seniority: Pick the role's seniority, from 1 (entry) to 7 (executive)",
      'error summary: Write the English text; it is required',
      'error title: Write the English text; it is required',
      'error track: Required',
    ])
  })

  it('refuses an empty list of responsibilities and blank lines in it', async () => {
    expect(describeMarkers(await validateOne(edit(helpdesk, {responsibilities: []}), {dataset: curriculum}))).toEqual(['error responsibilities: List at least one responsibility'])
    const blank = edit(helpdesk, {responsibilities: [line('Resolve user issues', 'r1'), line('   ', 'r2')]})
    expect(describeMarkers(await validateOne(blank, {dataset: curriculum}))).toEqual([
      'error responsibilities[_key=="r2"].text: The English text is empty; write it or remove that language',
    ])
  })

  it('lists each skill once, whatever the proficiency', async () => {
    const duplicated = edit(helpdesk, {skills: [skill('skill.troubleshooting', 'a', 1), skill('skill.troubleshooting', 'b', 3)]})
    expect(describeMarkers(await validateOne(duplicated, {dataset: curriculum}))).toEqual([
      'error skills: Each skill should be listed once; change its proficiency instead of adding it again',
    ])
    const distinct = edit(helpdesk, {skills: [skill('skill.troubleshooting', 'a', 1), skill('skill.communication', 'b', 3)]})
    expect(await validateOne(distinct, {dataset: curriculum})).toEqual([])
  })

  it('recommends certifications and degrees, each once', async () => {
    expect(await validateOne(edit(helpdesk, {credentials: [ref('cert.a-plus', 'c1'), ref('degree.computer-science', 'c2')]}), {dataset: curriculum})).toEqual([])
    const doubled = edit(helpdesk, {
      credentials: [ref('cert.a-plus', 'c1'), ref('cert.a-plus', 'c2')],
      resources: [ref('resource.book', 'b1'), ref('resource.book', 'b2')],
    })
    expect(describeMarkers(await validateOne(doubled, {dataset: curriculum}))).toEqual([
      'error credentials[_key=="c1"]: Can\'t be a duplicate',
      'error credentials[_key=="c2"]: Can\'t be a duplicate',
      'error resources[_key=="b1"]: Can\'t be a duplicate',
      'error resources[_key=="b2"]: Can\'t be a duplicate',
    ])
  })

  it('keeps aliases unique', async () => {
    expect(describeMarkers(await validateOne(edit(helpdesk, {aliases: ['IT support', 'IT support']}), {dataset: curriculum}))).toEqual([
      'error aliases[0]: Can\'t be a duplicate',
      'error aliases[1]: Can\'t be a duplicate',
    ])
  })
})
