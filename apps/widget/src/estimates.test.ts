import {describe, expect, it} from 'vitest'
import {aboutYears, costText, experienceText, yearCount} from './estimates'

describe('estimates', () => {
  it('uses the plural rules of English: 1 year, 1.5 years, 2 years', () => {
    expect(yearCount(1)).toBe('1 year')
    expect(yearCount(1.5)).toBe('1.5 years')
    expect(yearCount(2)).toBe('2 years')
    expect(aboutYears(1)).toBe('about 1 year')
  })

  it('says when a figure is an estimate, and only then', () => {
    expect(aboutYears(2, 'estimate')).toBe('about 2 years · estimate')
    expect(aboutYears(2, 'source')).toBe('about 2 years')
    expect(aboutYears(2, 'added')).toBe('about 2 years')
  })

  it('writes experience ranges: closed, open-ended, single', () => {
    expect(experienceText({min: 2, max: 5, basis: 'estimate'})).toBe('2–5 years of experience · estimate')
    expect(experienceText({min: 8})).toBe('8+ years of experience')
    expect(experienceText({min: 1, max: 1}, '')).toBe('1 year')
    expect(experienceText({min: 0, max: 1}, '')).toBe('0–1 years')
    expect(experienceText(undefined)).toBe('')
  })

  it('labels costs as the Studio does, an estimated one in brackets', () => {
    expect(costText('free-audit', undefined)).toBe('Free to audit')
    expect(costText('paid', 'estimate')).toBe('Paid (estimate)')
    expect(costText('', 'estimate')).toBe('')
  })
})
