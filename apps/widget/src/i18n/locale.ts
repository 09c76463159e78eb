/**
 * The widget's words in one language: messages from a catalogue (English in
 * the main bundle, Spanish and German in chunks of their own, loaded only when
 * asked for), the host's overrides on top, and numbers, durations, dates and
 * lists through `Intl` in that language.
 */
import type {Child} from '../dom'
import {isLanguage, proficiencyLabel, seniorityLabel, valueLabel, type VocabularyList} from '../sdk'
import {EN, type MessageKey, type Messages} from './en'

type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other'
type PluralBase<K> = K extends `${infer B}_other` ? B : never
export type PluralKey = PluralBase<MessageKey>
/** A message key; a plural one is named without its `_one`/`_other` ending and takes `{count}`. */
export type Key = Exclude<MessageKey, `${string}_${PluralForm}`> | PluralKey
/** What a host may give: any of the keys, and the plural forms its language needs (`moves_few`…). */
export type PartialMessages = {readonly [K in MessageKey | `${PluralKey}_${PluralForm}`]?: string}
export type Vars = Readonly<Record<string, string | number>>

/** The languages shipped beside English, each its own chunk. */
const SHIPPED: Readonly<Record<string, () => Promise<{default: Messages}>>> = {
  es: () => import('./es'),
  de: () => import('./de'),
}
const loaded = new Map<string, Promise<Messages | undefined>>()
/** Catalogues a site registers for every element (`define({messages})`), by language. */
const registered = new Map<string, PartialMessages>()
const warned = new Set<string>()
/** English, the last word for every key: the views' part arrives with their first chunk (`addEnglish`). */
let english: Readonly<Record<string, string>> = EN

export const addEnglish = (words: Readonly<Record<string, string>>): void => void (english = {...english, ...words})

export function addMessages(messages: Readonly<Record<string, PartialMessages>>): void {
  for (const [lang, m] of Object.entries(messages)) registered.set(lang.toLowerCase(), {...registered.get(lang.toLowerCase()), ...m})
}

/**
 * The language to show for a requested tag: the tag itself, else its base
 * (`es-MX` → `es`, `de-AT` → `de`), if the widget has words for it (shipped,
 * registered, or given to this element); else English, with one warning per tag.
 */
export function pickLanguage(tag: string | null | undefined, own: boolean): string {
  const full = (tag || 'en').trim().toLowerCase()
  const base = full.split('-')[0]!
  for (const lang of [full, base]) if (lang === 'en' || lang in SHIPPED || registered.has(lang)) return lang
  if (own) return base
  if (!warned.has(full)) {
    warned.add(full)
    console.warn(`<career-path>: no messages for the language "${full}"; showing English. Give them with the "messages" property or define({messages}).`)
  }
  return 'en'
}

/** Every message in `lang`: English, then the shipped catalogue, the site's, the element's own. */
export async function loadMessages(lang: string, own?: PartialMessages): Promise<Record<string, string>> {
  const load = SHIPPED[lang]
  let shipped: Messages | undefined
  if (load) {
    // A chunk that fails to load (offline, a deploy mid-visit) leaves the English words, not a broken widget.
    if (!loaded.has(lang)) loaded.set(lang, load().then((m) => m.default, () => void console.warn(`<career-path>: the "${lang}" messages did not load; showing English.`)))
    shipped = await loaded.get(lang)
  }
  return {...EN, ...shipped, ...registered.get(lang), ...own}
}

/** Right-to-left or not, as `Intl` knows the language (`getTextInfo`, or the older `textInfo` getter). */
export function languageDirection(lang: string): 'ltr' | 'rtl' | undefined {
  try {
    const locale = new Intl.Locale(lang) as Intl.Locale & {getTextInfo?: () => {direction?: string}; textInfo?: {direction?: string}}
    const dir = (locale.getTextInfo?.() ?? locale.textInfo)?.direction
    return dir === 'rtl' || dir === 'ltr' ? dir : undefined
  } catch {
    return undefined
  }
}

export interface Locale {
  /** The language shown (`es`), as the widget's root `lang`. */
  readonly lang: string
  readonly dir: 'ltr' | 'rtl'
  /** A message with its `{placeholders}` filled (numbers formatted); `count` picks the plural form. */
  t(key: Key, vars?: Vars): string
  /** The same with nodes in the placeholders (a button inside a sentence). */
  parts(key: Key, nodes: Readonly<Record<string, Child>>): Child[]
  num(n: number): string
  /** "2 years", "1 año", "1,5 Jahre". */
  years(n: number): string
  /** "2 yrs" (the map's and the timeline's compact form). */
  yearsShort(n: number): string
  /** "2–5 years". */
  yearRange(min: number, max: number): string
  /** "July 2016" for "2016-07-31" (the stored text when it is not a date). */
  monthYear(date: string): string
  /** "a, b and c" (`and`) or "a, b, c". */
  list(items: readonly string[], and?: boolean): string
  /** A language's name in this language ("inglés"). */
  languageName(code: string): string
  /** The Studio's label of a stored value, in this language where the SDK has it. */
  label(value: string, list?: VocabularyList): string
  proficiency(level: number): string
  seniority(level: number): string
}

export function createLocale(lang: string, messages: Readonly<Record<string, string>>, dir: 'ltr' | 'rtl'): Locale {
  const rules = new Intl.PluralRules(lang)
  // Number formats are made when first used: a page's first one loads ICU's number data (15–35 ms on the bench's
  // machine, more than the whole map), and the map needs none. Whole numbers below 1,000 are their ASCII digits in
  // the shipped languages, as NumberFormat writes them ("Rung 2", "3 yrs").
  let number: Intl.NumberFormat | undefined
  let unit: Intl.NumberFormat | undefined
  const yearFormat = () => (unit ??= new Intl.NumberFormat(lang, {style: 'unit', unit: 'year', unitDisplay: 'long', maximumFractionDigits: 1}))
  const ascii = lang === 'en' || lang in SHIPPED
  const num = (n: number) => (ascii && /^\d{1,3}$/.test(String(n)) ? String(n) : (number ??= new Intl.NumberFormat(lang, {maximumFractionDigits: 1})).format(n))
  const vocabulary = isLanguage(lang) ? lang : undefined
  const pick = (m: Readonly<Record<string, string>>, key: Key, count: unknown) => (typeof count === 'number' ? (m[`${key}_${rules.select(count)}`] ?? m[`${key}_other`]) : undefined) ?? m[key]
  const text = (key: Key, count: unknown): string => pick(messages, key, count) ?? pick(english, key, count) ?? key
  const value = (v: string | number) => (typeof v === 'number' ? num(v) : v)
  const t = (key: Key, vars?: Vars) => text(key, vars?.count).replace(/\{(\w+)\}/g, (m, name: string) => (vars && name in vars ? value(vars[name]!) : m))
  return {
    lang,
    dir,
    t,
    parts: (key, nodes) => text(key, undefined).split(/(\{\w+\})/).map((piece) => (/^\{\w+\}$/.test(piece) ? nodes[piece.slice(1, -1)] : piece)),
    num,
    years: (n) => yearFormat().format(n),
    yearsShort: (n) => t('yearsShort', {count: n, n}),
    yearRange: (min, max) => (min === max ? yearFormat().format(min) : yearFormat().formatRange(min, max)),
    monthYear(date) {
      const d = new Date(`${date.slice(0, 10)}T00:00:00Z`)
      return Number.isNaN(d.getTime()) ? date : d.toLocaleDateString(lang, {month: 'long', year: 'numeric', timeZone: 'UTC'})
    },
    list: (items, and = true) => new Intl.ListFormat(lang, {type: and ? 'conjunction' : 'unit'}).format(items),
    languageName: (code) => new Intl.DisplayNames(lang, {type: 'language'}).of(code) ?? code,
    label: (v, list) => valueLabel(v, list, vocabulary),
    proficiency: (n) => proficiencyLabel(n, vocabulary),
    seniority: (n) => seniorityLabel(n, vocabulary),
  }
}
