/**
 * "Retire certification" through its functions: the successors and roles it
 * looks up (on the test server, with the Studio's client), the patch, what the
 * document looks like afterwards judged by Sanity's validation, and the action's
 * place among the certification's actions.
 */
import type {DocumentActionComponent, DocumentActionsContext} from 'sanity'
import {describe, expect, it} from 'vitest'
import studioConfig from '../sanity.config'
import {aPlus, edit} from '../test/fixtures'
import {mcse, networkPlus, toolsDataset} from '../test/scenario'
import {describeMarkers, validateOne, withStudioClient} from '../test/validateDocuments'
import {RetireCertificationAction} from './RetireCertificationAction'
import {applyRetirement, canRetire, loadRetireContext, retirementPatch, retireProblem, today} from './retire'

describe('what the dialog offers', () => {
  it('offers active, published certifications other than this one as successors, the same vendor\'s first', async () => {
    const draftOnly = edit(networkPlus, {_id: 'drafts.cert.draft-only', title: [{_key: 'en', _type: 'internationalizedArrayStringValue', language: 'en', value: 'Draft-only cert'}]})
    const context = await withStudioClient([...toolsDataset, draftOnly], (client) => loadRetireContext(client, 'drafts.cert.a-plus', 'org.comptia'))
    expect(context.candidates).toEqual([
      {id: 'cert.network-plus', title: 'CompTIA Network+', vendor: 'CompTIA', sameVendor: true},
      {id: 'cert.ms-900', title: 'Microsoft 365 Fundamentals', vendor: 'Microsoft', sameVendor: false},
    ])
  })

  it('lists each role that recommends it once, drafts included, under the draft\'s title', async () => {
    const context = await withStudioClient(toolsDataset, (client) => loadRetireContext(client, 'cert.mcse', 'org.microsoft'))
    expect(context.recommendedBy).toEqual(['Senior support engineer'])
    const all = await withStudioClient(toolsDataset, (client) => loadRetireContext(client, 'cert.a-plus', 'org.comptia'))
    expect(all.recommendedBy).toEqual(['Customer success manager', 'Help desk technician', 'Product manager', 'Senior support engineer', 'Support analyst (draft title)'])
  })
})

describe('the retirement', () => {
  it('sets status, date and successor in one patch; no successor clears a stale one', () => {
    expect(retirementPatch({retiredOn: '2025-06-30', successor: 'drafts.cert.network-plus'})).toEqual([
      {set: {status: 'retired', retiredOn: '2025-06-30', successor: {_type: 'reference', _ref: 'cert.network-plus'}}},
    ])
    expect(retirementPatch({retiredOn: '2025-06-30', successor: null})).toEqual([{set: {status: 'retired', retiredOn: '2025-06-30'}}, {unset: ['successor']}])
  })

  it('leaves a certification the validation accepts, with or without a successor', async () => {
    const draft = edit(aPlus, {_id: 'drafts.cert.a-plus'})
    for (const successor of ['cert.network-plus', null]) {
      const retired = applyRetirement(draft, {retiredOn: '2025-06-30', successor})
      expect(retired).toMatchObject({status: 'retired', retiredOn: '2025-06-30'})
      expect(describeMarkers(await validateOne(retired, {dataset: [...toolsDataset, retired]})), String(successor)).toEqual([])
    }
    // Without the action's patch, half a retirement is refused: the rules it satisfies.
    expect(describeMarkers(await validateOne(edit(draft, {status: 'retired'}), {dataset: toolsDataset}))).toEqual(['error retiredOn: A retired certification needs its retirement date'])
  })

  it('refuses a missing or malformed date and the certification itself as successor', () => {
    expect(retireProblem({retiredOn: '', successor: null}, 'cert.a-plus')).toBe('Give the retirement date as a day (YYYY-MM-DD)')
    expect(retireProblem({retiredOn: '2025-13-45', successor: null}, 'cert.a-plus')).toBe('Give the retirement date as a day (YYYY-MM-DD)')
    expect(retireProblem({retiredOn: '2025-06-30', successor: 'cert.a-plus'}, 'drafts.cert.a-plus')).toBe('A certification cannot replace itself')
    expect(retireProblem({retiredOn: today(new Date(2025, 0, 5)), successor: null}, 'cert.a-plus')).toBeNull()
    expect(today(new Date(2025, 0, 5))).toBe('2025-01-05')
  })

  it('is offered only while the certification is not retired', () => {
    expect(canRetire(aPlus)).toBe(true)
    expect(canRetire(mcse)).toBe(false)
    expect(canRetire(null)).toBe(false)
  })
})

describe('among the certification\'s actions', () => {
  const resolve = (schemaType: string) => {
    const actions = studioConfig.document?.actions
    if (typeof actions !== 'function') throw new Error('sanity.config.ts has no document.actions resolver')
    const publish = Object.assign((() => null) as unknown as DocumentActionComponent, {action: 'publish' as const})
    return actions([publish], {schemaType} as DocumentActionsContext)
  }
  it('comes after Sanity\'s own actions on certifications, and nowhere else', () => {
    expect(resolve('certification').at(-1)).toBe(RetireCertificationAction)
    expect(resolve('role')).not.toContain(RetireCertificationAction)
    expect(resolve('skill')).toHaveLength(1)
  })
})
