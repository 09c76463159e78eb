import {createCareerModel} from './curriculum'
import {withRoutes, type CareerGraph} from './routing'
import type {CareerGraphOptions, CurriculumDocuments} from './types'

/**
 * Indexes published curriculum documents (roles, tracks, skills,
 * certifications, degrees, organisations, resources and source articles;
 * other types and `drafts.` copies are ignored) into
 * a {@link CareerGraph}: the model (`createCareerModel`) with the route
 * questions (`withRoutes`). References are followed by `_ref`. Content
 * problems never throw: a dangling reference is skipped and reported in
 * `warnings`. An app that first draws only the map can build the model alone
 * (`@careerpath/sdk/graph/model`) and add routes later.
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
export function createCareerGraph(documents: readonly unknown[] | CurriculumDocuments, options: CareerGraphOptions = {}): CareerGraph {
  return withRoutes(createCareerModel(documents, options))
}

export {DEFAULT_MAX_STEPS, DEFAULT_PATH_LIMIT, type CareerGraph} from './routing'
