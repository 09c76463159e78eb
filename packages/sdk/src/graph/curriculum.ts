import {CareerPathError, NotFoundError} from '../core'
import {buildIndex} from './build'
import {allEdges, allLadders, ladderOf} from './ladders'
import type {GraphIndex, RoleNode} from './model'
import {nearestSlugs} from './suggest'
import type {CareerGraphOptions, CareerRole, CurriculumDocuments, GraphEdge, GraphWarning, RoleRef, TrackLadder} from './types'
import {roleView} from './views'

/**
 * The curriculum model: roles with their skills, credentials, resources and
 * moves, and the tracks they sit on, read in one language. Pure and
 * synchronous; safe in browsers. Roles are named by slug
 * (`help-desk-technician`) or by `_id`. It answers no route questions, so an
 * app that draws the map loads no route search: `withRoutes(model)` (from
 * `@careerpath/sdk/graph/routes` or `@careerpath/sdk/graph`) adds them on top,
 * without indexing again.
 *
 * Every method that takes a role throws {@link NotFoundError} for an unknown
 * one, with the nearest slugs in `suggestions`.
 */
export interface CareerModel {
  /** Problems found in the content while indexing; the offending parts were skipped. */
  readonly warnings: readonly GraphWarning[]

  /** Every role, in document order. */
  roles(): RoleRef[]

  /** A role with its skills, credentials, resources and transitions. */
  role(slugOrId: string): CareerRole

  /** True when a role with this slug or id exists. */
  hasRole(slugOrId: string): boolean

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
 * What `withRoutes` reads of a model, under the {@link CORE} key. The model
 * hands over its index and the runtime pieces both halves need, so the route
 * code imports none of the model's modules: a bundler that splits an app at
 * `import()` then keeps each half in a chunk of its own, with nothing shared.
 */
export interface ModelCore {
  readonly index: GraphIndex
  /** The role's node, or a {@link NotFoundError} with the nearest slugs. */
  node(slugOrId: string): RoleNode
  /** The SDK's error base class, for the route code's own errors (routeErrors.ts). */
  readonly CareerPathError: typeof CareerPathError
}

/** Where a model keeps its {@link ModelCore}: a non-enumerable property, like Standard Schema's `~standard`. */
export const CORE = '~careerpath'
export interface WithCore {
  readonly [CORE]: ModelCore
}

/**
 * Indexes published curriculum documents (roles, tracks, skills,
 * certifications, degrees, organisations, resources and source articles;
 * other types and `drafts.` copies are ignored) into a {@link CareerModel}.
 * References are followed by `_ref`. Content problems never throw: a dangling
 * reference is skipped and reported in `warnings`.
 *
 * @param documents - Raw Sanity documents in one array, or grouped by type.
 * @param options - The language to read localized text in (English where untranslated), and a callback for each warning.
 *
 * @example
 * ```ts
 * import {createCareerModel} from '@careerpath/sdk/graph/model'
 *
 * const model = createCareerModel(documents, {language: 'es'})
 * for (const track of model.tracks()) console.log(track.title, track.roles.map((role) => role.title))
 * // later, where routes are needed:
 * const {withRoutes} = await import('@careerpath/sdk/graph/routes')
 * const plan = withRoutes(model).plan('help-desk-technician', 'it-support-manager')
 * ```
 */
export function createCareerModel(documents: readonly unknown[] | CurriculumDocuments, options: CareerGraphOptions = {}): CareerModel {
  const index = buildIndex(documents, options)
  // Names to suggest from, built on the first unknown slug and kept for the next.
  let roleNames: {key: string; names: string[]}[] | undefined
  const node = (key: string) => {
    const found = lookup(index, key)
    if (found) return found
    roleNames ??= index.roles.map((role) => ({key: role.ref.slug, names: [role.ref.slug, role.ref.title, ...role.aliases]}))
    throw new NotFoundError('role', key, nearestSlugs(String(key), roleNames))
  }
  const model: CareerModel = {
    warnings: index.warnings,
    roles: () => index.roles.map((role) => role.ref),
    role: (key) => roleView(index, node(key)),
    hasRole: (key) => lookup(index, key) !== undefined,
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
  const core: ModelCore = {index, node, CareerPathError}
  return Object.defineProperty(model, CORE, {value: core})
}

const lookup = (index: GraphIndex, key: string) => index.roleByKey.get(key) ?? index.roleByKey.get(String(key).trim().toLowerCase())
