/**
 * The route questions alone, to add to a model from
 * `@careerpath/sdk/graph/model`: `withRoutes(model)` gives paths, gap, plan
 * and compare over the index the model already holds. It re-exports nothing
 * of the model's code, so a bundler that splits an app at `import()` (esbuild
 * among them) keeps the model in the first load and this in a chunk of its
 * own, with no chunk shared between them. Its errors (`NoRouteError`,
 * `GraphOptionError`) come from the model's code: `isNoRouteError` and
 * `isGraphOptionError` are in `@careerpath/sdk/graph`.
 *
 * @packageDocumentation
 */
export {DEFAULT_MAX_STEPS, DEFAULT_PATH_LIMIT, withRoutes, type CareerGraph, type CareerRoutes} from './routing'
export {TRANSITION_KINDS} from './types'
export type {
  CareerGap,
  CareerPlan,
  CareerRoute,
  CertificationToEarn,
  MilestoneTimeline,
  MoveCounts,
  PathsOptions,
  PlanMilestone,
  PlanOptions,
  ResourceSuggestion,
  RoleComparison,
  RouteStep,
  SkillChange,
  SkillGrowth,
} from './types'
