/**
 * The shapes of the v2 documents this package generates, as far as the edits
 * and tests need them. They mirror the Studio schema (studio/schemaTypes);
 * `schema.test.ts` checks every field and option value against the extracted
 * studio/schema.json so the two cannot drift.
 */

export const trackKinds = ['individual-contributor', 'management', 'technician', 'family'] as const
export const ladderKinds = ['individual-contributor', 'management', 'technician'] as const
export const seniorityLevels = [1, 2, 3, 4, 5, 6, 7] as const
export const skillCategories = ['technical', 'interpersonal', 'leadership', 'business'] as const
export const transitionKinds = ['promotion', 'lateral', 'specialisation'] as const
export const certificationLevels = ['entry', 'associate', 'professional', 'expert'] as const
export const certificationStatuses = ['active', 'retired'] as const
export const degreeLevels = ['associate', 'bachelor', 'master', 'doctorate'] as const
export const resourceKinds = ['article', 'course', 'book', 'community', 'organisation', 'certification-programme', 'tool', 'publication'] as const
export const resourceCosts = ['free', 'free-audit', 'paid'] as const
export const basisKinds = ['source', 'estimate', 'added'] as const

export type TrackKind = (typeof trackKinds)[number]
export type TransitionKind = (typeof transitionKinds)[number]
export type BasisKind = (typeof basisKinds)[number]
export type ResourceCost = (typeof resourceCosts)[number]

export interface Reference {
  _type: 'reference'
  _ref: string
  _key?: string
}
export interface Slug {
  _type: 'slug'
  current: string
}

/** sanity-plugin-internationalized-array v5: one item per language, keyed by the language id. */
export interface LocalizedValue {
  _key: string
  _type: 'internationalizedArrayStringValue' | 'internationalizedArrayTextValue'
  language: string
  value: string
}
export type Localized = LocalizedValue[]

export interface LocalizedLine {
  _key: string
  _type: 'localizedLine'
  text: Localized
}

/** Provenance of a figure or link. */
export interface Basis {
  _type: 'basis'
  kind: BasisKind
  source?: Reference
  note?: string
}

/** Any document; the typed interfaces below narrow the ones the edits change. */
export type CurriculumDocument = {_id: string; _type: string} & Record<string, unknown>

export interface TrackDocument extends CurriculumDocument {
  _type: 'track'
  title: Localized
  slug: Slug
  kind: TrackKind
  summary: Localized
  sources?: Reference[]
}

export interface RoleSkill {
  _type: 'roleSkill'
  _key: string
  skill: Reference
  proficiency: number
  proficiencyBasis?: Basis
}

export interface Transition {
  _type: 'transition'
  _key: string
  to: Reference
  kind: TransitionKind
  typicalYears: number
  typicalYearsBasis?: Basis
  conditions?: LocalizedLine[]
  advice?: Localized
}

export interface ExperienceRange {
  _type: 'experienceRange'
  min: number
  max?: number
  basis?: Basis
}

export interface RoleDocument extends CurriculumDocument {
  _type: 'role'
  title: Localized
  slug: Slug
  track: Reference
  rung?: number
  seniority: number
  skills?: RoleSkill[]
  credentials?: Reference[]
  experience?: ExperienceRange
  transitions?: Transition[]
  sources?: Reference[]
}

export interface ResourceDocument extends CurriculumDocument {
  _type: 'resource'
  title: string
  url?: string
  urlBasis?: Basis
  cost: ResourceCost
  costBasis?: Basis
}

export interface LinkedDocument extends CurriculumDocument {
  url?: string
  urlBasis?: Basis
}

export const isRole = (doc: CurriculumDocument): doc is RoleDocument => doc._type === 'role'
export const isTrack = (doc: CurriculumDocument): doc is TrackDocument => doc._type === 'track'
export const isResource = (doc: CurriculumDocument): doc is ResourceDocument => doc._type === 'resource'
