/** The catalogues and the locale: every key in every language, the same placeholders, plurals by Intl.PluralRules. */
import {afterEach, describe, expect, it, vi} from 'vitest'
import de from './de'
import {EN as CORE} from './en'
import {EN_VIEWS} from './en-views'
import es from './es'
import {addMessages, createLocale, loadMessages, pickLanguage} from './locale'

const EN = {...CORE, ...EN_VIEWS}
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe.each([
  ['es', es],
  ['de', de],
] as const)('the %s catalogue', (_, catalogue) => {
  it('has every key of the English one and no other (a missing key also fails the typecheck: `satisfies Messages`)', () => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(EN).sort())
    for (const [key, value] of Object.entries(catalogue)) expect(value.trim(), key).not.toBe('')
  })

  it('fills the same placeholders as English in every message', () => {
    for (const [key, value] of Object.entries(EN)) expect(placeholders(catalogue[key as keyof typeof EN]), key).toEqual(placeholders(value))
  })

  it('is written in its language, not copied: only messages without words (or with a word both languages share) equal the English', () => {
    const same = Object.entries(catalogue).filter(([key, value]) => value === EN[key as keyof typeof EN] && /\p{L}{3,}/u.test(value.replace(/\{\w+\}/g, '')))
    // "Plan: 2 pasos, …": plan is Spanish and German too.
    expect(same.map(([key]) => key)).toEqual(['planSaid'])
  })
})

describe('plural keys', () => {
  it('come as _one and _other pairs', () => {
    const keys = Object.keys(EN)
    for (const key of keys.filter((k) => k.endsWith('_one'))) expect(keys, key).toContain(key.replace(/_one$/, '_other'))
    for (const key of keys.filter((k) => k.endsWith('_other'))) expect(keys, key).toContain(key.replace(/_other$/, '_one'))
  })
})

describe('the locale', () => {
  afterEach(() => vi.restoreAllMocks())

  it('picks the language: es-MX → es, de-AT → de, en-GB → en; unknown → English with one warning per language', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect([pickLanguage('es-MX', false), pickLanguage('DE-at', false), pickLanguage('en-GB', false), pickLanguage(undefined, false)]).toEqual(['es', 'de', 'en', 'en'])
    expect([pickLanguage('fr-CA', false), pickLanguage('fr-CA', false)]).toEqual(['en', 'en'])
    expect(warn).toHaveBeenCalledTimes(1)
    // The element's own messages make any language available; a site-wide catalogue too.
    expect(pickLanguage('ar-EG', true)).toBe('ar')
    addMessages({it: {navMap: 'Mappa delle carriere'}})
    expect(pickLanguage('it-CH', false)).toBe('it')
    expect(warn).toHaveBeenCalledTimes(1)
  })

  it('layers the words: English, then the shipped catalogue, the site’s, the element’s', async () => {
    addMessages({es: {navPlan: 'Planea tu camino'}})
    const m = await loadMessages('es', {navCompare: 'Compara'})
    expect([m.navMap, m.navPlan, m.navCompare, m.loading]).toEqual([es.navMap, 'Planea tu camino', 'Compara', es.loading])
    expect((await loadMessages('xx', {navMap: 'X'})).navPlan).toBe(EN.navPlan)
  })

  it('counts with Intl.PluralRules, the host’s extra forms included, and formats numbers in the language', () => {
    const pl = createLocale('pl', {...EN, moves_one: '{count} krok', moves_few: '{count} kroki', moves_many: '{count} kroków'}, 'ltr')
    expect([1, 2, 5, 22].map((count) => pl.t('moves', {count}))).toEqual(['1 krok', '2 kroki', '5 kroków', '22 kroki'])
    const german = createLocale('de', {...EN, ...de}, 'ltr')
    expect(german.t('yearN', {n: 2.5})).toBe('Jahr 2,5')
    expect(german.yearRange(2, 5)).toBe('2–5 Jahre')
    expect(german.monthYear('2016-07-31')).toBe('Juli 2016')
    expect(german.list(['A', 'B', 'C'])).toBe('A, B und C')
  })

  it('writes whole numbers under 1,000 in the shipped languages as NumberFormat does, without making one (the map then needs none); others through it', () => {
    const made = vi.spyOn(Intl, 'NumberFormat')
    const shipped = ['en', 'es', 'de'].map((lang) => createLocale(lang, EN, 'ltr'))
    const whole = [0, 2, 42, 999]
    const written = shipped.map((l) => whole.map((n) => [l.num(n), l.t('rung', {n}), l.yearsShort(n)]))
    expect(made).not.toHaveBeenCalled()
    made.mockRestore()
    expect(written).toEqual(shipped.map((l) => whole.map((n) => [new Intl.NumberFormat(l.lang).format(n), `Rung ${new Intl.NumberFormat(l.lang).format(n)}`, `${n} ${n === 1 ? 'yr' : 'yrs'}`])))
    const [en, , de] = shipped
    expect([en!.num(1000), en!.num(1.5), de!.num(1234.5), de!.num(-3)]).toEqual(['1,000', '1.5', '1.234,5', '-3'])
    // A language the widget does not ship keeps its own digits (Bengali: ২).
    expect(createLocale('bn', EN, 'ltr').num(2)).toBe(new Intl.NumberFormat('bn').format(2))
    expect(createLocale('bn', EN, 'ltr').num(2)).not.toBe('2')
  })

  it('puts nodes in a sentence where the language wants them', () => {
    const spanish = createLocale('es', {...EN, ...es}, 'ltr')
    const button = {button: true} as never
    expect(spanish.parts('levelsNeeded', {rate: button})).toEqual(['Nivel necesario, de 1 a 5. ', button, ' para ver qué te falta.'])
  })
})
