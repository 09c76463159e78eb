import {describe, expect, it} from 'vitest'
// Test-only: the Studio's option lists are the source of truth the SDK mirrors (no runtime import).
import * as studio from '../../../studio/schemaTypes/shared/options'
import {LANGUAGES} from './languageNames'
import {LANGUAGE_IDS} from './languages'
import {LANGUAGE_VALUES} from './schemas/enums'
import {isFamily, isLadder, LADDER_KINDS, PROFICIENCY_LABELS, proficiencyLabel, SENIORITY_LABELS, seniorityLabel, TRANSLATED_LABELS, VALUE_LABELS, valueLabel} from './vocabulary'

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

  it('has the Studio languages, in order, with their names', () => {
    expect(LANGUAGES.map(({id, title, name}) => ({id, title, name}))).toStrictEqual(studio.supportedLanguages.map(({id, title, name}) => ({id, title, name})))
    expect(LANGUAGE_IDS).toStrictEqual(studio.supportedLanguages.map((l) => l.id))
    expect(LANGUAGE_VALUES).toStrictEqual(LANGUAGE_IDS)
  })

  it.each(studio.translationLanguages)('has the Studio catalogue\'s %s labels for every list, proficiency and seniority', (language) => {
    const translated = TRANSLATED_LABELS[language]
    for (const [name, options] of Object.entries(lists)) {
      const expected = options.map((o) => (o as unknown as {i18n: Record<string, string>}).i18n[language])
      expect(translated.lists[name as keyof typeof VALUE_LABELS], name).toStrictEqual(expected)
      for (const o of options) expect(valueLabel(o.value, name as keyof typeof VALUE_LABELS, language)).toBe(studio.optionTitle(options as never, o.value as never, language))
    }
    expect(translated.proficiency).toStrictEqual(studio.proficiencyLevels.map((o) => o.i18n[language]))
    expect(translated.seniority).toStrictEqual(studio.seniorityLevels.map((o) => o.i18n[language]))
    for (const o of studio.seniorityLevels) expect(seniorityLabel(o.value, language)).toBe(studio.optionTitle(studio.seniorityLevels, o.value, language))
    for (const o of studio.proficiencyLevels) expect(proficiencyLabel(o.value, language)).toBe(studio.optionTitle(studio.proficiencyLevels, o.value, language))
  })

  it('labels in the language asked for, English by default, and says what is off the list in that language', () => {
    expect(valueLabel('free-audit', undefined, 'es')).toBe('Gratis como oyente')
    expect(valueLabel('associate', 'degreeLevel', 'de')).toBe('Associate Degree (Kurzstudium)')
    expect(valueLabel('associate', undefined, 'es')).toBe('Asociado')
    expect(seniorityLabel(5, 'de')).toBe('Manager oder Principal')
    expect(proficiencyLabel(3, 'es')).toBe('Competente')
    expect(proficiencyLabel(9, 'de')).toBe('Stufe 9')
    expect(seniorityLabel(8, 'es')).toBe('Nivel de responsabilidad 8')
    expect(valueLabel('on-call-rota', undefined, 'de')).toBe('On call rota')
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
