import type {
  Basis,
  CertificationRef,
  DegreeRef,
  ExperienceRange,
  GraphWarning,
  ResourceRef,
  RoleRef,
  RoleSkill,
  SkillRef,
  TrackRef,
  TransitionKind,
} from './types'

/**
 * The indexed graph every query reads. Roles get a dense `index` so the route
 * search can use typed arrays instead of Maps on large graphs.
 */
export interface RoleNode {
  readonly index: number
  readonly ref: RoleRef
  readonly aliases: readonly string[]
  readonly summary: string | null
  readonly responsibilities: readonly string[]
  readonly skills: readonly RoleSkill[]
  /** Skill id → proficiency, for gap and compare. */
  readonly proficiency: ReadonlyMap<string, number>
  readonly certifications: readonly CertificationRef[]
  readonly degrees: readonly DegreeRef[]
  readonly education: string | null
  readonly resources: readonly ResourceRef[]
  readonly experience: ExperienceRange | null
  /** Ids of this role's outgoing edges in `GraphIndex.edges`. */
  readonly out: number[]
}

/** A transition between two role indexes. */
export interface Edge {
  readonly id: number
  readonly from: number
  readonly to: number
  readonly kind: TransitionKind
  readonly typicalYears: number | null
  readonly typicalYearsBasis: Basis | null
  readonly conditions: readonly string[]
  readonly advice: string | null
}

export interface TrackNode {
  readonly ref: TrackRef
  readonly summary: string | null
}

export interface GraphIndex {
  readonly roles: readonly RoleNode[]
  /** Both `_id` and `slug.current` of every role. */
  readonly roleByKey: ReadonlyMap<string, RoleNode>
  readonly tracks: ReadonlyMap<string, TrackNode>
  readonly trackByKey: ReadonlyMap<string, TrackNode>
  readonly skills: ReadonlyMap<string, SkillRef>
  readonly certifications: ReadonlyMap<string, CertificationRef>
  /** Certification id → ids of skills it covers. */
  readonly certificationSkills: ReadonlyMap<string, readonly string[]>
  readonly resources: ReadonlyMap<string, ResourceRef>
  /** Skill id → resources that list it, in document order. */
  readonly resourcesBySkill: ReadonlyMap<string, readonly ResourceRef[]>
  readonly edges: readonly Edge[]
  /** Role index → ids of incoming edges. */
  readonly incoming: readonly (readonly number[])[]
  readonly warnings: readonly GraphWarning[]
}
