// Labels for stored values come from the SDK (the Studio's own titles); the rest is docs-only formatting.
export {proficiencyLabel, valueLabel as label} from '@careerpath/sdk/graph'

/** "2–4 years", "5+ years", "0–1 year". */
export function experienceText(e: {min: number | null; max: number | null} | null | undefined): string {
  if (!e || e.min === null) return ''
  const unit = (n: number) => (n === 1 ? 'year' : 'years')
  if (e.max === null) return `${e.min}+ years`
  if (e.max === e.min) return `${e.min} ${unit(e.min)}`
  return `${e.min}–${e.max} ${unit(e.max)}`
}

export const yearsText = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(1)} ${n === 1 ? 'year' : 'years'}`
