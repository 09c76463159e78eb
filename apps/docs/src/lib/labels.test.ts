import {describe, expect, it} from 'vitest'
import {aboutYears, costText, experienceText, label, labelsFor, moveKind, roleTag, yearsText} from './labels'

describe('figures and their basis', () => {
  it('uses English plural rules: 1 year, 1.5 years, 2 years', () => {
    expect(yearsText(1)).toBe('1 year')
    expect(yearsText(1.5)).toBe('1.5 years')
    expect(aboutYears(1)).toBe('about 1 year')
  })

  it('says when a figure is an estimate, and only then', () => {
    expect(aboutYears(2, {kind: 'estimate'})).toBe('about 2 years · estimate')
    expect(aboutYears(2, {kind: 'source'})).toBe('about 2 years')
    expect(experienceText({min: 2, max: 5, basis: {kind: 'estimate'}})).toBe('2–5 years · estimate')
    expect(experienceText({min: 8, max: null})).toBe('8+ years')
    expect(experienceText({min: 0, max: 1})).toBe('0–1 years')
    expect(experienceText({min: 1, max: 1})).toBe('1 year')
    expect(costText('paid', {kind: 'estimate'})).toBe('Paid (estimate)')
    expect(costText('free-audit', {kind: 'source'})).toBe('Free to audit')
  })

  it('names moves and roles by kind, rung and seniority, never by level', () => {
    expect(moveKind('promotion')).toBe('Promotion')
    expect(moveKind('lateral')).toBe('Lateral move')
    expect(roleTag({rung: 2, seniority: 2})).toBe('Rung 2 · Intermediate')
    expect(roleTag({rung: null, seniority: 3})).toBe('Senior')
  })
})

describe('figures in Spanish and German', () => {
  it('use each language’s words, plural rules and number format', () => {
    const es = labelsFor('es')
    const de = labelsFor('de')
    expect(es.aboutYears(1)).toBe('alrededor de 1 año')
    expect(es.aboutYears(2.5, {kind: 'estimate'})).toBe('alrededor de 2,5 años · estimación')
    expect(de.aboutYears(1)).toBe('etwa 1 Jahr')
    expect(de.experienceText({min: 2, max: 5})).toBe('2–5 Jahre')
    expect(de.roleTag({rung: 2, seniority: 2})).toMatch(/^Stufe 2 · \S/)
    // Stored values take the Studio's catalogue in that language, not the English title.
    expect(es.moveKind('promotion')).not.toBe(moveKind('promotion'))
    expect(de.label('paid', 'resourceCost')).not.toBe(label('paid', 'resourceCost'))
  })
})
