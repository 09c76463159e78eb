/**
 * Public shapes of the career graph: what `createCareerGraph` accepts and what
 * its methods return. Every value is plain JSON (no Maps, no classes), so a
 * result can be printed by the CLI with `--json` or sent to the widget as is.
 * Missing optional content is `null`, never `undefined`, for the same reason.
 */

/** How a person moves from one role to the next. */
export type TransitionKind = 'promotion' | 'lateral' | 'specialisation'

/** Every transition kind, in the order used for counts and filters. */
export const TRANSITION_KINDS: readonly TransitionKind[] = ['promotion', 'lateral', 'specialisation']

/**
 * Curriculum documents grouped by type, as an alternative to one flat array.
 * Documents in a group may omit `_type`; the group names it.
 */
export interface CurriculumDocuments {
  readonly roles?: readonly unknown[]
  readonly tracks?: readonly unknown[]
  readonly skills?: readonly unknown[]
  readonly certifications?: readonly unknown[]
  readonly degrees?: readonly unknown[]
  readonly organisations?: readonly unknown[]
  readonly resources?: readonly unknown[]
  readonly sourceArticles?: readonly unknown[]
}

/** Options for {@link createCareerGraph}. */
export interface CareerGraphOptions {
  /**
   * The language to read localized fields in (titles, summaries, lines), for
   * example `fr`; a text not translated into it is read in English. Default `en`.
   */
  readonly language?: string
  /**
   * Called once for each problem found while indexing (a dangling reference,
   * a duplicate slug…), in addition to collecting it in `graph.warnings`.
   */
  readonly onWarning?: (warning: GraphWarning) => void
}

/** Stable codes of {@link GraphWarning}, in the same SCREAMING_SNAKE_CASE as error codes. */
export type GraphWarningCode =
  | 'DANGLING_REFERENCE'
  | 'DUPLICATE_ID'
  | 'DUPLICATE_SLUG'
  | 'MISSING_SLUG'
  | 'SELF_TRANSITION'
  | 'INVALID_VALUE'

/**
 * A problem in the content that the graph worked around instead of throwing:
 * the offending reference or value is skipped and everything else is kept.
 */
export interface GraphWarning {
  readonly code: GraphWarningCode
  /** `_id` of the document that holds the problem. */
  readonly documentId: string
  /** `_type` of that document. */
  readonly documentType: string
  /** Field path inside the document, for example `transitions[2].to`. */
  readonly path: string
  /** The `_ref` that points nowhere, for dangling references. */
  readonly ref?: string
  /** A sentence for people. */
  readonly message: string
}

/** Where a figure or link comes from: a source article, our estimate, or added by us. */
export interface Basis {
  readonly kind: 'source' | 'estimate' | 'added'
  /** The source article, when `kind` is `source` (and the article is in the data). */
  readonly source: {readonly id: string; readonly title: string} | null
  readonly note: string | null
}

/** An organisation (vendor, publisher, awarding body) in short form. */
export interface OrganisationRef {
  /** The organisation document's `_id`. */
  readonly id: string
  /** `slug.current`, or the id when the content has no slug. */
  readonly slug: string
  /** Its name, for example "CompTIA". */
  readonly title: string
}

/** A track (a ladder, or a family of roles) in short form. */
export interface TrackRef {
  /** The track document's `_id`. */
  readonly id: string
  /** `slug.current`, or the id when the content has no slug. */
  readonly slug: string
  /** The ladder's name, for example "Support engineering (individual contributor)". */
  readonly title: string
  /**
   * `individual-contributor`, `management` or `technician` for ladders (roles
   * on rungs), `family` for a group of roles without rungs, as in the content.
   */
  readonly kind: string | null
}

/** A role in short form, as it appears inside other results. */
export interface RoleRef {
  /** The role document's `_id`. */
  readonly id: string
  /** `slug.current` (for example `help-desk-technician`), or the id when the content has no slug. */
  readonly slug: string
  /** The job title. */
  readonly title: string
  /** Rung on its ladder, 1 for the entry role; null for a role in a family (or when the content gives none). */
  readonly rung: number | null
  /** 1 entry … 7 executive, on the scale shared by every track (`seniorityLabel` names it); null when the content gives none. */
  readonly seniority: number | null
  /** The ladder or family the role belongs to; null when the content names none (or a missing one). */
  readonly track: TrackRef | null
}

/** A skill in short form. */
export interface SkillRef {
  /** The skill document's `_id`. */
  readonly id: string
  /** `slug.current`, or the id when the content has no slug. */
  readonly slug: string
  /** A short name, for example "Troubleshooting". */
  readonly title: string
  /** `technical`, `interpersonal`, `leadership` or `business`. */
  readonly category: string | null
}

/** A certification in short form. */
export interface CertificationRef {
  /** The certification document's `_id`. */
  readonly id: string
  /** `slug.current`, or the id when the content has no slug. */
  readonly slug: string
  /** The credential's official name, for example "CompTIA A+". */
  readonly title: string
  /** The organisation that awards it: CompTIA, Microsoft… */
  readonly vendor: OrganisationRef | null
  /** `entry`, `associate`, `professional` or `expert`. */
  readonly level: string | null
  /** The vendor's page for the credential. */
  readonly url: string | null
  /** Retired credentials are no longer awarded; see `successor`. */
  readonly status: 'active' | 'retired'
  /** ISO date the vendor stopped awarding it, for retired credentials. */
  readonly retiredOn: string | null
  /** What replaced it, for retired credentials. */
  readonly successor: {readonly id: string; readonly slug: string; readonly title: string} | null
}

/** A degree in short form. */
export interface DegreeRef {
  /** The degree document's `_id`. */
  readonly id: string
  /** `slug.current`, or the id when the content has no slug. */
  readonly slug: string
  /** For example "Bachelor's degree in computer science". */
  readonly title: string
  /** `associate`, `bachelor`, `master` or `doctorate`. */
  readonly level: string | null
  /** The one institution meant, if any. */
  readonly awardingBody: OrganisationRef | null
}

/** A learning resource in short form. */
export interface ResourceRef {
  /** The resource document's `_id`. */
  readonly id: string
  /** Resources have no slug in the content model; `slug` is present only if the document has one. */
  readonly slug: string | null
  /** As the publisher titles it. */
  readonly title: string
  /** Where to find it; null for a book without an official page. */
  readonly url: string | null
  /** `book`, `course`, `community`… */
  readonly kind: string | null
  /** `free`, `free-audit` or `paid`. */
  readonly cost: string | null
  /** Where the cost comes from. */
  readonly costBasis: Basis | null
  /** Who publishes or runs it. */
  readonly publisher: OrganisationRef | null
  /** Lowercase tags such as `itil` or `leadership`. */
  readonly topics: readonly string[]
}

/** Years of experience people usually have in a role; `max` is null when open-ended. */
export interface ExperienceRange {
  /** The fewest years usually seen. */
  readonly min: number | null
  /** The most years usually seen; null when open-ended. */
  readonly max: number | null
  /** Where the range comes from. */
  readonly basis: Basis | null
}

/** A skill a role expects, with the proficiency (1 awareness … 5 expert). */
export interface RoleSkill {
  readonly skill: SkillRef
  /** 1 awareness, 2 working knowledge, 3 practitioner, 4 advanced, 5 expert. */
  readonly proficiency: number
  /** Where the proficiency comes from. */
  readonly proficiencyBasis: Basis | null
}

/** A move out of a role. */
export interface RoleTransition {
  /** The role the move leads to. */
  readonly to: RoleRef
  readonly kind: TransitionKind
  /** Years usually spent in the current role before the move; null when the content does not say. */
  readonly typicalYears: number | null
  /** Where the typical time comes from: show an estimate as one ("about 2 years · estimate"). */
  readonly typicalYearsBasis: Basis | null
  /** What usually has to be true first, for example "Has led a project end to end". */
  readonly conditions: readonly string[]
  /** Advice on timing or approach, if the content gives any. */
  readonly advice: string | null
}

/** A role with everything the graph knows about it. */
export interface CareerRole extends RoleRef {
  /** Other titles for the same job. */
  readonly aliases: readonly string[]
  /** Two or three sentences about the role. */
  readonly summary: string | null
  /** What the job involves day to day, most important first. */
  readonly responsibilities: readonly string[]
  /** Skills the role expects and how well, in content order. */
  readonly skills: readonly RoleSkill[]
  /** Certifications that help people reach or do the role (from its `credentials`). */
  readonly certifications: readonly CertificationRef[]
  /** Degrees that help (from its `credentials`). */
  readonly degrees: readonly DegreeRef[]
  /** What schooling employers usually ask for. */
  readonly education: string | null
  /** Resources the role lists itself. */
  readonly resources: readonly ResourceRef[]
  /** Years of experience people usually have in the role. */
  readonly experience: ExperienceRange | null
  /** Where people usually go next. */
  readonly transitions: readonly RoleTransition[]
}

/** Options of `graph.paths`. */
export interface PathsOptions {
  /** Longest route, in moves. Default 8. */
  readonly maxSteps?: number
  /** Only follow these kinds of move. Default: all. */
  readonly kinds?: readonly TransitionKind[]
  /** Most routes to return. Default 10; `Infinity` returns every route within `maxSteps`. */
  readonly limit?: number
}

/** One move of a route. */
export interface RouteStep {
  /** The role left. */
  readonly from: RoleRef
  /** The role reached. */
  readonly to: RoleRef
  readonly kind: TransitionKind
  /** Years usually spent in `from` before this move; null when unknown (counted as 0). */
  readonly typicalYears: number | null
  /** Where the typical time comes from (an estimate, a source article…). */
  readonly typicalYearsBasis: Basis | null
  /** What usually has to be true before the move. */
  readonly conditions: readonly string[]
  /** Years from the start of the route to the end of this move. */
  readonly cumulativeYears: number
}

/** How many moves of each kind a route has. */
export type MoveCounts = {readonly [K in TransitionKind]: number}

/** A simple route (no role twice) between two roles. */
export interface CareerRoute {
  /** Where the route starts. */
  readonly from: RoleRef
  /** Where the route ends. */
  readonly to: RoleRef
  /** The moves in order; empty for the route from a role to itself. */
  readonly steps: readonly RouteStep[]
  /** Total typical years of the route. */
  readonly years: number
  /** How many moves of each kind the route has. */
  readonly moves: MoveCounts
}

/** A skill to grow, from the proficiency someone has to the one they need. */
export interface SkillGrowth {
  /** The skill to grow. */
  readonly skill: SkillRef
  /** Proficiency held now; 0 when the skill is new. */
  readonly current: number
  /** Proficiency the role expects. */
  readonly target: number
  /** `target - current`, always positive. */
  readonly gap: number
}

/** A credential to earn. */
export interface CertificationToEarn {
  /** The credential to earn: the active successor when the recommended one is retired. */
  readonly certification: CertificationRef
  /** The retired credential the content recommends, when `certification` replaces it. */
  readonly replaces: CertificationRef | null
  /** True when the credential to earn is itself retired and has no successor in the content. */
  readonly retired: boolean
  /** Roles (the target, or roles on the way) that recommend it. */
  readonly recommendedFor: readonly RoleRef[]
  /** Skills still to grow that this credential covers. */
  readonly covers: readonly SkillRef[]
}

/** A learning resource that helps close a gap. */
export interface ResourceSuggestion {
  /** The resource suggested. */
  readonly resource: ResourceRef
  /** Skills still to grow that it covers. */
  readonly covers: readonly SkillRef[]
  /** True when the target role lists it among its own resources. */
  readonly recommendedByRole: boolean
}

/** What stands between one role and another. */
export interface CareerGap {
  /** The role someone holds. */
  readonly from: RoleRef
  /** The role they aim for. */
  readonly to: RoleRef
  /** Skills to grow, largest gap first. */
  readonly skills: readonly SkillGrowth[]
  /** Credentials to earn, in the order the route meets them. */
  readonly certifications: readonly CertificationToEarn[]
  /** Resources covering the most of the gap first; each listed once. */
  readonly resources: readonly ResourceSuggestion[]
  /** The best route used to find certifications of roles on the way; null when there is no route. */
  readonly route: CareerRoute | null
}

/** Options of `graph.plan`. */
export interface PlanOptions extends Omit<PathsOptions, 'limit'> {
  /** Which route of `paths()` to plan, 0 for the best. Default 0. */
  readonly pathIndex?: number
}

/** When a milestone happens, in years from the start of the plan. */
export interface MilestoneTimeline {
  /** When the time in `from` starts. */
  readonly startYear: number
  /** Years usually spent in `from` before the move (0 when the content does not say). */
  readonly durationYears: number
  /** When the move to `to` happens: `startYear + durationYears`. */
  readonly endYear: number
}

/** One move of a plan and what to do before making it. */
export interface PlanMilestone {
  /** 1-based position in the plan. */
  readonly order: number
  /** The role held during this milestone. */
  readonly from: RoleRef
  /** The role the milestone ends in. */
  readonly to: RoleRef
  readonly kind: TransitionKind
  /** What usually has to be true before the move. */
  readonly conditions: readonly string[]
  /** Advice on timing or approach for the move, if any. */
  readonly advice: string | null
  /** Where the milestone's duration comes from (an estimate, a source article…). */
  readonly typicalYearsBasis: Basis | null
  /** Skills `to` expects above what was reached so far. */
  readonly skills: readonly SkillGrowth[]
  /** Credentials `to` recommends that are not yet earned along the plan. */
  readonly certifications: readonly CertificationToEarn[]
  /** Resources for this milestone, not repeated from earlier milestones. */
  readonly resources: readonly ResourceSuggestion[]
  /** When the milestone happens. */
  readonly timeline: MilestoneTimeline
}

/** An ordered plan from one role to another. */
export interface CareerPlan {
  /** Where the plan starts. */
  readonly from: RoleRef
  /** Where the plan ends. */
  readonly to: RoleRef
  /** The route planned. */
  readonly route: CareerRoute
  /** One milestone per move, in order. */
  readonly milestones: readonly PlanMilestone[]
  readonly totals: {
    /** Number of moves. */
    readonly steps: number
    /** Typical years of the whole plan (the last milestone's `endYear`). */
    readonly years: number
    /** Distinct skills grown across the plan. */
    readonly skills: number
    /** Credentials to earn across the plan. */
    readonly certifications: number
    /** Distinct resources suggested across the plan. */
    readonly resources: number
  }
  /** Present when the route leaves the ladder (lateral or specialisation moves). */
  readonly note: string | null
}

/** A skill present in both roles at different proficiencies. */
export interface SkillChange {
  readonly skill: SkillRef
  /** Proficiency in the first role. */
  readonly from: number
  /** Proficiency in the second role. */
  readonly to: number
}

/** What changes between two roles. */
export interface RoleComparison {
  /** The first role. */
  readonly from: RoleRef
  /** The second role. */
  readonly to: RoleRef
  readonly skills: {
    /** Only the second role expects these (highest proficiency first). */
    readonly added: readonly RoleSkill[]
    /** Only the first role expects these (highest proficiency first). */
    readonly removed: readonly RoleSkill[]
    /** Expected higher in the second role (largest change first). */
    readonly raised: readonly SkillChange[]
    /** Expected lower in the second role (largest change first). */
    readonly lowered: readonly SkillChange[]
    /** Expected at the same proficiency in both. */
    readonly unchanged: readonly RoleSkill[]
  }
  /** Recommended certifications, by title. */
  readonly certifications: {
    readonly added: readonly CertificationRef[]
    readonly removed: readonly CertificationRef[]
    readonly shared: readonly CertificationRef[]
  }
  /** Recommended degrees, by title. */
  readonly degrees: {
    readonly added: readonly DegreeRef[]
    readonly removed: readonly DegreeRef[]
    readonly shared: readonly DegreeRef[]
  }
  /** Responsibility lines, matched ignoring case and spacing, in content order. */
  readonly responsibilities: {
    readonly added: readonly string[]
    readonly removed: readonly string[]
    readonly shared: readonly string[]
  }
  /** Typical experience of each role. */
  readonly experience: {readonly from: ExperienceRange | null; readonly to: ExperienceRange | null}
  /** Seniority of each role, on the scale shared by every track. */
  readonly seniority: {
    readonly from: number | null
    readonly to: number | null
    /** `to - from`; null when either is unknown. */
    readonly difference: number | null
  }
  /** Rungs of each role; `difference` only when both stand on the same ladder (rungs of different ladders do not compare). */
  readonly rung: {
    readonly from: number | null
    readonly to: number | null
    readonly difference: number | null
  }
  /** True when both roles sit on the same track. */
  readonly sameTrack: boolean
  /** Direct moves from `from` to `to`, if any. */
  readonly transitions: readonly RoleTransition[]
}

/**
 * A track with its roles, for drawing: a ladder's roles by rung (entry role
 * first), a family's by seniority then title. Draw a family (`isFamily`) as a
 * group, never as a one-rung ladder.
 */
export interface TrackLadder extends TrackRef {
  /** What the ladder or family is about. */
  readonly summary: string | null
  /** The roles that name this track, in order. */
  readonly roles: readonly RoleRef[]
}

/** A transition as an edge between two role slugs, for drawing. */
export interface GraphEdge {
  /** Slug of the role the move starts from. */
  readonly from: string
  /** Slug of the role it leads to. */
  readonly to: string
  readonly kind: TransitionKind
  /** Years usually spent in `from` first; null when unknown. */
  readonly typicalYears: number | null
  /** Where the typical time comes from. */
  readonly typicalYearsBasis: Basis | null
  /** True when the two roles sit on different tracks. */
  readonly crossTrack: boolean
}
