// Human labels for the content model's closed lists (values as the SDK returns them).
const TITLES: Record<string, string> = {
  'individual-contributor': 'Individual contributor',
  management: 'Management',
  technician: 'Technician ladder',
  alternative: 'Alternative path',
  promotion: 'Promotion',
  lateral: 'Lateral move',
  specialisation: 'Specialisation',
  technical: 'Technical',
  interpersonal: 'Interpersonal',
  leadership: 'Leadership',
  business: 'Business',
  entry: 'Entry',
  associate: 'Associate',
  professional: 'Professional',
  expert: 'Expert',
  active: 'Active',
  retired: 'Retired',
  certification: 'Certification',
  degree: 'Degree',
  article: 'Article',
  course: 'Course',
  book: 'Book',
  community: 'Community',
  organisation: 'Organisation',
  'certification-programme': 'Certification programme',
  tool: 'Tool',
  publication: 'Publication',
  free: 'Free',
  'free-audit': 'Free to audit',
  paid: 'Paid',
}

export const label = (value: string | null | undefined) => (value ? (TITLES[value] ?? value) : '')

export const PROFICIENCY = ['Awareness', 'Working knowledge', 'Practitioner', 'Advanced', 'Expert'] as const
export const proficiencyLabel = (n: number) => PROFICIENCY[n - 1] ?? `Level ${n}`

/** "2–4 years", "5+ years", "0–1 year". */
export function experienceText(e: {min: number | null; max: number | null} | null | undefined): string {
  if (!e || e.min === null) return ''
  const unit = (n: number) => (n === 1 ? 'year' : 'years')
  if (e.max === null) return `${e.min}+ years`
  if (e.max === e.min) return `${e.min} ${unit(e.min)}`
  return `${e.min}–${e.max} ${unit(e.max)}`
}

export const yearsText = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(1)} ${n === 1 ? 'year' : 'years'}`
