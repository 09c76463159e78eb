import {describe, expect, it} from 'vitest'
import {analyst, curriculum, datasetWith, edit, helpdesk, ref, senior, track} from '../../test/fixtures'
import {describeMarkers, validateOne} from '../../test/validateDocuments'

const promotion = (to: string, key = 'p') => ({_type: 'transition', _key: key, to: ref(to), kind: 'promotion', typicalYears: 2})
const lateral = (to: string, key = 'l') => ({_type: 'transition', _key: key, to: ref(to), kind: 'lateral', typicalYears: 1})

describe('ladder order within a track', () => {
  it('accepts roles of this track in rising levels', async () => {
    expect(await validateOne(track, {dataset: curriculum})).toEqual([])
  })

  it('rejects a ladder whose levels do not rise, naming both roles', async () => {
    const shuffled = edit(track, {roles: [ref('role.analyst', 'r1'), ref('role.helpdesk', 'r2'), ref('role.senior', 'r3')]})
    expect(describeMarkers(await validateOne(shuffled, {dataset: curriculum}))).toEqual([
      'error roles: Roles must be in ladder order: "Help desk technician" (level 1) comes after "Support analyst" (level 2)',
    ])
  })

  it('rejects two roles on the same level', async () => {
    const sameLevel = edit(senior, {level: 2})
    expect(describeMarkers(await validateOne(track, {dataset: datasetWith(sameLevel)}))).toEqual([
      'error roles: Roles must be in ladder order: "Senior support engineer" (level 2) comes after "Support analyst" (level 2)',
    ])
  })

  it('rejects a role that belongs to another track', async () => {
    const elsewhere = edit(senior, {track: ref('track.management')})
    expect(describeMarkers(await validateOne(track, {dataset: datasetWith(elsewhere)}))).toEqual([
      'error roles: "Senior support engineer" belongs to another track; set its track to this one or remove it from this ladder',
    ])
  })

  it('lists each role once and at least one', async () => {
    expect(describeMarkers(await validateOne(edit(track, {roles: []}), {dataset: curriculum}))).toEqual(['error roles: Must have at least 1 items'])
    const twice = edit(track, {roles: [ref('role.helpdesk', 'r1'), ref('role.helpdesk', 'r2')]})
    const markers = describeMarkers(await validateOne(twice, {dataset: curriculum}))
    expect(markers).toContain('error roles[_key=="r2"]: Can\'t be a duplicate')
  })
})

describe('promotion cycles', () => {
  it('accepts promotions that climb, and lateral moves back down', async () => {
    expect(await validateOne(senior, {dataset: curriculum})).toEqual([])
    const sideways = edit(senior, {transitions: [lateral('role.helpdesk')]})
    expect(await validateOne(sideways, {dataset: datasetWith(sideways)})).toEqual([])
  })

  it('catches a loop through stored roles created by the unsaved edit (A → B → C → A)', async () => {
    // Stored: help desk → analyst → senior. The draft of "senior" adds a promotion back to help desk.
    const draft = edit(senior, {_id: 'drafts.role.senior', transitions: [promotion('role.helpdesk')]})
    expect(describeMarkers(await validateOne(draft, {dataset: datasetWith(draft)}))).toEqual([
      'error transitions: Promotions form a loop: Senior support engineer → Help desk technician → Support analyst → Senior support engineer. A promotion must lead upwards.',
    ])
  })

  it('uses the edited transitions instead of the stored ones', async () => {
    // Stored analyst promotes to senior; stored senior promotes back to analyst (a loop in stored data).
    const loopingSenior = edit(senior, {transitions: [promotion('role.analyst')]})
    const dataset = datasetWith(loopingSenior)
    expect(describeMarkers(await validateOne(analyst, {dataset}))).toEqual([
      'error transitions: Promotions form a loop: Support analyst → Senior support engineer → Support analyst. A promotion must lead upwards.',
    ])
    // The analyst's unsaved draft drops its promotion: no loop through it any more.
    const fixedDraft = edit(analyst, {_id: 'drafts.role.analyst', transitions: [lateral('role.helpdesk')]})
    expect(await validateOne(fixedDraft, {dataset: [...dataset, fixedDraft]})).toEqual([])
  })

  it('catches a direct two-role loop', async () => {
    const back = edit(analyst, {transitions: [promotion('role.senior', 'p1')]})
    const seniorBack = edit(senior, {transitions: [promotion('role.analyst')]})
    expect(describeMarkers(await validateOne(seniorBack, {dataset: datasetWith(back, seniorBack)}))).toEqual([
      'error transitions: Promotions form a loop: Senior support engineer → Support analyst → Senior support engineer. A promotion must lead upwards.',
    ])
    expect(await validateOne(helpdesk, {dataset: datasetWith(back, seniorBack)})).toEqual([])
  })
})
