/**
 * The career graph: routes, gaps, plans and comparisons between roles of the
 * curriculum. Pure and browser-safe (no Node built-ins, no network), so the
 * widget can run it on a snapshot. The model alone (roles, tracks, moves,
 * without the route search) is `@careerpath/sdk/graph/model`; `withRoutes`
 * adds the routes to such a model.
 *
 * @packageDocumentation
 */
export {createCareerGraph} from './graph'
export {createCareerModel, type CareerModel} from './curriculum'
export {DEFAULT_MAX_STEPS, DEFAULT_PATH_LIMIT, withRoutes, type CareerGraph, type CareerRoutes} from './routing'
export {nearestSlugs} from './suggest'
export {GraphOptionError, isGraphOptionError, isNoRouteError, NoRouteError} from './errors'
export {CareerPathError, isCareerPathError, isNotFoundError, NotFoundError} from '../core'
export type {CareerPathErrorCode, NotFoundKind} from '../core'
export {TRANSITION_KINDS} from './types'
export {
  isFamily,
  isLadder,
  LADDER_KINDS,
  PROFICIENCY_LABELS,
  proficiencyLabel,
  SENIORITY_LABELS,
  seniorityLabel,
  TRANSLATED_LABELS,
  VALUE_LABELS,
  valueLabel,
  type VocabularyList,
} from '../vocabulary'
export {DEFAULT_LANGUAGE, isLanguage, LANGUAGE_IDS, type LanguageId, type LanguageInfo} from '../languages'
export type {
  Basis,
  CareerGap,
  CareerGraphOptions,
  CareerPlan,
  CareerRole,
  CareerRoute,
  CertificationRef,
  CertificationToEarn,
  CurriculumDocuments,
  DegreeRef,
  ExperienceRange,
  GraphEdge,
  GraphWarning,
  GraphWarningCode,
  MilestoneTimeline,
  MoveCounts,
  OrganisationRef,
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
