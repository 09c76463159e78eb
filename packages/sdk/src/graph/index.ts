/**
 * The career graph: routes, gaps, plans and comparisons between roles of the
 * curriculum. Pure and browser-safe (no Node built-ins, no network), so the
 * widget can run it on a snapshot.
 *
 * @packageDocumentation
 */
export {createCareerGraph, DEFAULT_MAX_STEPS, DEFAULT_PATH_LIMIT, type CareerGraph} from './graph'
export {nearestSlugs} from './suggest'
export {GraphOptionError, isGraphOptionError, isNoRouteError, NoRouteError} from './errors'
export {CareerPathError, isCareerPathError, isNotFoundError, NotFoundError} from '../errors'
export type {CareerPathErrorCode, NotFoundKind} from '../errors'
export {TRANSITION_KINDS} from './types'
export {PROFICIENCY_LABELS, proficiencyLabel, VALUE_LABELS, valueLabel} from '../vocabulary'
export type {
  CareerGap,
  CareerGraphOptions,
  CareerPlan,
  CareerRole,
  CareerRoute,
  CertificationRef,
  CertificationToEarn,
  CurriculumDocuments,
  ExperienceRange,
  GraphEdge,
  GraphWarning,
  GraphWarningCode,
  MilestoneTimeline,
  MoveCounts,
  PathsOptions,
  PlanMilestone,
  PlanOptions,
  ResourceRef,
  ResourceSuggestion,
  RoleComparison,
  RoleRef,
  RoleSkill,
  RoleTransition,
  RouteStep,
  SkillChange,
  SkillGrowth,
  SkillRef,
  TrackLadder,
  TrackRef,
  TransitionKind,
} from './types'
