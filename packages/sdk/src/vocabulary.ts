/**
 * Human labels for the content model's closed lists: the titles editors pick
 * from in the Studio, so sites show what editors see. Browser-safe and tiny;
 * `vocabulary.test.ts` keeps them equal to the Studio's lists.
 *
 * @packageDocumentation
 */
import type {
  BasisKind,
  CertificationLevel,
  CertificationStatus,
  DegreeLevel,
  ResourceCost,
  ResourceKind,
  SkillCategory,
  TrackKind,
  TransitionKind,
} from './schemas/enums'

/** The label of every stored value, per list. */
export const VALUE_LABELS = {
  trackKind: {
    'individual-contributor': 'Individual contributor ladder',
    management: 'Management ladder',
    technician: 'Technician ladder',
    family: 'Family of roles',
  } satisfies Record<TrackKind, string>,
  skillCategory: {
    technical: 'Technical',
    interpersonal: 'Interpersonal',
    leadership: 'Leadership',
    business: 'Business',
  } satisfies Record<SkillCategory, string>,
  transitionKind: {
    promotion: 'Promotion (to a higher seniority)',
    lateral: 'Lateral move (same seniority)',
    specialisation: 'Specialisation (same or higher seniority)',
  } satisfies Record<TransitionKind, string>,
  certificationLevel: {
    entry: 'Entry',
    associate: 'Associate',
    professional: 'Professional',
    expert: 'Expert',
  } satisfies Record<CertificationLevel, string>,
  certificationStatus: {
    active: 'Active',
    retired: 'Retired',
  } satisfies Record<CertificationStatus, string>,
  degreeLevel: {
    associate: 'Associate degree',
    bachelor: "Bachelor's degree",
    master: "Master's degree",
    doctorate: 'Doctorate',
  } satisfies Record<DegreeLevel, string>,
  resourceKind: {
    article: 'Article',
    course: 'Course',
    book: 'Book',
    community: 'Community',
    organisation: 'Organisation',
    'certification-programme': 'Certification programme',
    tool: 'Tool',
    publication: 'Publication',
  } satisfies Record<ResourceKind, string>,
  resourceCost: {
    free: 'Free',
    'free-audit': 'Free to audit',
    paid: 'Paid',
  } satisfies Record<ResourceCost, string>,
  basisKind: {
    source: 'From a source article',
    estimate: 'Our estimate',
    added: 'Added by us',
  } satisfies Record<BasisKind, string>,
} as const

/**
 * Lists whose values also occur in other lists with another meaning
 * (`associate` is a certification level and a degree level): `valueLabel`
 * without a list answers from the first list that has the value, in this order.
 */
export type VocabularyList = keyof typeof VALUE_LABELS

/** What each proficiency level means; index 0 is level 1. */
export const PROFICIENCY_LABELS = ['Awareness', 'Working knowledge', 'Practitioner', 'Advanced', 'Expert'] as const

/** The seniority scale shared by every track; index 0 is seniority 1. */
export const SENIORITY_LABELS = ['Entry', 'Intermediate', 'Senior', 'Lead', 'Manager or principal', 'Director', 'Executive'] as const

/** The track kinds whose roles stand on rungs. */
export const LADDER_KINDS = ['individual-contributor', 'management', 'technician'] as const satisfies readonly TrackKind[]

const allLabels: Readonly<Record<string, string>> = Object.assign({}, ...Object.values(VALUE_LABELS).reverse())

/**
 * The label of a stored value (`"free-audit"` → `"Free to audit"`), from the
 * named list or, without one, from the first list that holds the value.
 * Values from no list (content newer than this SDK) are humanised rather than dropped.
 */
export function valueLabel(value: string, list?: VocabularyList): string {
  const labels: Readonly<Record<string, string>> = list ? VALUE_LABELS[list] : allLabels
  return labels[value] ?? value.charAt(0).toUpperCase() + value.slice(1).replace(/-/g, ' ')
}

/** `3` → `"Practitioner"`; out-of-range levels read as `"Level N"`. */
export function proficiencyLabel(level: number): string {
  return PROFICIENCY_LABELS[level - 1] ?? `Level ${level}`
}

/** `5` → `"Manager or principal"`; values off the scale read as `"Seniority N"`. */
export function seniorityLabel(seniority: number): string {
  return SENIORITY_LABELS[seniority - 1] ?? `Seniority ${seniority}`
}

/** True for a family of roles (shown as a group, never as a one-rung ladder); false for the ladders. */
export function isFamily(track: {readonly kind: string | null}): boolean {
  return track.kind === 'family'
}

/** True for a ladder kind (roles on rungs). */
export function isLadder(track: {readonly kind: string | null}): boolean {
  return (LADDER_KINDS as readonly (string | null)[]).includes(track.kind)
}
