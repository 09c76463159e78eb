/**
 * The widget's own view of the curriculum: what its views render. The adapter
 * (sdk.ts) builds these from the SDK's career graph, so views never depend on
 * the SDK's shapes directly.
 */

/** Where a figure comes from; views say once when their figures are estimates. */
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
  /** The language the material is in (`en`), when the content says. */
  language?: string | undefined
}

/** A resource suggested for a plan, with the skills to grow it helps with. */
export interface ResourcePick extends ResourceInfo {
  /** Titles of the skills to grow it covers (empty when only the role recommends it). */
  covers: string[]
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
  /** Advice on timing or approach, when the content gives any. */
  advice?: string | undefined
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
  /** What the visitor has now: their self-assessment, or the starting role's level (0 when new). */
  current: number
  target: number
}

/** One move of a plan, placed on the plan's year axis, with what to do before making it. */
export interface Milestone extends PlanStep {
  /** Years from the start of the plan when the time in `from` starts, and when the move happens. */
  start: number
  end: number
  conditions: string[]
  advice?: string | undefined
  /** Skills `to` expects above what the visitor has reached by then. */
  skills: SkillGap[]
  /** Credentials `to` recommends that are not earned earlier in the plan. */
  certifications: CertificationInfo[]
  /** Resources for exactly those skills, most useful first, none repeated from an earlier milestone. */
  resources: ResourcePick[]
}

/** Another route between the same roles, in the graph's order (0 is the best). */
export interface RouteChoice {
  index: number
  /** Roles passed on the way (not the two ends). */
  via: RoleRef[]
  steps: number
  years: number
}

export interface PlanInfo {
  from: RoleRef
  to: RoleRef
  steps: PlanStep[]
  /** Sum of the steps' typical years. */
  years: number
  /** True when any step's time is an estimate, so the total is one too. */
  estimated: boolean
  /** The target's skills above what the visitor has now. */
  skills: SkillGap[]
  certifications: CertificationInfo[]
  resources: ResourcePick[]
  /** One per step, on a year axis. */
  milestones: Milestone[]
  /** Which route this is (0 = best) and the routes to choose from, best first. */
  route: number
  routes: RouteChoice[]
  /** True when the skills start from the visitor's self-assessment rather than the role's levels. */
  assessed: boolean
}

export interface CompareInfo {
  a: RoleInfo
  b: RoleInfo
  /** Every skill either role needs; 0 where a role does not list it. Changed skills first. */
  skills: {slug: string; title: string; a: number; b: number}[]
  /** Credentials only the second role recommends, only the first, and both. */
  certifications: {added: string[]; removed: string[]; shared: string[]}
  degrees: {added: string[]; removed: string[]; shared: string[]}
}

/** What a visitor says about themselves: their current role and, optionally, their level (0–5) in its skills. */
export interface Assessment {
  role: string
  skills: Record<string, number>
}

export interface PlanOptions {
  /** Which route to plan, 0 for the best (see `PlanInfo.routes`). */
  route?: number
  /** The visitor's own levels by skill slug, used instead of the starting role's. */
  have?: Record<string, number>
}

/** The loaded curriculum with the career-graph questions the views ask. */
export interface Curriculum {
  tracks: TrackInfo[]
  roles: RoleInfo[]
  /** Throws a not-found error (with suggestions) for an unknown slug. */
  role(slug: string): RoleInfo
  /**
   * A route with its milestones, or null when no sequence of moves leads there. Throws for unknown slugs, and
   * `NotReadyError` until the route code (a chunk, fetched when the browser is idle) is in: `el.planRoute()` waits for it.
   */
  plan(from: string, to: string, options?: PlanOptions): PlanInfo | null
  /** What changes from role `a` to role `b`; throws as `plan` does. */
  compare(a: string, b: string): CompareInfo
}
