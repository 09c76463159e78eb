/**
 * The widget's own view of the curriculum: what its views render. The adapter
 * (sdk.ts) builds these from the SDK's career graph, so views never depend on
 * the SDK's shapes directly.
 */

/** Where a figure comes from; an estimate is shown as one ("about 2 years · estimate"). */
export type BasisKind = 'source' | 'estimate' | 'added'

/** Enough to name a role and link to it. */
export interface RoleRef {
  slug: string
  title: string
  /** Rung on its ladder, 1 for the entry role; null for a role in a family. */
  rung: number | null
  /** 1 entry … 7 executive, on the scale shared by every track; null when the content gives none. */
  seniority: number | null
  /** Slug of the track (ladder or family) the role belongs to. */
  track: string
}

export interface SkillLevel {
  slug: string
  title: string
  /** 1 (awareness) to 5 (expert). */
  proficiency: number
}

export interface CertificationInfo {
  slug: string
  title: string
  /** The awarding organisation's name ("" when the content names none). */
  vendor: string
  level: string
  status: string
  retiredOn?: string | undefined
  /** Title of the credential that replaced a retired one. */
  successor?: string | undefined
  url?: string | undefined
}

export interface ResourceInfo {
  id: string
  title: string
  kind: string
  cost: string
  /** Where the cost comes from, when the content says. */
  costBasis?: BasisKind | undefined
  url?: string | undefined
  /** The publishing organisation's name. */
  publisher?: string | undefined
}

export interface DegreeInfo {
  slug: string
  title: string
  /** `associate`, `bachelor`, `master` or `doctorate` ("" when unknown). */
  level: string
  /** The one institution meant, if any. */
  awardingBody?: string | undefined
}

/** Years of experience people usually have in a role; `max` absent when open-ended. */
export interface ExperienceInfo {
  min: number
  max?: number | undefined
  basis?: BasisKind | undefined
}

export interface MoveInfo {
  to: RoleRef
  kind: string
  typicalYears: number
  typicalYearsBasis?: BasisKind | undefined
  conditions: string[]
}

export interface RoleInfo extends RoleRef {
  trackTitle: string
  /** The track's kind: a ladder kind, or `family`. */
  trackKind: string
  summary: string
  responsibilities: string[]
  skills: SkillLevel[]
  certifications: CertificationInfo[]
  degrees: DegreeInfo[]
  /** What schooling employers usually ask for. */
  education: string
  resources: ResourceInfo[]
  transitions: MoveInfo[]
  experience?: ExperienceInfo | undefined
}

export interface TrackInfo {
  slug: string
  title: string
  /** `individual-contributor`, `management`, `technician` (ladders) or `family`. */
  kind: string
  /** A family is a group of roles without rungs: drawn as a group, never as a ladder. */
  family: boolean
  summary: string
  /** A ladder's roles by rung (entry role first); a family's by seniority, then title. */
  roles: RoleInfo[]
}

export interface PlanStep {
  from: RoleRef
  to: RoleRef
  kind: string
  typicalYears: number
  typicalYearsBasis?: BasisKind | undefined
}

export interface SkillGap {
  slug: string
  title: string
  current: number
  target: number
}

export interface PlanInfo {
  from: RoleRef
  to: RoleRef
  steps: PlanStep[]
  /** Sum of the steps' typical years. */
  years: number
  /** True when any step's time is an estimate, so the total is one too. */
  estimated: boolean
  skills: SkillGap[]
  certifications: CertificationInfo[]
  resources: ResourceInfo[]
}

export interface CompareInfo {
  a: RoleInfo
  b: RoleInfo
  /** Every skill either role needs; 0 where a role does not list it. */
  skills: {slug: string; title: string; a: number; b: number}[]
}

/** The loaded curriculum with the career-graph questions the views ask. */
export interface Curriculum {
  tracks: TrackInfo[]
  roles: RoleInfo[]
  /** Throws a not-found error (with suggestions) for an unknown slug. */
  role(slug: string): RoleInfo
  /** The best route, or null when no sequence of moves leads there. Throws for unknown slugs. */
  plan(from: string, to: string): PlanInfo | null
  compare(a: string, b: string): CompareInfo
}
