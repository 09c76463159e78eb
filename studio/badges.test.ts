import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {DocumentBadgesContext, EditStateFor} from 'sanity'
import {describe, expect, it} from 'vitest'
import {ESTIMATE_HEAVY_MIN_FIGURES, EstimateHeavyBadge, estimateHeavyBadge, RetiredBadge, retiredBadge, roleFigures} from './badges'
import studioConfig from './sanity.config'
import {aPlus, edit, helpdesk, ref, success} from './test/fixtures'

const state = (versions: Partial<Pick<EditStateFor, 'draft' | 'published' | 'version'>>) => ({draft: null, published: null, version: null, ...versions}) as unknown as EditStateFor
const retired = edit(aPlus, {status: 'retired', retiredOn: '2024-12-31', successor: ref('cert.network-plus')})
const source = {_type: 'basis', kind: 'source', source: ref('source.support-ladder')}

describe('"Retired" badge', () => {
  it('marks a retired certification, saying when and whether something replaces it', () => {
    expect(retiredBadge(retired)).toEqual({label: 'Retired', color: 'danger', title: 'Retired on 2024-12-31, with a successor. Roles should not recommend it.'})
    expect(retiredBadge(edit(retired, {successor: undefined, retiredOn: undefined}))?.title).toBe('Retired, with no successor. Roles should not recommend it.')
    expect(retiredBadge(aPlus)).toBeNull()
  })

  it('follows the version being edited: a draft retiring a published certification shows it, a draft reviving one does not', () => {
    expect(RetiredBadge(state({published: aPlus as never, draft: retired as never}))?.label).toBe('Retired')
    expect(RetiredBadge(state({published: retired as never, draft: aPlus as never}))).toBeNull()
    expect(RetiredBadge(state({published: aPlus as never, version: retired as never}))?.label).toBe('Retired')
  })
})

describe('"Estimate-heavy" badge', () => {
  it('counts a role\'s figures (proficiencies, experience, typical years) and those that are our estimates', () => {
    // The fixture help desk role: two proficiencies (one estimated, one without a basis), an estimated range, two estimated moves.
    expect(roleFigures(helpdesk)).toEqual({figures: 5, estimates: 4})
    expect(estimateHeavyBadge(helpdesk)).toEqual({
      label: 'Estimate-heavy',
      color: 'warning',
      title: '4 of 5 figures (proficiencies, experience, typical years) are our estimates; cite a source article where one gives them.',
    })
  })

  it('stays off when half or fewer are estimates, and on a role too sparse to judge', () => {
    const sourced = edit(helpdesk, {transitions: (helpdesk.transitions as Record<string, unknown>[]).map((t) => ({...t, typicalYearsBasis: source}))})
    expect(roleFigures(sourced)).toEqual({figures: 5, estimates: 2})
    expect(estimateHeavyBadge(sourced)).toBeNull()
    const sparse = edit(success, {skills: [], transitions: undefined})
    expect(roleFigures(sparse).figures).toBeLessThan(ESTIMATE_HEAVY_MIN_FIGURES)
    expect(estimateHeavyBadge(sparse)).toBeNull()
  })

  it('marks every role of the seed curriculum: all its figures are still our estimates', () => {
    const path = fileURLToPath(new URL('../packages/curriculum/dataset/careerpath.ndjson', import.meta.url))
    const roles = readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>).filter((d) => d._type === 'role')
    expect(roles.filter((r) => EstimateHeavyBadge(state({published: r as never}))?.label === 'Estimate-heavy')).toHaveLength(roles.length)
  })
})

describe('badges in the Studio', () => {
  const badges = (schemaType: string) => {
    const resolve = studioConfig.document?.badges
    if (typeof resolve !== 'function') throw new Error('sanity.config.ts has no document.badges resolver')
    return resolve([], {schemaType} as DocumentBadgesContext)
  }
  it('adds "Retired" to certifications and "Estimate-heavy" to roles only', () => {
    expect(badges('certification')).toEqual([RetiredBadge])
    expect(badges('role')).toEqual([EstimateHeavyBadge])
    expect(badges('skill')).toEqual([])
  })
})
