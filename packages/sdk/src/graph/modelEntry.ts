/**
 * The curriculum model without the route search: roles, tracks, moves,
 * labels and warnings, localized text read in one language (English where
 * untranslated). For an app's first load, e.g. a map of the ladders; add the
 * route questions later with `withRoutes(model)` from `@careerpath/sdk/graph/routes`,
 * which reuses this model's index. Pure and browser-safe.
 *
 * @packageDocumentation
 */
export {createCareerModel, type CareerModel} from './curriculum'
export {CareerPathError, isCareerPathError, isNotFoundError, NotFoundError} from '../core'
export type {CareerPathErrorCode, NotFoundKind} from '../core'
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
  CareerGraphOptions,
  CareerRole,
  CertificationRef,
  CurriculumDocuments,
  DegreeRef,
  ExperienceRange,
  GraphEdge,
  GraphWarning,
  GraphWarningCode,
  OrganisationRef,
  ResourceRef,
  RoleRef,
  RoleSkill,
  RoleTransition,
  SkillRef,
  TrackLadder,
  TrackRef,
  TransitionKind,
} from './types'
