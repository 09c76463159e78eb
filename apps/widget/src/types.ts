/**
 * The widget's own view of the curriculum: what its views render. The adapter
 * (sdk.ts) builds these from the SDK's career graph, so views never depend on
 * the SDK's shapes directly.
 */

/** Enough to name a role and link to it. */
export interface RoleRef {
  slug: string
  title: string
  level: number
  /** Slug of the track (ladder) the role sits on. */
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
  url?: string | undefined
  publisher?: string | undefined
}

export interface MoveInfo {
  to: RoleRef
  kind: string
  typicalYears: number
  conditions: string[]
}

export interface RoleInfo extends RoleRef {
  trackTitle: string
  summary: string
  responsibilities: string[]
  skills: SkillLevel[]
  certifications: CertificationInfo[]
  resources: ResourceInfo[]
  transitions: MoveInfo[]
  experience?: {min: number; max?: number | undefined} | undefined
}

export interface TrackInfo {
  slug: string
  title: string
  kind: string
  summary: string
  /** In level order, entry role first. */
  roles: RoleInfo[]
}

export interface PlanStep {
  from: RoleRef
  to: RoleRef
  kind: string
  typicalYears: number
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
