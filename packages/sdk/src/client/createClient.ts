import {ArgumentError, type ConfigurationError, type NotFoundError, type NotFoundKind} from '../core'
import {isLanguage, type LanguageId, type LanguageInfo} from '../languages'
// Search, readAll, the graph, documents, snapshots and not-found suggestions are in ./more, loaded on first use: a browser that only lists never downloads them (test/size).
import type {CareerGap, CareerGraph, CareerPlan, CareerRoute, PathsOptions, PlanOptions, RoleComparison} from '../graph'
import type {CareerQuery, QueryResult, RunParams} from '../queries/define'
// Each resource's query objects (GROQ + schemas) load on the method's first call: listRoles() downloads the role list's module only (test/size).
import type * as Certifications from '../queries/objects/certifications'
import type * as Degrees from '../queries/objects/degrees'
import type * as Faqs from '../queries/objects/faqs'
import type * as Guides from '../queries/objects/guides'
import type * as Resources from '../queries/objects/resources'
import type * as RoleList from '../queries/objects/roleList'
import type * as Skills from '../queries/objects/skills'
import {SEARCHABLE_TYPES, type SearchableType} from '../core'
import type {Snapshot} from '../snapshot/format'
import {describePerspective, type Perspective} from '../core'
import {createSanitySource} from '../sources/sanity'
import type {FetchOptions, QuerySource, SourceDescription} from '../sources/types'
import type {ValidationReport} from '../validation/issues'
import type {More} from './more'
import type {CallContext, Resolved} from './callOptions'
import {checkPerspective, languageMessage, resolveOptions, type CareerPathClientOptions, type ResolvedOptions} from './options'
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
  /** This call's language (default: the client's `language`). */
  language?: LanguageId
}

type Filter<Q> = Partial<{[K in Exclude<keyof RunParams<Q>, 'language'>]: NonNullable<RunParams<Q>[K]>}>

export type RoleFilter = Filter<typeof RoleList.roleList>
export type SkillFilter = Filter<typeof Skills.skillList>
export type CertificationFilter = Filter<typeof Certifications.certificationList>
export type DegreeFilter = Filter<typeof Degrees.degreeList>
export type ResourceFilter = Filter<typeof Resources.resourceList>
export type FaqFilter = Filter<typeof Faqs.faqList>
export type GuideFilter = Filter<typeof Guides.guideList>

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
  /** The client's language (a call's `language` option overrides it). */
  readonly language: LanguageId

  /**
   * The languages the curriculum is written in (the Studio's list; English first,
   * the language every text falls back to): `id`, `title` in its own language,
   * `name` in each of them. For a language switcher.
   */
  listLanguages(): Promise<LanguageInfo[]>

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

/**
 * One loader per resource module of query objects. Literal `import()`s, so an
 * app's bundler makes each its own chunk; a module loads once (the runtime
 * caches it).
 */
const load = {
  tracks: () => import('../queries/objects/tracks'),
  roleList: () => import('../queries/objects/roleList'),
  roles: () => import('../queries/objects/roles'),
  skills: () => import('../queries/objects/skills'),
  certifications: () => import('../queries/objects/certifications'),
  degrees: () => import('../queries/objects/degrees'),
  organisations: () => import('../queries/objects/organisations'),
  resources: () => import('../queries/objects/resources'),
  learningPaths: () => import('../queries/objects/learningPaths'),
  faqs: () => import('../queries/objects/faqs'),
  guides: () => import('../queries/objects/guides'),
}
type Loaded = {[R in keyof typeof load]: Awaited<ReturnType<(typeof load)[R]>>}
/** A query object of a resource module, loaded on first use. */
type Lazy<Q> = () => Promise<Q>
const lazy =
  <R extends keyof typeof load, K extends keyof Loaded[R]>(resource: R, key: K): Lazy<Loaded[R][K]> =>
  async () =>
    ((await load[resource]()) as Loaded[R])[key]

/** A resource's item, as its module names its queries (`skills`: `skill`, `skillList`, `allSkills`). */
type One<R> = R extends `${infer S}s` ? S : never
const one = <R extends string>(resource: R) => resource.slice(0, -1) as One<R>
type ListKey<R> = (R extends 'roleList' ? R : `${One<R>}List`) & keyof Loaded[R & keyof Loaded]
/** A resource's list query: `skills` → `skillList` (the role list has a module of its own). */
const listOf = <R extends keyof typeof load>(resource: R) => lazy(resource, (resource === 'roleList' ? resource : `${one(resource)}List`) as ListKey<R>)

/** The local source (and through it groq-js) loads with the first local query. */
function lazyLocalSource(options: import('../sources/local').LocalSourceOptions): QuerySource {
  let source: Promise<QuerySource> | undefined
  const description: SourceDescription = {kind: options.origin, perspective: describePerspective(options.perspective)}
  return {
    kind: 'local',
    perspective: options.perspective,
    async fetch(query, params, call) {
      source ??= import('../sources/local').then((m) => m.createLocalSource(options))
      return (await source).fetch(query, params, call)
    },
    describe: () => description,
  }
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
  const sources = new Map<string, QuerySource>()
  /** One source per perspective: the local source's view is built per perspective; Sanity's takes it per request. */
  const sourceFor = (perspective: Perspective): QuerySource => {
    const key = o.source === 'sanity' ? '' : describePerspective(perspective)
    let found = sources.get(key)
    if (!found) {
      found =
        o.source === 'sanity'
          ? createSanitySource(o)
          : lazyLocalSource({documents: o.source === 'documents' ? o.documents : undefined, perspective, origin: o.source === 'documents' ? 'local' : 'embedded'})
      sources.set(key, found)
    }
    return found
  }
  const base = sourceFor(o.perspective)

  const report = (found: ValidationReport) => {
    if (found.issues.length) o.onValidationIssues?.(found)
  }

  /**
   * A call's options resolved against the client's. The checks (./callOptions)
   * load with the first call that passes options: `listRoles()` without any
   * never downloads them (test/size).
   */
  const rules: CallContext = {o, checkPerspective, isLanguage, languageMessage}
  const callOptions = async (call: RequestOptions | undefined, defaultTag: string): Promise<Resolved> =>
    call === undefined ? {perspective: o.perspective, language, tag: defaultTag} : import('./callOptions').then((m) => m.resolveCall(rules, call, defaultTag))

  async function send(query: string, params: Record<string, unknown>, call: FetchOptions & {perspective: Perspective}): Promise<unknown> {
    call.signal?.throwIfAborted()
    const result = await sourceFor(call.perspective).fetch(query, params, call)
    call.signal?.throwIfAborted()
    return result
  }

  async function run<Q extends CareerQuery<object, unknown>>(query: Q, params?: RunParams<Q>, call?: RequestOptions): Promise<QueryResult<Q>> {
    if (typeof query !== 'object' || query === null || typeof query.query !== 'string') throw new ArgumentError('query', 'run takes a query object (from `queries` or `defineCareerQuery`)')
    const resolved = await callOptions(call, query.name)
    const full = await queryParams(query, params as Record<string, unknown> | undefined, resolved.language)
    const raw = await send(query.query, full, resolved)
    const {value, report: found} = await validateResult(query, raw, validation, query.name)
    report(found)
    return value as QueryResult<Q>
  }

  /** A list method: the resource's query object, then its filter checked (errors name the method: the query's name). */
  const list =
    <Q extends CareerQuery<object, unknown>>(query: Lazy<Q>) =>
    async (filter?: object, call?: RequestOptions): Promise<QueryResult<Q>> => {
      const loaded = await query()
      if (filter !== undefined && (typeof filter !== 'object' || filter === null || Array.isArray(filter))) throw new ArgumentError('filter', `${loaded.name} takes its filter as an object`)
      return run(loaded, filter as RunParams<Q>, call)
    }
  const all = <Q extends CareerQuery<object, unknown>>(query: Lazy<Q>) => async (call?: RequestOptions) => run(await query(), {} as RunParams<Q>, call)

  /** A lookup method: `get<Kind>` by slug (by id for resources), a NotFoundError with suggestions when there is none. */
  const single =
    <R extends keyof typeof load, Q extends CareerQuery<object, unknown> = Loaded[R][One<R> & keyof Loaded[R]] & CareerQuery<object, unknown>>(resource: R) =>
    async (key: string, call?: RequestOptions): Promise<NonNullable<QueryResult<Q>>> => {
      const kind = one(resource) as NotFoundKind
      const argument = kind === 'resource' ? 'id' : 'slug'
      if (typeof key !== 'string' || key.trim() === '') throw new ArgumentError(argument, `get${kind[0]!.toUpperCase()}${kind.slice(1)} needs a non-empty ${argument}; got ${JSON.stringify(key)}`)
      const loaded = (await lazy(resource, kind as One<R> & keyof Loaded[R])()) as Q
      const found = await run(loaded, {[argument]: key} as RunParams<Q>, call)
      if (found === null || found === undefined) throw await (await later()).notFound(kind, key, await callOptions(call, loaded.name))
      return found as NonNullable<QueryResult<Q>>
    }

  /** The rest of the client (search, readAll, the graph, documents, snapshots, not-found suggestions) loads on its first use. */
  let more: Promise<More> | undefined
  let loadedMore: More | undefined
  const later = (): Promise<More> =>
    (more ??= import('./more').then((m) => (loadedMore = m.createMore({o, base, send, run, report, rules}))).catch((error: unknown) => {
      more = undefined // a failed load is retried
      throw error
    }))

  return {
    source: base.describe(),
    language,
    listLanguages: async () => (await later()).listLanguages(),
    listTracks: all(listOf('tracks')),
    getTrack: single('tracks'),
    listRoles: list(listOf('roleList')),
    getRole: single('roles'),
    listSkills: list(listOf('skills')),
    getSkill: single('skills'),
    listCertifications: list(listOf('certifications')),
    getCertification: single('certifications'),
    listDegrees: list(listOf('degrees')),
    getDegree: single('degrees'),
    listOrganisations: all(listOf('organisations')),
    getOrganisation: single('organisations'),
    listResources: list(listOf('resources')),
    getResource: single('resources'),
    listLearningPaths: all(listOf('learningPaths')),
    getLearningPath: single('learningPaths'),
    listFaqs: list(listOf('faqs')),
    getFaq: single('faqs'),
    listGuides: list(listOf('guides')),
    getGuide: single('guides'),
    search: async (text, searchOptions) => (await later()).search(text, searchOptions),
    readAll: async (call) => (await later()).readAll(call),
    graph: async (call) => (await later()).graph(call),
    paths: async (from, to, pathOptions) => (await later()).paths(from, to, pathOptions),
    gap: async (from, to, call) => (await later()).gap(from, to, call),
    plan: async (from, to, planOptions) => (await later()).plan(from, to, planOptions),
    compare: async (a, b, call) => (await later()).compare(a, b, call),
    documents: async (call) => (await later()).documents(call),
    snapshot: async (call) => (await later()).snapshot(call),
    run,
    fetch: async <R>(query: string, params: Record<string, unknown> = {}, call?: RequestOptions) => {
      if (typeof query !== 'string' || query.trim() === '') throw new ArgumentError('query', 'fetch needs GROQ text')
      return (await send(query, params, await callOptions(call, 'fetch'))) as R
    },
    clearCache() {
      loadedMore?.clearCache()
    },
  }
}

export type {ResolvedOptions}
