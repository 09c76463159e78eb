import {describe, expect, it} from 'vitest'
import {aboutYears, costText, estimateNote, experienceText, yearCount, yrs} from './estimates'

describe('estimates', () => {
  it('uses the plural rules of English: 1 year, 1.5 years, 2 years', () => {
    expect(yearCount(1)).toBe('1 year')
    expect(yearCount(1.5)).toBe('1.5 years')
    expect(yearCount(2)).toBe('2 years')
    expect(aboutYears(1)).toBe('about 1 year')
    expect(yrs(1)).toBe('1 yr')
    expect(yrs(3)).toBe('3 yrs')
  })

  it('says once that figures are estimates: one note when all are, a ≈ on each estimate when only some are', () => {
    const [allMark, allNote] = estimateNote(['estimate', 'estimate'], 'All times')
    expect(allNote).toBe('All times are estimates.')
    expect(allMark('estimate')).toBe('')
    const [someMark, someNote] = estimateNote(['estimate', 'source', undefined], 'All times')
    expect(someNote).toBe('≈ marks an estimate.')
    expect(someMark('estimate')).toBe('≈')
    expect(someMark('source')).toBe('')
    expect(estimateNote(['source', 'added'], 'All times')[1]).toBe('')
    expect(estimateNote([], 'All times')[1]).toBe('')
  })

  it('writes experience ranges: closed, open-ended, single', () => {
    expect(experienceText({min: 2, max: 5, basis: 'estimate'})).toBe('2–5 years of experience')
    expect(experienceText({min: 8})).toBe('8+ years of experience')
    expect(experienceText({min: 1, max: 1}, '')).toBe('1 year')
    expect(experienceText({min: 0, max: 1}, '')).toBe('0–1 years')
    expect(experienceText(undefined)).toBe('')
  })

  it('labels costs as the Studio does, an estimated one in brackets (costs mix sourced and estimated figures)', () => {
    expect(costText('free-audit', undefined)).toBe('Free to audit')
    expect(costText('paid', 'estimate')).toBe('Paid (estimate)')
    expect(costText('', 'estimate')).toBe('')
  })
})
