import {NotFoundError} from '../errors'
import {buildIndex} from './build'
import {compareRoles} from './compare'
import {GraphOptionError, NoRouteError} from './errors'
import {careerGap} from './gap'
import {allEdges, allLadders, ladderOf} from './ladders'
import type {GraphIndex, RoleNode} from './model'
import {careerPlan} from './plan'
import {findRoutes, type FoundRoute} from './routes'
import {nearestSlugs} from './suggest'
import {
  TRANSITION_KINDS,
  type CareerGap,
  type CareerGraphOptions,
  type CareerPlan,
  type CareerRole,
  type CareerRoute,
  type CurriculumDocuments,
  type GraphEdge,
  type GraphWarning,
  type PathsOptions,
  type PlanOptions,
  type RoleComparison,
  type RoleRef,
  type TrackLadder,
  type TransitionKind,
} from './types'
import {roleView, routeView} from './views'

/** Default longest route, in moves: longer than any real ladder, short enough to stay fast. */
export const DEFAULT_MAX_STEPS = 8
/** Default number of routes `paths` returns. */
export const DEFAULT_PATH_LIMIT = 10

/**
 * The career graph: roles joined by their transitions, with the skills,
 * credentials and resources each role expects. Pure and synchronous; safe in
 * browsers. Roles are named by slug (`help-desk-technician`) or by `_id`.
 *
 * Every method that takes a role throws {@link NotFoundError} for an unknown
 * one, with the nearest slugs in `suggestions`.
 */
export interface CareerGraph {
  /** Problems found in the content while indexing; the offending parts were skipped. */
  readonly warnings: readonly GraphWarning[]

  /** Every role, in document order. */
  roles(): RoleRef[]

  /** A role with its skills, credentials, resources and transitions. */
  role(slugOrId: string): CareerRole

  /** True when a role with this slug or id exists. */
  hasRole(slugOrId: string): boolean

  /**
   * Every simple route (no role twice) from one role to another through the
   * transitions, in one total order: fewest moves, then fewest typical years,
   * then, at the first move where routes differ, the role's slug (code-unit
   * order), the move kind (promotion, lateral, specialisation), document order.
   * The same order whatever `limit` is: `plan`'s `pathIndex` k is `paths()[k]`.
   * Bounded by `maxSteps` (default 8) and `limit` (default 10); an empty array
   * when no route fits. From a role to itself there is one route with no steps.
   *
   * @throws {@link GraphOptionError} for a non-positive `maxSteps` or `limit`, or an unknown kind.
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
   * @throws {@link NoRouteError} when no route joins the roles.
   * @throws {@link GraphOptionError} when `pathIndex` is beyond the routes found.
   */
  plan(from: string, to: string, options?: PlanOptions): CareerPlan

  /** What changes from role `a` to role `b`: skills, credentials, responsibilities, experience, seniority and rung. */
  compare(a: string, b: string): RoleComparison

  /**
   * Every track with its roles: ladders first (roles by rung, the longest
   * ladder first), then families (kind `family`, roles by seniority then
   * title), which consumers draw as a group, never as a one-rung ladder.
   */
  tracks(): TrackLadder[]

  /**
   * One track's roles: by rung on a ladder, by seniority then title in a family.
   *
   * @throws {@link NotFoundError} (kind `track`) for an unknown track.
   */
  ladder(trackSlugOrId: string): TrackLadder

  /** Every transition as an edge between role slugs, for drawing ladders side by side. */
  transitions(): GraphEdge[]
}

/**
 * Indexes published curriculum documents (roles, tracks, skills,
 * certifications, degrees, organisations, resources and source articles;
 * other types and `drafts.` copies are ignored) into
 * a {@link CareerGraph}. References are followed by `_ref`. Content problems
 * never throw: a dangling reference is skipped and reported in `warnings`.
 *
 * @param documents - Raw Sanity documents in one array, or grouped by type.
 * @param options - The language to read localized text in (English where untranslated), and a callback for each warning.
 *
 * @example
 * ```ts
 * const graph = createCareerGraph(documents)
 * const [best] = graph.paths('help-desk-technician', 'it-support-manager')
 * const plan = graph.plan('help-desk-technician', 'it-support-manager')
 * ```
 */
export function createCareerGraph(
  documents: readonly unknown[] | CurriculumDocuments,
  options: CareerGraphOptions = {},
): CareerGraph {
  const index = buildIndex(documents, options)
  // Names to suggest from, built on the first unknown slug and kept for the next.
  let roleNames: {key: string; names: string[]}[] | undefined
  const node = (key: string) => {
    const found = lookup(index, key)
    if (found) return found
    roleNames ??= index.roles.map((role) => ({key: role.ref.slug, names: [role.ref.slug, role.ref.title, ...role.aliases]}))
    throw new NotFoundError('role', key, nearestSlugs(String(key), roleNames))
  }
  const routes = (from: RoleNode, to: RoleNode, options: PathsOptions = {}) => findRoutes(index, {source: from.index, target: to.index, ...searchBounds(options)})

  return {
    warnings: index.warnings,
    roles: () => index.roles.map((role) => role.ref),
    role: (key) => roleView(index, node(key)),
    hasRole: (key) => lookup(index, key) !== undefined,
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
      const found: FoundRoute[] = routes(from, to, {...options, limit: pathIndex + 1})
      const maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS
      if (found.length === 0) throw new NoRouteError(from.ref.slug, to.ref.slug, maxSteps)
      const chosen = found[pathIndex]
      if (!chosen) throw new GraphOptionError('pathIndex', `${pathIndex} is past the last route: only ${found.length} found from "${from.ref.slug}" to "${to.ref.slug}".`)
      return careerPlan(index, from, to, chosen)
    },
    compare: (a, b) => compareRoles(index, node(a), node(b)),
    tracks: () => allLadders(index),
    ladder(key) {
      const track = index.trackByKey.get(key)
      if (!track) {
        const candidates = [...index.tracks.values()].map((t) => ({key: t.ref.slug, names: [t.ref.slug, t.ref.title]}))
        throw new NotFoundError('track', key, nearestSlugs(key, candidates))
      }
      return ladderOf(index, track)
    },
    transitions: () => allEdges(index),
  }
}

const lookup = (index: GraphIndex, key: string) => index.roleByKey.get(key) ?? index.roleByKey.get(String(key).trim().toLowerCase())

function searchBounds(options: PathsOptions) {
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
