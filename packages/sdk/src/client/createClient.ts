import {ArgumentError, ConfigurationError, NotFoundError, type NotFoundKind} from '../errors'
// The graph, its suggestions and dataset validation load with import() where used: a browser that only lists never downloads them (test/size).
import type {CareerGap, CareerGraph, CareerPlan, CareerRoute, PathsOptions, PlanOptions, RoleComparison} from '../graph'
import type {LookupKeysQueryResult} from '../generated/sanity.types'
import {curriculumDocumentsQuery, graphDocumentsQuery, lookupKeysQuery, SEARCH_MAX_HITS, SEARCHABLE_TYPES, type LookupKeysParams, type SearchableType} from '../queries'
import type {CareerQuery, QueryResult, RunParams} from '../queries/define'
import {queries} from '../queries/objects'
import {createSnapshot, type Snapshot} from '../snapshot/format'
import {createLocalSource} from '../sources/local'
import {describePerspective, type Perspective, type StoredDocument} from '../sources/perspective'
import {createSanitySource} from '../sources/sanity'
import type {FetchOptions, QuerySource, SourceDescription} from '../sources/types'
import type {ValidationReport} from '../validation/issues'
import {checkPerspective, REQUEST_TAG, resolveOptions, type CareerPathClientOptions, type ResolvedOptions} from './options'
import {queryParams, validateResult} from './run'
import type * as T from './types'

/**
 * Options of one call, like `@sanity/client`'s request options and a TanStack
 * Query function's `signal`.
 */
export interface RequestOptions {
  /** Aborts the call, also while it waits to retry; the promise rejects with the signal's reason. */
  signal?: AbortSignal
  /** Request tag in Sanity's request logs (after the client's `requestTagPrefix`); default the method's name. */
  tag?: string
  /** This call's perspective (`published`, `drafts` or a release stack); anything but `published` needs the client's token. */
  perspective?: Perspective
  /** This call through the API CDN or not (default: the client's `useCdn`, false for unpublished perspectives). */
  useCdn?: boolean
}

type Filter<Q> = Partial<{[K in Exclude<keyof RunParams<Q>, 'language'>]: NonNullable<RunParams<Q>[K]>}>

export type RoleFilter = Filter<typeof queries.roleList>
export type SkillFilter = Filter<typeof queries.skillList>
export type CertificationFilter = Filter<typeof queries.certificationList>
export type DegreeFilter = Filter<typeof queries.degreeList>
export type ResourceFilter = Filter<typeof queries.resourceList>
export type FaqFilter = Filter<typeof queries.faqList>
export type GuideFilter = Filter<typeof queries.guideList>

export interface SearchOptions extends RequestOptions {
  /** Types to search; default all. */
  types?: readonly SearchableType[]
  /** Most hits to return, 1–100; default 20. Only that many travel: the query's slice takes it as a parameter. */
  limit?: number
}

/** Every document's detail, by type, in a bounded number of requests (one per type) whatever the dataset's size. */
export interface CurriculumContent {
  tracks: T.TrackDetail[]
  roles: T.RoleDetail[]
  skills: T.SkillDetail[]
  certifications: T.CertificationDetail[]
  degrees: T.DegreeDetail[]
  organisations: T.OrganisationDetail[]
  resources: T.ResourceDetail[]
  learningPaths: T.LearningPathDetail[]
  faqs: T.FaqDetail[]
  guides: T.GuideDetail[]
}

export {SEARCHABLE_TYPES}

/** Typed, validated access to the curriculum; the same methods on every source. */
export interface CareerPathClient {
  /** Where the data comes from (never includes a token). */
  readonly source: SourceDescription

  listTracks(options?: RequestOptions): Promise<T.TrackListItem[]>
  /** @throws {@link NotFoundError} with the nearest slugs when there is no such track. */
  getTrack(slug: string, options?: RequestOptions): Promise<T.TrackDetail>
  listRoles(filter?: RoleFilter, options?: RequestOptions): Promise<T.RoleListItem[]>
  getRole(slug: string, options?: RequestOptions): Promise<T.RoleDetail>
  listSkills(filter?: SkillFilter, options?: RequestOptions): Promise<T.SkillListItem[]>
  getSkill(slug: string, options?: RequestOptions): Promise<T.SkillDetail>
  listCertifications(filter?: CertificationFilter, options?: RequestOptions): Promise<T.CertificationListItem[]>
  getCertification(slug: string, options?: RequestOptions): Promise<T.CertificationDetail>
  /** Degrees (associate to doctorate), optionally of one level. */
  listDegrees(filter?: DegreeFilter, options?: RequestOptions): Promise<T.DegreeListItem[]>
  getDegree(slug: string, options?: RequestOptions): Promise<T.DegreeDetail>
  /** Vendors, publishers and awarding bodies. */
  listOrganisations(options?: RequestOptions): Promise<T.OrganisationListItem[]>
  /** One organisation with the certifications, degrees and resources it awards or publishes. */
  getOrganisation(slug: string, options?: RequestOptions): Promise<T.OrganisationDetail>
  listResources(filter?: ResourceFilter, options?: RequestOptions): Promise<T.ResourceListItem[]>
  /** Resources have no slug; they are fetched by document id. */
  getResource(id: string, options?: RequestOptions): Promise<T.ResourceDetail>
  listLearningPaths(options?: RequestOptions): Promise<T.LearningPathListItem[]>
  getLearningPath(slug: string, options?: RequestOptions): Promise<T.LearningPathDetail>
  listFaqs(filter?: FaqFilter, options?: RequestOptions): Promise<T.FaqListItem[]>
  getFaq(slug: string, options?: RequestOptions): Promise<T.FaqDetail>
  listGuides(filter?: GuideFilter, options?: RequestOptions): Promise<T.GuideListItem[]>
  getGuide(slug: string, options?: RequestOptions): Promise<T.GuideDetail>
  /** Finds documents whose title, other names or text contain every word (prefixes count): title hits first, then other names, then text. */
  search(text: string, options?: SearchOptions): Promise<T.SearchHit[]>
  /**
   * Every track, role, skill, certification, degree, organisation, resource,
   * learning path, FAQ and guide with its detail (what `get…` returns), in ten
   * requests whatever the curriculum's size: for a site build or an export,
   * instead of a list and one `get` per document.
   */
  readAll(options?: RequestOptions): Promise<CurriculumContent>

  /**
   * The career graph over the source's roles, tracks, skills, credentials,
   * organisations and resources (fetched in one query, then cached per
   * perspective), its text in the client's language. Built by the graph's own
   * policy whatever the validation mode: what it cannot use is skipped and
   * listed in `graph.warnings`; content it does not read never stops it.
   */
  graph(options?: RequestOptions): Promise<CareerGraph>
  /** Every route between two roles in the graph's route order (see `CareerGraph.paths`). */
  paths(from: string, to: string, options?: PathsOptions & RequestOptions): Promise<CareerRoute[]>
  /** Skills to grow, certifications to earn and resources for them, to get from one role to another. */
  gap(from: string, to: string, options?: RequestOptions): Promise<CareerGap>
  /** An ordered plan of milestones with a timeline; `pathIndex` k plans `paths()[k]`. */
  plan(from: string, to: string, options?: PlanOptions & RequestOptions): Promise<CareerPlan>
  /** What changes between two roles. */
  compare(roleA: string, roleB: string, options?: RequestOptions): Promise<RoleComparison>

  /** Every published curriculum document (raw), validated as a whole dataset. */
  documents(options?: RequestOptions): Promise<T.CurriculumDocument[]>
  /** The published curriculum as a snapshot (see `@careerpath/sdk/snapshot`), recording the client's language. */
  snapshot(options?: Omit<RequestOptions, 'perspective'>): Promise<Snapshot>
  /**
   * Runs a query object (the SDK's `queries`, or yours from `defineCareerQuery`):
   * parameters checked first (an {@link ArgumentError} names the one at
   * fault), the result validated in the client's mode, typed.
   */
  run<Q extends CareerQuery<object, unknown>>(query: Q, params?: RunParams<Q>, options?: RequestOptions): Promise<QueryResult<Q>>
  /** Runs your own GROQ on the same source, unvalidated and untyped; prefer `run` with a query object. */
  fetch<R = unknown>(query: string, params?: Record<string, unknown>, options?: RequestOptions): Promise<R>
  /** Forgets the cached career graphs, so the next graph call reads the source again. */
  clearCache(): void
}

/** The seed curriculum, bundled into its own chunk and loaded on the first query only. */
const loadEmbedded = async (): Promise<readonly StoredDocument[]> => (await import('../embedded')).embeddedDocuments

/** Words of a search text as `match` patterns: lowercase, each matching as a prefix. */
export function searchTerms(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => `${word}*`)
}

const REQUEST_KEYS = ['signal', 'tag', 'perspective', 'useCdn'] as const
/** Splits a call's options into the request's and the rest (a graph method's own). */
function splitOptions<O extends object>(options: (O & RequestOptions) | undefined): [RequestOptions, O] {
  const request: RequestOptions = {}
  const rest: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(options ?? {})) {
    if ((REQUEST_KEYS as readonly string[]).includes(key)) (request as Record<string, unknown>)[key] = value
    else rest[key] = value
  }
  return [request, rest as O]
}

/**
 * Creates a client. With `projectId` and `dataset` it reads a Sanity project
 * (published content through the API CDN by default); with `documents` it
 * queries them in memory; with neither, it uses the curriculum embedded in the
 * SDK. Every source runs the same GROQ and returns the same types.
 *
 * @throws {@link ConfigurationError} for options that cannot work, such as a token in a browser.
 */
export function createCareerPathClient(options: CareerPathClientOptions = {}): CareerPathClient {
  const o = resolveOptions(options)
  const {language, validation} = o
  const graphTtl = o.source === 'sanity' ? o.graphTtlMs : Number.POSITIVE_INFINITY
  const sources = new Map<string, QuerySource>()
  /** One source per perspective: the local source's view is built per perspective; Sanity's takes it per request. */
  const sourceFor = (perspective: Perspective): QuerySource => {
    const key = o.source === 'sanity' ? '' : describePerspective(perspective)
    let found = sources.get(key)
    if (!found) {
      found =
        o.source === 'sanity'
          ? createSanitySource(o)
          : createLocalSource({documents: o.source === 'documents' ? o.documents : loadEmbedded, perspective, origin: o.source === 'documents' ? 'local' : 'embedded'})
      sources.set(key, found)
    }
    return found
  }
  const base = sourceFor(o.perspective)
  let graphs = new Map<string, {graph: Promise<CareerGraph>; at: number}>()

  const report = (found: ValidationReport) => {
    if (found.issues.length) o.onValidationIssues?.(found)
  }

  /** A call's options checked (an ArgumentError names the one at fault) and resolved against the client's. */
  function callOptions(call: RequestOptions | undefined, defaultTag: string): FetchOptions & {perspective: Perspective} {
    if (call !== undefined && (typeof call !== 'object' || call === null)) throw new ArgumentError('options', `${defaultTag} takes its options as an object`)
    const {signal, tag, useCdn} = call ?? {}
    if (signal !== undefined && !(typeof signal === 'object' && signal !== null && typeof (signal as AbortSignal).aborted === 'boolean')) throw new ArgumentError('signal', '"signal" must be an AbortSignal')
    if (tag !== undefined && (typeof tag !== 'string' || !REQUEST_TAG.test(tag))) throw new ArgumentError('tag', `"tag" can only hold letters, digits, ".", "_" and "-" (1-75); got ${JSON.stringify(tag)}`)
    if (useCdn !== undefined && typeof useCdn !== 'boolean') throw new ArgumentError('useCdn', '"useCdn" must be true or false')
    let perspective = o.perspective
    if (call?.perspective !== undefined) {
      const checked = checkPerspective(call.perspective)
      if ('reason' in checked) throw new ArgumentError('perspective', checked.reason)
      perspective = checked.perspective
      if (perspective !== 'published' && o.source === 'sanity' && o.token === undefined) {
        throw new ArgumentError('perspective', `The "${describePerspective(perspective)}" perspective needs the client's read token ("token"); without one the Content Lake answers with published content only`)
      }
    }
    return {perspective, tag: tag ?? defaultTag, ...(signal ? {signal} : {}), ...(useCdn === undefined ? {} : {useCdn})}
  }

  async function send(query: string, params: Record<string, unknown>, call: FetchOptions & {perspective: Perspective}): Promise<unknown> {
    call.signal?.throwIfAborted()
    const result = await sourceFor(call.perspective).fetch(query, params, call)
    call.signal?.throwIfAborted()
    return result
  }

  async function run<Q extends CareerQuery<object, unknown>>(query: Q, params?: RunParams<Q>, call?: RequestOptions): Promise<QueryResult<Q>> {
    if (typeof query !== 'object' || query === null || typeof query.query !== 'string') throw new ArgumentError('query', 'run takes a query object (from `queries` or `defineCareerQuery`)')
    const resolved = callOptions(call, query.name)
    const full = await queryParams(query, params as Record<string, unknown> | undefined, language)
    const raw = await send(query.query, full, resolved)
    const {value, report: found} = await validateResult(query, raw, validation, query.name)
    report(found)
    return value as QueryResult<Q>
  }

  const list = <Q extends CareerQuery<object, unknown>>(query: Q) => (filter?: object, call?: RequestOptions) => {
    if (filter !== undefined && (typeof filter !== 'object' || filter === null || Array.isArray(filter))) throw new ArgumentError('filter', `${query.name} takes its filter as an object`)
    return run(query, filter as RunParams<Q>, call)
  }

  async function single<Q extends CareerQuery<object, unknown>>(query: Q, kind: NotFoundKind, key: string, call: RequestOptions | undefined): Promise<NonNullable<QueryResult<Q>>> {
    const argument = kind === 'resource' ? 'id' : 'slug'
    if (typeof key !== 'string' || key.trim() === '') throw new ArgumentError(argument, `${query.name} needs a non-empty ${argument}; got ${JSON.stringify(key)}`)
    const found = await run(query, {[argument]: key} as RunParams<Q>, call)
    if (found === null || found === undefined) throw await notFound(kind, key, callOptions(call, query.name))
    return found as NonNullable<QueryResult<Q>>
  }

  /**
   * A NotFoundError that suggests the nearest existing keys (each document's
   * key and title). When the suggestions cannot be read, it is still a
   * NotFoundError: no suggestions, and the failure as its `cause`.
   */
  async function notFound(kind: NotFoundKind, key: string, call: FetchOptions & {perspective: Perspective}): Promise<NotFoundError> {
    const params: LookupKeysParams = {language, type: kind}
    try {
      const found = await send(lookupKeysQuery, params as unknown as Record<string, unknown>, {...call, tag: 'suggestions'})
      const candidates = (Array.isArray(found) ? (found as Partial<LookupKeysQueryResult[number]>[]) : [])
        .filter((c): c is LookupKeysQueryResult[number] => typeof c?.key === 'string')
        .map((c) => ({key: c.key, names: typeof c.title === 'string' ? [c.key, c.title] : [c.key]}))
      const {nearestSlugs} = await import('../graph/suggest')
      return new NotFoundError(kind, key, nearestSlugs(key, candidates))
    } catch (error) {
      if (call.signal?.aborted) throw error
      return new NotFoundError(kind, key, [], {cause: error})
    }
  }

  async function graph(call?: RequestOptions): Promise<CareerGraph> {
    const resolved = callOptions(call, 'graph')
    const key = `${describePerspective(resolved.perspective)}|${String(resolved.useCdn)}`
    const now = Date.now()
    const cached = graphs.get(key)
    if (cached && now - cached.at < graphTtl) return cached.graph
    const built = Promise.all([send(graphDocumentsQuery, {language}, resolved), import('../graph/graph')]).then(([docs, {createCareerGraph}]) =>
      createCareerGraph(Array.isArray(docs) ? docs : [], {language}),
    )
    const entry = {graph: built, at: now}
    graphs.set(key, entry)
    built.catch(() => {
      if (graphs.get(key) === entry) graphs.delete(key) // a failed fetch is retried next time
    })
    return built
  }

  async function documents(call?: RequestOptions): Promise<T.CurriculumDocument[]> {
    const raw = await send(curriculumDocumentsQuery, {language}, callOptions(call, 'documents'))
    if (validation === 'off') return raw as T.CurriculumDocument[]
    const {validateDataset} = await import('../validation/dataset')
    const result = validateDataset(Array.isArray(raw) ? raw : [], {mode: validation, context: 'documents'})
    report(result.report)
    return result.documents as T.CurriculumDocument[]
  }

  return {
    source: base.describe(),
    listTracks: (call) => run(queries.trackList, {}, call),
    getTrack: (slug, call) => single(queries.track, 'track', slug, call),
    listRoles: list(queries.roleList),
    getRole: (slug, call) => single(queries.role, 'role', slug, call),
    listSkills: list(queries.skillList),
    getSkill: (slug, call) => single(queries.skill, 'skill', slug, call),
    listCertifications: list(queries.certificationList),
    getCertification: (slug, call) => single(queries.certification, 'certification', slug, call),
    listDegrees: list(queries.degreeList),
    getDegree: (slug, call) => single(queries.degree, 'degree', slug, call),
    listOrganisations: (call) => run(queries.organisationList, {}, call),
    getOrganisation: (slug, call) => single(queries.organisation, 'organisation', slug, call),
    listResources: list(queries.resourceList),
    getResource: (id, call) => single(queries.resource, 'resource', id, call),
    listLearningPaths: (call) => run(queries.learningPathList, {}, call),
    getLearningPath: (slug, call) => single(queries.learningPath, 'learningPath', slug, call),
    listFaqs: list(queries.faqList),
    getFaq: (slug, call) => single(queries.faq, 'faq', slug, call),
    listGuides: list(queries.guideList),
    getGuide: (slug, call) => single(queries.guide, 'guide', slug, call),
    async search(text, searchOptions = {}) {
      const [call, {types = SEARCHABLE_TYPES, limit = 20}] = splitOptions<{types?: readonly SearchableType[]; limit?: number}>(searchOptions)
      if (!Number.isInteger(limit) || limit < 1 || limit > SEARCH_MAX_HITS) throw new ArgumentError('limit', `search "limit" must be a whole number from 1 to ${SEARCH_MAX_HITS}; got ${JSON.stringify(limit)}`)
      if (!Array.isArray(types)) throw new ArgumentError('types', `search "types" must be a list of ${SEARCHABLE_TYPES.join(', ')}`)
      const unknown = types.filter((t) => !(SEARCHABLE_TYPES as readonly string[]).includes(t))
      if (unknown.length) throw new ArgumentError('types', `search "types" can only hold ${SEARCHABLE_TYPES.join(', ')}; got ${unknown.join(', ')}`)
      const terms = searchTerms(typeof text === 'string' ? text : '')
      if (terms.length === 0 || types.length === 0) return []
      return run(queries.search, {terms, types: [...types], limit}, call)
    },
    async readAll(call) {
      const [tracks, roles, skills, certifications, degrees, organisations, resources, learningPaths, faqs, guides] = await Promise.all([
        run(queries.allTracks, {}, call),
        run(queries.allRoles, {}, call),
        run(queries.allSkills, {}, call),
        run(queries.allCertifications, {}, call),
        run(queries.allDegrees, {}, call),
        run(queries.allOrganisations, {}, call),
        run(queries.allResources, {}, call),
        run(queries.allLearningPaths, {}, call),
        run(queries.allFaqs, {}, call),
        run(queries.allGuides, {}, call),
      ])
      return {tracks, roles, skills, certifications, degrees, organisations, resources, learningPaths, faqs, guides} as CurriculumContent
    },
    graph,
    async paths(from, to, pathOptions) {
      const [call, rest] = splitOptions<PathsOptions>(pathOptions)
      return (await graph(call)).paths(from, to, rest)
    },
    gap: async (from, to, call) => (await graph(call)).gap(from, to),
    async plan(from, to, planOptions) {
      const [call, rest] = splitOptions<PlanOptions>(planOptions)
      return (await graph(call)).plan(from, to, rest)
    },
    compare: async (a, b, call) => (await graph(call)).compare(a, b),
    documents,
    async snapshot(call) {
      if (call && 'perspective' in call && call.perspective !== undefined) throw new ArgumentError('perspective', 'A snapshot holds published content only: it takes no perspective')
      if (base.perspective !== 'published') throw new ConfigurationError('perspective', 'A snapshot holds published content only: create the client with the "published" perspective')
      const described = base.describe()
      const docs = await documents(call)
      const origin = described.kind === 'local' ? {kind: 'documents' as const, perspective: described.perspective} : described
      return createSnapshot(docs, {...origin, language})
    },
    run,
    fetch: async <R>(query: string, params: Record<string, unknown> = {}, call?: RequestOptions) => {
      if (typeof query !== 'string' || query.trim() === '') throw new ArgumentError('query', 'fetch needs GROQ text')
      return (await send(query, params, callOptions(call, 'fetch'))) as R
    },
    clearCache() {
      graphs = new Map()
    },
  }
}

export type {ResolvedOptions}
