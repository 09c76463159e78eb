/**
 * The cross-document rules of shared/ladder.ts, through Sanity's engine on
 * role documents: rung, seniority along a ladder, the meaning of each move,
 * promotion loops. (Stories over drafts and releases: test/editorFlows.test.ts.)
 */
import {describe, expect, it} from 'vitest'
import {analyst, curriculum, datasetWith, edit, helpdesk, move, senior, success} from '../../test/fixtures'
import {describeMarkers, validateOne} from '../../test/validateDocuments'

const check = async (role: typeof helpdesk, dataset = datasetWith(role)) => describeMarkers(await validateOne(role, {dataset}))

describe('rung (one role per rung of a ladder; none in a family)', () => {
  it('accepts the fixture ladder and the family role without a rung', async () => {
    for (const role of [helpdesk, analyst, senior, success]) expect(await check(role), role._id).toEqual([])
  })

  it('refuses a second role on a rung', async () => {
    expect(await check(edit(analyst, {rung: 1}))).toEqual(['error rung: "Help desk technician" already stands on rung 1 of "Support engineering"; pick another rung'])
  })

  it('refuses a rung on a family role', async () => {
    expect(await check(edit(success, {rung: 1}))).toEqual(['error rung: "Beyond support" is a family of roles, not a ladder: roles in a family have no rung; clear it'])
  })

  it('asks for a rung on a ladder role', async () => {
    expect(await check(edit(analyst, {rung: undefined}))).toEqual(['error rung: Give this role its rung on "Support engineering" (1 = the entry role)'])
  })

  it('keeps a rung a whole number from 1 to 20', async () => {
    for (const rung of [0, 21, 2.5]) expect(await check(edit(analyst, {rung})), String(rung)).toEqual(['error rung: A rung is a whole number from 1 to 20'])
  })
})

describe('seniority (one scale across ladders; never falls as the rung rises)', () => {
  it('requires a seniority from the scale', async () => {
    expect(await check(edit(success, {seniority: undefined}))).toEqual(["error seniority: Pick the role's seniority, from 1 (entry) to 7 (executive)"])
    // Off the scale: our message and Sanity's list check (each rule of the field carries it).
    expect(await check(edit(success, {seniority: 9}))).toEqual([
      "error seniority: Pick the role's seniority, from 1 (entry) to 7 (executive)",
      'error seniority: Value "9" did not match any allowed values',
    ])
  })

  it('refuses a role more senior than the rung above it', async () => {
    expect(await check(edit(analyst, {seniority: 4, transitions: []}))).toEqual([
      'error seniority: Seniority must not fall as the rung rises: "Senior support engineer" on rung 3 is Senior, below this role\'s Lead on rung 2',
    ])
  })

  it('refuses a role less senior than a rung below it', async () => {
    expect(await check(edit(senior, {seniority: 1}))).toEqual([
      'error seniority: Seniority must not fall as the rung rises: "Support analyst" on rung 2 is Intermediate, this role on rung 3 is Entry',
    ])
  })

  it('allows two rungs at the same seniority (a ladder may climb within a level)', async () => {
    expect(await check(edit(analyst, {seniority: 1}))).toEqual([])
  })
})

describe('next moves have a checked meaning on the seniority scale', () => {
  const at = (key: string) => `error transitions[_key=="${key}"].kind`

  it('refuses a promotion down, and says a move down is no next move', async () => {
    expect(await check(edit(senior, {transitions: [move('role.helpdesk', 't1')]}))).toEqual([
      `${at('t1')}: The move to "Help desk technician" goes from Senior to Entry, but a promotion must go to a higher seniority: a move down is not a next move; remove it or pick another role`,
    ])
  })

  it('refuses a promotion to the same seniority and suggests a lateral move', async () => {
    expect(await check(edit(helpdesk, {transitions: [move('role.success', 't2')]}))).toEqual([
      `${at('t2')}: The move to "Customer success manager" goes from Entry to Entry, but a promotion must go to a higher seniority: make it a lateral move`,
    ])
  })

  it('refuses a lateral move up and suggests a promotion', async () => {
    expect(await check(edit(helpdesk, {transitions: [move('role.analyst', 't1', 'lateral')]}))).toEqual([
      `${at('t1')}: The move to "Support analyst" goes from Entry to Intermediate, but a lateral move stays at the same seniority: make it a promotion`,
    ])
  })

  it('accepts a specialisation at the same or a higher seniority, refuses one down', async () => {
    expect(await check(edit(helpdesk, {transitions: [move('role.success', 't1', 'specialisation'), move('role.senior', 't2', 'specialisation')]}))).toEqual([])
    expect(await check(edit(senior, {transitions: [move('role.analyst', 't1', 'specialisation')]}))).toEqual([
      `${at('t1')}: The move to "Support analyst" goes from Senior to Intermediate, but a specialisation stays at the same seniority or goes higher: a move down is not a next move; remove it or pick another role`,
    ])
  })

  it('refuses a move to the role itself, once', async () => {
    expect(await check(edit(helpdesk, {transitions: [move('role.helpdesk', 't1')]}))).toEqual([
      'error transitions[_key=="t1"].to: A role cannot lead to itself; pick a different role',
    ])
  })
})

describe('promotion loops', () => {
  it('finds a loop through stored roles, with the edited role\'s own moves in place of its stored ones', async () => {
    // Imported data: the senior role "promotes" back to the help desk. The help desk role's own moves are fine, yet it closes the loop.
    const looped = edit(senior, {transitions: [move('role.helpdesk', 't1')]})
    const dataset = datasetWith(looped)
    expect(await check(helpdesk, dataset)).toEqual([
      'error transitions: Promotions form a loop: Help desk technician → Support analyst → Senior support engineer → Help desk technician. A promotion must lead upwards.',
    ])
    // Dropping its promotion in the edited version breaks the loop.
    expect(await check(edit(helpdesk, {transitions: [move('role.success', 't2', 'lateral')]}), dataset)).toEqual([])
  })

  it('ignores promotions of other roles that do not come back', async () => {
    expect(await check(analyst, curriculum.slice())).toEqual([])
  })
})
