/**
 * Figures as the content states them: every number of years, experience range
 * and cost the widget shows goes through here. Plurals come from
 * Intl.PluralRules ("about 1 year", never "about 1 years"). A view says once
 * that its times are estimates (`estimateNote`) instead of on every line.
 */
import {valueLabel} from './sdk'
import type {BasisKind, ExperienceInfo} from './types'

const plural = new Intl.PluralRules('en')
const number = new Intl.NumberFormat('en', {maximumFractionDigits: 1})
const one = (n: number) => plural.select(n) === 'one'

/** "1 year", "1.5 years", "3 years". */
export const yearCount = (n: number): string => `${number.format(n)} ${one(n) ? 'year' : 'years'}`

/** "1 yr", "2.5 yrs": the map's and the timeline's compact form. */
export const yrs = (n: number): string => `${number.format(n)} ${one(n) ? 'yr' : 'yrs'}`

/** "about 2 years" (typical time of a move or a route). */
export const aboutYears = (n: number): string => `about ${yearCount(n)}`

/** "2–5 years of experience", "8+ years of experience"; "" without a range. */
export function experienceText(e: ExperienceInfo | undefined, suffix = ' of experience'): string {
  if (!e) return ''
  // An English range of two different numbers is always plural ("0–1 years"), as PluralRules.selectRange says.
  const range = e.max == null ? `${number.format(e.min)}+ years` : e.max === e.min ? yearCount(e.min) : `${number.format(e.min)}–${number.format(e.max)} years`
  return range + suffix
}

/** "Paid (estimate)", "Free"; costs are mixed in the content, so an estimated one says so where it stands. */
export function costText(cost: string, basis: BasisKind | undefined): string {
  if (!cost) return ''
  const text = valueLabel(cost, 'resourceCost')
  return basis === 'estimate' ? `${text} (estimate)` : text
}

/**
 * How a view tells estimates apart, once: when every figure it shows is an
 * estimate, one note says so and no figure is marked; when only some are,
 * each estimate gets "≈" and the note explains the sign.
 * Returns the mark for one figure and the note ("" when nothing is estimated).
 */
export function estimateNote(bases: (BasisKind | undefined)[], what: string): [(basis: BasisKind | undefined) => string, string] {
  const n = bases.filter((b) => b === 'estimate').length
  const all = n > 0 && n === bases.length
  return [(b) => (!all && b === 'estimate' ? '≈' : ''), all ? `${what} are estimates.` : n ? '≈ marks an estimate.' : '']
}
