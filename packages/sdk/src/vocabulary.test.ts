import {describe, expect, it} from 'vitest'
// Test-only: the Studio's option lists are the source of truth the SDK mirrors (no runtime import).
import * as studio from '../../../studio/schemaTypes/shared/options'
import {PROFICIENCY_LABELS, proficiencyLabel, VALUE_LABELS, valueLabel} from './vocabulary'

const lists: Record<keyof typeof VALUE_LABELS, readonly {title: string; value: string}[]> = {
  trackKind: studio.trackKinds,
  skillCategory: studio.skillCategories,
  transitionKind: studio.transitionKinds,
  credentialKind: studio.credentialKinds,
  certificationLevel: studio.certificationLevels,
  certificationStatus: studio.certificationStatuses,
  resourceKind: studio.resourceKinds,
  resourceCost: studio.resourceCosts,
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

  it('labels values from any list and humanises unknown ones', () => {
    expect(valueLabel('free-audit')).toBe('Free to audit')
    expect(valueLabel('individual-contributor')).toBe('Individual contributor')
    expect(valueLabel('on-call-rota')).toBe('On call rota')
  })

  it('labels proficiency levels and says which level is out of range', () => {
    expect(proficiencyLabel(1)).toBe('Awareness')
    expect(proficiencyLabel(5)).toBe('Expert')
    expect(proficiencyLabel(7)).toBe('Level 7')
  })
})
