/**
 * Figures as the content states them: every number of years, experience range
 * and cost the widget shows goes through here, in the widget's language
 * (durations through `Intl.NumberFormat`'s year unit, so "about 1 years" cannot
 * happen in any language). A view says once that its times are estimates
 * (`estimateNote`) instead of on every line.
 */
import type {Key, Locale} from './i18n/locale'
import type {BasisKind, ExperienceInfo} from './types'

/** "about 2 years" (typical time of a move or a route). */
export const aboutYears = (l: Locale, n: number): string => l.t('about', {years: l.years(n)})

/** "after about 2 years", or "after ≈2 years" when only some figures of the view are estimates (a message per language: German needs the dative, "nach etwa 2 Jahren"). */
export const afterYears = (l: Locale, n: number, mark: string): string => l.t('after', {count: n, n, approx: mark || l.t('approx')})

/** "2–5 years of experience", "8+ years of experience"; "" without a range. `bare` leaves out "of experience". */
export function experienceText(l: Locale, e: ExperienceInfo | undefined, bare = false): string {
  if (!e) return ''
  const years = e.max == null ? l.t('yearsPlus', {n: e.min}) : l.yearRange(e.min, e.max)
  return bare ? years : l.t('experience', {years})
}

/** "Paid (estimate)", "Free"; costs are mixed in the content, so an estimated one says so where it stands. */
export function costText(l: Locale, cost: string, basis: BasisKind | undefined): string {
  if (!cost) return ''
  const text = l.label(cost, 'resourceCost')
  return basis === 'estimate' ? l.t('costEstimate', {cost: text}) : text
}

/**
 * How a view tells estimates apart, once: when every figure it shows is an
 * estimate, one note (`all`) says so and no figure is marked; when only some
 * are, each estimate gets "≈" and the note explains the sign.
 * Returns the mark for one figure and the note ("" when nothing is estimated).
 */
export function estimateNote(l: Locale, bases: (BasisKind | undefined)[], all: Key): [(basis: BasisKind | undefined) => string, string] {
  const n = bases.filter((b) => b === 'estimate').length
  const every = n > 0 && n === bases.length
  return [(b) => (!every && b === 'estimate' ? '≈' : ''), every ? l.t(all) : n ? l.t('estimateMark') : '']
}
