// Labels for stored values come from the SDK (the Studio's own titles, in each language); the rest is docs-only
// formatting. Every figure a page shows (years of a move, experience, costs) goes through here, so an estimate always
// reads as one ("about 2 years · estimate") and plurals come from Intl.PluralRules ("1 year", never "1 years").
import {proficiencyLabel, seniorityLabel, valueLabel} from '@careerpath/sdk/graph'
import {DEFAULT_LANG, type Lang} from './i18n'
import {messages} from './messages'

/** Where a figure comes from, as the SDK gives it (`null` when the content does not say). */
type Basis = {kind: 'source' | 'estimate' | 'added'} | null | undefined
type VocabularyList = Parameters<typeof valueLabel>[1]

/** Every label and figure as pages in `lang` write them. */
export function labelsFor(lang: Lang) {
  const v = messages(lang).values
  const number = new Intl.NumberFormat(lang, {maximumFractionDigits: 1})
  const label = (value: string, list?: VocabularyList) => valueLabel(value, list, lang)
  const seniority = (s: number) => seniorityLabel(s, lang)
  /** " · estimate" after a figure whose basis is an estimate; nothing for sourced or added figures. */
  const basisTag = (basis: Basis) => (basis?.kind === 'estimate' ? ` · ${v.estimate}` : '')
  return {
    /** A label inside a sentence: lower case where the language writes it so ("promotion"); German keeps its capitals. */
    inSentence: (text: string) => (lang === 'de' ? text : text.toLocaleLowerCase(lang)),
    label,
    seniorityLabel: seniority,
    proficiencyLabel: (level: number) => proficiencyLabel(level, lang),
    /** "1 year", "1.5 years", "3 years". */
    yearsText: v.year,
    basisTag,
    /** "about 2 years · estimate": the typical time of a move or a route. */
    aboutYears: (n: number, basis?: Basis) => `${v.about(v.year(n))}${basisTag(basis)}`,
    /** "2–4 years · estimate", "5+ years", "1 year"; "" without a range. A range of two numbers is always plural. */
    experienceText(e: {min: number | null; max: number | null; basis?: Basis} | null | undefined): string {
      if (!e || e.min === null) return ''
      const range = e.max === null ? v.yearsPlus(number.format(e.min)) : e.max === e.min ? v.year(e.min) : v.yearsRange(number.format(e.min), number.format(e.max))
      return `${range}${basisTag(e.basis)}`
    },
    /** "Paid (estimate)", "Free to audit"; inside a "·"-joined line, so an estimate's basis goes in brackets. */
    costText: (cost: string, basis?: Basis) => `${label(cost, 'resourceCost')}${basis?.kind === 'estimate' ? ` (${v.estimate})` : ''}`,
    /** "Promotion", "Lateral move", "Specialisation": the Studio's title without its explanation in brackets. */
    moveKind: (kind: string) => label(kind, 'transitionKind').replace(/\s*\(.*\)$/, ''),
    /** "Rung 2 · Intermediate" for a ladder role, "Intermediate" for a role in a family. */
    roleTag: (r: {rung: number | null; seniority: number | null}) => [r.rung !== null && v.rung(r.rung), r.seniority !== null && seniority(r.seniority)].filter(Boolean).join(' · '),
  }
}

/** The English labels (scripts, the search page, tests). */
export const {label, yearsText, basisTag, aboutYears, experienceText, costText, moveKind, roleTag} = labelsFor(DEFAULT_LANG)
export {proficiencyLabel, seniorityLabel} from '@careerpath/sdk/graph'
