// Labels for stored values come from the SDK (the Studio's own titles); the rest is docs-only formatting.
// Every figure a page shows (years of a move, experience, costs) goes through here, so an estimate always reads
// as one ("about 2 years · estimate") and plurals come from Intl.PluralRules ("1 year", never "1 years").
import {seniorityLabel, valueLabel} from '@careerpath/sdk/graph'

export {proficiencyLabel, seniorityLabel, valueLabel as label} from '@careerpath/sdk/graph'

/** Where a figure comes from, as the SDK gives it (`null` when the content does not say). */
type Basis = {kind: 'source' | 'estimate' | 'added'} | null | undefined

const plural = new Intl.PluralRules('en')
const number = new Intl.NumberFormat('en', {maximumFractionDigits: 1})

/** "1 year", "1.5 years", "3 years". */
export const yearsText = (n: number) => `${number.format(n)} ${plural.select(n) === 'one' ? 'year' : 'years'}`

/** " · estimate" after a figure whose basis is an estimate; nothing for sourced or added figures. */
export const basisTag = (basis: Basis) => (basis?.kind === 'estimate' ? ' · estimate' : '')

/** "about 2 years · estimate": the typical time of a move or a route. */
export const aboutYears = (n: number, basis?: Basis) => `about ${yearsText(n)}${basisTag(basis)}`

/** "2–4 years · estimate", "5+ years", "1 year"; "" without a range. A range of two numbers is always plural in English. */
export function experienceText(e: {min: number | null; max: number | null; basis?: Basis} | null | undefined): string {
  if (!e || e.min === null) return ''
  const range = e.max === null ? `${number.format(e.min)}+ years` : e.max === e.min ? yearsText(e.min) : `${number.format(e.min)}–${number.format(e.max)} years`
  return `${range}${basisTag(e.basis)}`
}

/** "Paid (estimate)", "Free to audit"; inside a "·"-joined line, so an estimate's basis goes in brackets. */
export const costText = (cost: string, basis?: Basis) => `${valueLabel(cost, 'resourceCost')}${basis?.kind === 'estimate' ? ' (estimate)' : ''}`

/** "Promotion", "Lateral move", "Specialisation": the Studio's title without its explanation in brackets. */
export const moveKind = (kind: string) => valueLabel(kind, 'transitionKind').replace(/\s*\(.*\)$/, '')

/** "Rung 2 · Intermediate" for a ladder role, "Intermediate" for a role in a family. */
export const roleTag = (r: {rung: number | null; seniority: number | null}) =>
  [r.rung !== null && `Rung ${r.rung}`, r.seniority !== null && seniorityLabel(r.seniority)].filter(Boolean).join(' · ')
