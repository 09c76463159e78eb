/**
 * Human labels for the content model's closed lists: the titles editors pick
 * from in the Studio, so sites show what editors see. Browser-safe and tiny;
 * `vocabulary.test.ts` keeps them equal to the Studio's lists.
 *
 * @packageDocumentation
 */
import type {
  CertificationLevel,
  CertificationStatus,
  CredentialKind,
  ResourceCost,
  ResourceKind,
  SkillCategory,
  TrackKind,
  TransitionKind,
} from './schemas/enums'

/** The label of every stored value, per list. */
export const VALUE_LABELS = {
  trackKind: {
    'individual-contributor': 'Individual contributor',
    management: 'Management',
    technician: 'Technician ladder',
    alternative: 'Alternative path',
  } satisfies Record<TrackKind, string>,
  skillCategory: {
    technical: 'Technical',
    interpersonal: 'Interpersonal',
    leadership: 'Leadership',
    business: 'Business',
  } satisfies Record<SkillCategory, string>,
  transitionKind: {
    promotion: 'Promotion',
    lateral: 'Lateral move',
    specialisation: 'Specialisation',
  } satisfies Record<TransitionKind, string>,
  credentialKind: {
    certification: 'Certification',
    degree: 'Degree',
  } satisfies Record<CredentialKind, string>,
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
} as const

/** What each proficiency level means; index 0 is level 1. */
export const PROFICIENCY_LABELS = ['Awareness', 'Working knowledge', 'Practitioner', 'Advanced', 'Expert'] as const

const allLabels: Readonly<Record<string, string>> = Object.assign({}, ...Object.values(VALUE_LABELS))

/**
 * The label of a stored value from any list (`"free-audit"` → `"Free to audit"`).
 * Values from no list (content newer than this SDK) are humanised rather than dropped.
 */
export function valueLabel(value: string): string {
  return allLabels[value] ?? value.charAt(0).toUpperCase() + value.slice(1).replace(/-/g, ' ')
}

/** `3` → `"Practitioner"`; out-of-range levels read as `"Level N"`. */
export function proficiencyLabel(level: number): string {
  return PROFICIENCY_LABELS[level - 1] ?? `Level ${level}`
}
