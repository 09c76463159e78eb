import {compareRoles} from './compare'
import type {CareerModel, CORE, ModelCore, WithCore} from './curriculum'
import {careerGap} from './gap'
import type {RoleNode} from './model'
import {careerPlan} from './plan'
import {findRoutes} from './routes'
import {TRANSITION_KINDS, type CareerGap, type CareerPlan, type CareerRoute, type PathsOptions, type PlanOptions, type RoleComparison, type TransitionKind} from './types'
import {routeView} from './routeView'

// Runtime imports here are route code only: what the model's modules also hold comes in its ModelCore (curriculum.ts).

/** Default longest route, in moves: longer than any real ladder, short enough to stay fast. */
export const DEFAULT_MAX_STEPS = 8
/** Default number of routes `paths` returns. */
export const DEFAULT_PATH_LIMIT = 10

/**
 * The route questions over a {@link CareerModel}: routes, gaps, plans and
 * comparisons between its roles. Every method that takes a role throws
 * `NotFoundError` for an unknown one, with the nearest slugs in `suggestions`.
 */
export interface CareerRoutes {
  /**
   * Every simple route (no role twice) from one role to another through the
   * transitions, in one total order: fewest moves, then fewest typical years,
   * then, at the first move where routes differ, the role's slug (code-unit
   * order), the move kind (promotion, lateral, specialisation), document order.
   * The same order whatever `limit` is: `plan`'s `pathIndex` k is `paths()[k]`.
   * Bounded by `maxSteps` (default 8) and `limit` (default 10); an empty array
   * when no route fits. From a role to itself there is one route with no steps.
   *
   * @throws `GraphOptionError` for a non-positive `maxSteps` or `limit`, or an unknown kind.
   */
  paths(from: string, to: string, options?: PathsOptions): CareerRoute[]

  /**
   * What stands between two roles: skills to grow (largest gap first),
   * credentials to earn (for the target and the roles on the best route, retired
   * ones replaced by their successors) and resources covering those skills.
   * Works without a route too; then only the target's credentials count.
   */
  gap(from: string, to: string): CareerGap

  /**
   * An ordered plan along a route (`pathIndex` of `paths`, default the best):
   * one milestone per move with what to learn and earn first, and a timeline.
   *
   * @throws `NoRouteError` when no route joins the roles.
   * @throws `GraphOptionError` when `pathIndex` is beyond the routes found.
   */
  plan(from: string, to: string, options?: PlanOptions): CareerPlan

  /** What changes from role `a` to role `b`: skills, credentials, responsibilities, experience, seniority and rung. */
  compare(a: string, b: string): RoleComparison
}

/** A {@link CareerModel} with the route questions: what `createCareerGraph` returns and `withRoutes` makes of a model. */
export interface CareerGraph extends CareerModel, CareerRoutes {}

const coreKey: typeof CORE = '~careerpath'

/**
 * Adds the route questions to a model from `createCareerModel`
 * (`@careerpath/sdk/graph/model`), reading the index the model already holds:
 * nothing is indexed again, and the model keeps working as before. Import it
 * where routes are first needed (an `import()`), so the route search stays out
 * of an app's first load.
 *
 * @param model - A model from `createCareerModel`.
 * @throws TypeError when `model` did not come from `createCareerModel`.
 *
 * @example
 * ```ts
 * const graph = withRoutes(model)
 * const [best] = graph.paths('help-desk-technician', 'it-support-manager')
 * ```
 */
export function withRoutes(model: CareerModel): CareerGraph {
  const core: ModelCore | undefined = (model as Partial<WithCore>)[coreKey]
  if (!core) throw new TypeError('withRoutes() takes a model from createCareerModel().')
  const {index, node, NoRouteError, GraphOptionError} = core

  const searchBounds = (options: PathsOptions) => {
    const maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS
    const limit = options.limit ?? DEFAULT_PATH_LIMIT
    if (!Number.isInteger(maxSteps) || maxSteps < 1) throw new GraphOptionError('maxSteps', 'use a whole number of moves from 1.')
    if (!(limit === Number.POSITIVE_INFINITY || (Number.isInteger(limit) && limit >= 1))) {
      throw new GraphOptionError('limit', 'use a whole number from 1, or Infinity for every route.')
    }
    const kinds = new Set<TransitionKind>(options.kinds ?? TRANSITION_KINDS)
    const unknown = [...kinds].filter((kind) => !TRANSITION_KINDS.includes(kind))
    if (unknown.length || kinds.size === 0) {
      throw new GraphOptionError('kinds', `use one or more of ${TRANSITION_KINDS.join(', ')}${unknown.length ? `; got ${unknown.join(', ')}` : ''}.`)
    }
    return {maxSteps, limit, kinds}
  }
  const routes = (from: RoleNode, to: RoleNode, options: PathsOptions = {}) => findRoutes(index, {source: from.index, target: to.index, ...searchBounds(options)})

  const graph: CareerGraph = {
    ...model,
    paths(fromKey, toKey, options) {
      const from = node(fromKey)
      const to = node(toKey)
      return routes(from, to, options).map((found) => routeView(index, from, to, found))
    },
    gap(fromKey, toKey) {
      const from = node(fromKey)
      const to = node(toKey)
      return careerGap(index, from, to, routes(from, to, {limit: 1})[0] ?? null)
    },
    plan(fromKey, toKey, options = {}) {
      const from = node(fromKey)
      const to = node(toKey)
      const pathIndex = options.pathIndex ?? 0
      if (!Number.isInteger(pathIndex) || pathIndex < 0) throw new GraphOptionError('pathIndex', 'use a whole number from 0.')
      const found = routes(from, to, {...options, limit: pathIndex + 1})
      const maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS
      if (found.length === 0) throw new NoRouteError(from.ref.slug, to.ref.slug, maxSteps)
      const chosen = found[pathIndex]
      if (!chosen) throw new GraphOptionError('pathIndex', `${pathIndex} is past the last route: only ${found.length} found from "${from.ref.slug}" to "${to.ref.slug}".`)
      return careerPlan(index, from, to, chosen)
    },
    compare: (a, b) => compareRoles(node(a), node(b), model.role(a).transitions),
  }
  // Still a model: withRoutes(graph) works too.
  return Object.defineProperty(graph, coreKey, {value: core})
}
