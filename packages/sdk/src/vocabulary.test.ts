import {describe, expect, it} from 'vitest'
// Test-only: the Studio's option lists are the source of truth the SDK mirrors (no runtime import).
import * as studio from '../../../studio/schemaTypes/shared/options'
import {isFamily, isLadder, LADDER_KINDS, PROFICIENCY_LABELS, proficiencyLabel, SENIORITY_LABELS, seniorityLabel, VALUE_LABELS, valueLabel} from './vocabulary'

const lists: Record<keyof typeof VALUE_LABELS, readonly {title: string; value: string}[]> = {
  trackKind: studio.trackKinds,
  skillCategory: studio.skillCategories,
  transitionKind: studio.transitionKinds,
  certificationLevel: studio.certificationLevels,
  certificationStatus: studio.certificationStatuses,
  degreeLevel: studio.degreeLevels,
  resourceKind: studio.resourceKinds,
  resourceCost: studio.resourceCosts,
  basisKind: studio.basisKinds,
}

describe('vocabulary', () => {
  it.each(Object.entries(lists))('%s has the Studio titles for the Studio values, in order', (name, options) => {
    const expected = Object.fromEntries(options.map((o) => [o.value, o.title]))
    expect(VALUE_LABELS[name as keyof typeof VALUE_LABELS]).toStrictEqual(expected)
    expect(Object.keys(VALUE_LABELS[name as keyof typeof VALUE_LABELS])).toStrictEqual(options.map((o) => o.value))
  })

  it('has the Studio proficiency labels', () => {
    expect(PROFICIENCY_LABELS).toStrictEqual(studio.proficiencyLabels)
  })

  it('has the Studio seniority scale, value for value', () => {
    expect(studio.seniorityLevels.map((level) => level.value)).toStrictEqual(SENIORITY_LABELS.map((_, i) => i + 1))
    expect(SENIORITY_LABELS).toStrictEqual(studio.seniorityLevels.map((level) => level.title))
  })

  it('has the Studio ladder kinds', () => {
    expect(LADDER_KINDS).toStrictEqual(studio.ladderKinds)
  })

  it('labels values from any list and humanises unknown ones', () => {
    expect(valueLabel('free-audit')).toBe('Free to audit')
    expect(valueLabel('individual-contributor')).toBe('Individual contributor ladder')
    expect(valueLabel('family')).toBe('Family of roles')
    expect(valueLabel('on-call-rota')).toBe('On call rota')
  })

  it('tells apart a value two lists share when the list is named', () => {
    expect(valueLabel('associate', 'degreeLevel')).toBe('Associate degree')
    expect(valueLabel('associate', 'certificationLevel')).toBe('Associate')
    expect(valueLabel('associate')).toBe('Associate')
  })

  it('labels proficiency and seniority and says which value is out of range', () => {
    expect(proficiencyLabel(1)).toBe('Awareness')
    expect(proficiencyLabel(5)).toBe('Expert')
    expect(proficiencyLabel(7)).toBe('Level 7')
    expect(seniorityLabel(1)).toBe('Entry')
    expect(seniorityLabel(5)).toBe('Manager or principal')
    expect(seniorityLabel(7)).toBe('Executive')
    expect(seniorityLabel(8)).toBe('Seniority 8')
  })

  it('tells families from ladders', () => {
    expect(isFamily({kind: 'family'})).toBe(true)
    expect(isFamily({kind: 'management'})).toBe(false)
    expect(isLadder({kind: 'technician'})).toBe(true)
    expect(isLadder({kind: 'family'})).toBe(false)
    expect(isLadder({kind: null})).toBe(false)
  })
})
