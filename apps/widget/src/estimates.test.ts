import {describe, expect, it} from 'vitest'
import {aboutYears, afterYears, costText, estimateNote, experienceText} from './estimates'
import de from './i18n/de'
import {EN as CORE} from './i18n/en'
import {EN_VIEWS} from './i18n/en-views'
import es from './i18n/es'
import {createLocale} from './i18n/locale'

const EN = {...CORE, ...EN_VIEWS}
const en = createLocale('en', EN, 'ltr')
const spanish = createLocale('es', {...EN, ...es}, 'ltr')
const german = createLocale('de', {...EN, ...de}, 'ltr')

describe('estimates', () => {
  it('uses the plural rules of each language: 1 year, 1.5 years, 2 years; 1 año, 2 años; 1 Jahr, 2 Jahre', () => {
    expect([1, 1.5, 2].map(en.years)).toEqual(['1 year', '1.5 years', '2 years'])
    expect([1, 1.5, 2].map(spanish.years)).toEqual(['1 año', '1,5 años', '2 años'])
    expect([1, 2].map(german.years)).toEqual(['1 Jahr', '2 Jahre'])
    expect(aboutYears(en, 1)).toBe('about 1 year')
    expect([aboutYears(spanish, 1), aboutYears(spanish, 2)]).toEqual(['cerca de 1 año', 'cerca de 2 años'])
    expect([afterYears(german, 1, ''), afterYears(german, 2, ''), afterYears(german, 2, '≈')]).toEqual(['nach etwa 1 Jahr', 'nach etwa 2 Jahren', 'nach ≈2 Jahren'])
    expect([afterYears(en, 1, ''), afterYears(spanish, 3, '')]).toEqual(['after about 1 year', 'tras aprox. 3 años'])
    expect([en.yearsShort(1), en.yearsShort(3), spanish.yearsShort(1), spanish.yearsShort(2)]).toEqual(['1 yr', '3 yrs', '1 año', '2 años'])
    expect([en.t('moves', {count: 1}), en.t('moves', {count: 2}), spanish.t('moves', {count: 1}), german.t('moves', {count: 2})]).toEqual(['1 move', '2 moves', '1 paso', '2 Schritte'])
  })

  it('says once that figures are estimates: one note when all are, a ≈ on each estimate when only some are', () => {
    const [allMark, allNote] = estimateNote(en, ['estimate', 'estimate'], 'allTimesEstimated')
    expect(allNote).toBe('All times are estimates.')
    expect(allMark('estimate')).toBe('')
    const [someMark, someNote] = estimateNote(spanish, ['estimate', 'source', undefined], 'allTimesEstimated')
    expect(someNote).toBe('≈ indica una estimación.')
    expect(someMark('estimate')).toBe('≈')
    expect(someMark('source')).toBe('')
    expect(estimateNote(en, ['source', 'added'], 'allTimesEstimated')[1]).toBe('')
    expect(estimateNote(en, [], 'allTimesEstimated')[1]).toBe('')
  })

  it('writes experience ranges: closed, open-ended, single', () => {
    expect(experienceText(en, {min: 2, max: 5, basis: 'estimate'})).toBe('2–5 years of experience')
    expect(experienceText(en, {min: 8})).toBe('8+ years of experience')
    expect(experienceText(en, {min: 1, max: 1}, true)).toBe('1 year')
    expect(experienceText(en, {min: 0, max: 1}, true)).toBe('0–1 years')
    expect(experienceText(spanish, {min: 8})).toBe('al menos 8 años de experiencia')
    expect(experienceText(german, {min: 2, max: 5})).toBe('2–5 Jahre Berufserfahrung')
    expect(experienceText(en, undefined)).toBe('')
  })

  it('labels costs as the Studio does, in the language, an estimated one in brackets', () => {
    expect(costText(en, 'free-audit', undefined)).toBe('Free to audit')
    expect(costText(en, 'paid', 'estimate')).toBe('Paid (estimate)')
    expect(costText(spanish, 'paid', 'estimate')).toBe('De pago (estimación)')
    expect(costText(en, '', 'estimate')).toBe('')
  })
})
