/**
 * The publish-time check, offline against the test server with the Studio's
 * client: it judges the version being published against the dataset as it is
 * at that moment (everything else as published), which validation of a draft
 * (drafts over published) cannot promise.
 */
import type {DocumentActionComponent, DocumentActionsContext} from 'sanity'
import {describe, expect, it} from 'vitest'
import studioConfig from '../sanity.config'
import {analyst, curriculum, edit, helpdesk, loc, move, success} from '../test/fixtures'
import {describeMarkers, validateOne, withStudioClient} from '../test/validateDocuments'
import {checkRolePublish, describePublishCheck} from './publishCheck'

const newRole = edit(helpdesk, {_id: 'drafts.role.desk-lead', title: loc('Desk lead'), slug: {_type: 'slug', current: 'desk-lead'}, rung: 2, seniority: 2, transitions: undefined})
const analystMovesUp = edit(analyst, {_id: 'drafts.role.analyst', rung: 5})

describe('checkRolePublish', () => {
  it('passes a draft that fits the published ladder', async () => {
    await withStudioClient([...curriculum, edit(newRole, {rung: 4, seniority: 3})], async (client) => {
      expect(await checkRolePublish(client, 'drafts.role.desk-lead')).toEqual({ok: true})
    })
  })

  it('stops a draft that validated only because another draft moves out of its rung (that draft is not published yet)', async () => {
    const dataset = [...curriculum, analystMovesUp, newRole]
    // Validation sees the drafts together: the analyst's draft leaves rung 2, so the new role may take it.
    expect(await validateOne(newRole, {dataset})).toEqual([])
    await withStudioClient(dataset, async (client) => {
      const result = await checkRolePublish(client, 'drafts.role.desk-lead')
      expect(describePublishCheck(result)).toEqual(['Rung: "Support analyst" already stands on rung 2 of "Support engineering"; pick another rung'])
    })
    // Publish the analyst's move first and the same draft publishes.
    await withStudioClient([...curriculum.filter((d) => d._id !== 'role.analyst'), {...analystMovesUp, _id: 'role.analyst'}, newRole], async (client) => {
      expect(await checkRolePublish(client, 'drafts.role.desk-lead')).toEqual({ok: true})
    })
  })

  it('catches a promotion loop closed by a role published after this draft validated', async () => {
    const a = (seniority: number, promotions: string[]) =>
      edit(success, {title: loc('Role A'), slug: {_type: 'slug', current: 'role-a'}, seniority, transitions: promotions.map((to, i) => move(to, `p${i}`))})
    const base = [
      ...curriculum,
      {...a(4, []), _id: 'role.a'},
      edit(success, {_id: 'role.b', title: loc('Role B'), slug: {_type: 'slug', current: 'role-b'}, seniority: 2, transitions: [move('role.c', 'p0')]}),
      edit(success, {_id: 'role.c', title: loc('Role C'), slug: {_type: 'slug', current: 'role-c'}, seniority: 3, transitions: [move('role.a', 'p0')]}),
    ]
    const draftA = {...a(1, ['role.b']), _id: 'drafts.role.a'}
    await withStudioClient([...base, draftA], async (client) => {
      const result = await checkRolePublish(client, 'drafts.role.a')
      expect(result.ok).toBe(false)
      expect(describePublishCheck(result)).toEqual(['Next moves: Promotions form a loop: Role A → Role B → Role C → Role A. A promotion must lead upwards.'])
    })
  })

  it('reports every failing rule at once, with the field it belongs to', async () => {
    const wrong = edit(newRole, {rung: 1, seniority: 4, transitions: [move('role.analyst', 'down')]})
    await withStudioClient([...curriculum, wrong], async (client) => {
      expect(describePublishCheck(await checkRolePublish(client, 'drafts.role.desk-lead'))).toEqual([
        'Rung: "Help desk technician" already stands on rung 1 of "Support engineering"; pick another rung',
        'Seniority: Seniority must not fall as the rung rises: "Support analyst" on rung 2 is Intermediate, below this role\'s Lead on rung 1',
        'Next moves: The move to "Support analyst" goes from Lead to Intermediate, but a promotion must go to a higher seniority: a move down is not a next move; remove it or pick another role',
      ])
    })
  })

  it('says so when the version to publish is gone', async () => {
    await withStudioClient(curriculum, async (client) => {
      const result = await checkRolePublish(client, 'drafts.role.nothing')
      expect(result).toEqual({ok: false, missing: 'drafts.role.nothing'})
      expect(describePublishCheck(result)).toEqual(['The version to publish (drafts.role.nothing) is no longer stored; reload the document and try again'])
    })
  })

  it('agrees with validation on the rules themselves (same functions): a draft refused by validation is refused at publish', async () => {
    const clash = edit(newRole, {rung: 3, seniority: 3})
    expect(describeMarkers(await validateOne(clash, {dataset: [...curriculum, clash]}))).toEqual([
      'error rung: "Senior support engineer" already stands on rung 3 of "Support engineering"; pick another rung',
    ])
    await withStudioClient([...curriculum, clash], async (client) => {
      expect(describePublishCheck(await checkRolePublish(client, clash._id))).toEqual([
        'Rung: "Senior support engineer" already stands on rung 3 of "Support engineering"; pick another rung',
      ])
    })
  })
})

describe('the Studio config wires the check into publishing roles only', () => {
  const publish = Object.assign((() => null) as unknown as DocumentActionComponent, {action: 'publish' as const})
  const discard = Object.assign((() => null) as unknown as DocumentActionComponent, {action: 'discardChanges' as const})
  const resolve = (schemaType: string) => {
    const actions = studioConfig.document?.actions
    if (typeof actions !== 'function') throw new Error('sanity.config.ts has no document.actions resolver')
    return actions([publish, discard], {schemaType} as DocumentActionsContext)
  }

  it('replaces publish for roles with the checked action, keeping its action id', () => {
    const [checked, other] = resolve('role')
    expect(checked).not.toBe(publish)
    expect(checked!.action).toBe('publish')
    expect(checked!.displayName).toBe('CheckedPublishAction')
    expect(other).toBe(discard)
  })

  it('leaves other types alone', () => {
    expect(resolve('skill')).toEqual([publish, discard])
  })
})
