/**
 * Figures as the content states them: every number of years, experience range
 * and cost the widget shows goes through here, so an estimate always reads as
 * one ("about 2 years · estimate") and plurals come from Intl.PluralRules
 * ("about 1 year", never "about 1 years").
 */
import {valueLabel} from './sdk'
import type {BasisKind, ExperienceInfo} from './types'

const plural = new Intl.PluralRules('en')
const number = new Intl.NumberFormat('en', {maximumFractionDigits: 1})

/** "1 year", "1.5 years", "3 years". */
export function yearCount(n: number): string {
  return `${number.format(n)} ${plural.select(n) === 'one' ? 'year' : 'years'}`
}

/** " · estimate" after a figure whose basis is an estimate; nothing for sourced or added figures. */
export const basisTag = (basis: BasisKind | undefined): string => (basis === 'estimate' ? ' · estimate' : '')

/** "about 2 years · estimate" (typical time of a move or a route). */
export function aboutYears(n: number, basis?: BasisKind): string {
  return `about ${yearCount(n)}${basisTag(basis)}`
}

/** "2–5 years of experience · estimate", "8+ years of experience"; "" without a range. */
export function experienceText(e: ExperienceInfo | undefined, suffix = ' of experience'): string {
  if (!e) return ''
  // An English range of two different numbers is always plural ("0–1 years"), as PluralRules.selectRange says.
  const range = e.max == null ? `${number.format(e.min)}+ years` : e.max === e.min ? yearCount(e.min) : `${number.format(e.min)}–${number.format(e.max)} years`
  return `${range}${suffix}${basisTag(e.basis)}`
}

/** "Paid (estimate)", "Free"; inside a "·"-joined line, so the basis goes in brackets. */
export function costText(cost: string, basis: BasisKind | undefined): string {
  if (!cost) return ''
  const text = valueLabel(cost, 'resourceCost')
  return basis === 'estimate' ? `${text} (estimate)` : text
}
