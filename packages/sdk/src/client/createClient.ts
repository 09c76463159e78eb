import {ConfigurationError, NotFoundError, type NotFoundKind} from '../errors'
import type {CareerGap, CareerGraph, CareerPlan, CareerRoute, PathsOptions, PlanOptions, RoleComparison} from '../graph'
import {curriculumDocumentsQuery, graphDocumentsQuery, lookupKeysQuery, SEARCH_MAX_HITS, type LookupKeysParams, type SearchableType} from '../queries'
import {createSnapshot, type Snapshot} from '../snapshot/format'
import {createLocalSource} from '../sources/local'
import type {StoredDocument} from '../sources/perspective'
import {createSanitySource} from '../sources/sanity'
import type {QuerySource, SourceDescription} from '../sources/types'
import type {StandardSchemaV1} from '../schemas/kit'
import type {ValidationReport} from '../validation/issues'
import {validateList, validateOne} from '../validation/results'
import {operations, type OperationParams} from './operations'
import {resolveOptions, type CareerPathClientOptions, type ResolvedOptions} from './options'
import type {LookupKeysQueryResult} from '../generated/sanity.types'
import type * as T from './types'

type Filter<O> = Partial<{[K in Exclude<keyof OperationParams<O>, 'language'>]: NonNullable<OperationParams<O>[K]>}>

export type RoleFilter = Filter<typeof operations.listRoles>
export type SkillFilter = Filter<typeof operations.listSkills>
export type CertificationFilter = Filter<typeof operations.listCertifications>
export type DegreeFilter = Filter<typeof operations.listDegrees>
export type ResourceFilter = Filter<typeof operations.listResources>
export type FaqFilter = Filter<typeof operations.listFaqs>
export type GuideFilter = Filter<typeof operations.listGuides>

export interface SearchOptions {
  /** Types to search; default all. */
  types?: readonly SearchableType[]
  /** Most hits to return, 1–100; default 20. */
  limit?: number
}

export const SEARCHABLE_TYPES: readonly SearchableType[] = ['track', 'role', 'skill', 'certification', 'degree', 'organisation', 'resource', 'learningPath', 'faq', 'guide']

/** Typed, validated access to the curriculum; the same methods on every source. */
export interface CareerPathClient {
  /** Where the data comes from (never includes a token). */
  readonly source: SourceDescription

  listTracks(): Promise<T.TrackListItem[]>
  /** @throws {@link NotFoundError} with the nearest slugs when there is no such track. */
  getTrack(slug: string): Promise<T.TrackDetail>
  listRoles(filter?: RoleFilter): Promise<T.RoleListItem[]>
  getRole(slug: string): Promise<T.RoleDetail>
  listSkills(filter?: SkillFilter): Promise<T.SkillListItem[]>
  getSkill(slug: string): Promise<T.SkillDetail>
  listCertifications(filter?: CertificationFilter): Promise<T.CertificationListItem[]>
  getCertification(slug: string): Promise<T.CertificationDetail>
  /** Degrees (associate to doctorate), optionally of one level. */
  listDegrees(filter?: DegreeFilter): Promise<T.DegreeListItem[]>
  getDegree(slug: string): Promise<T.DegreeDetail>
  /** Vendors, publishers and awarding bodies. */
  listOrganisations(): Promise<T.OrganisationListItem[]>
  /** One organisation with the certifications, degrees and resources it awards or publishes. */
  getOrganisation(slug: string): Promise<T.OrganisationDetail>
  listResources(filter?: ResourceFilter): Promise<T.ResourceListItem[]>
  /** Resources have no slug; they are fetched by document id. */
  getResource(id: string): Promise<T.ResourceDetail>
  listLearningPaths(): Promise<T.LearningPathListItem[]>
  getLearningPath(slug: string): Promise<T.LearningPathDetail>
  listFaqs(filter?: FaqFilter): Promise<T.FaqListItem[]>
  getFaq(slug: string): Promise<T.FaqDetail>
  listGuides(filter?: GuideFilter): Promise<T.GuideListItem[]>
  getGuide(slug: string): Promise<T.GuideDetail>
  /** Finds documents whose title, other names or text contain every word (prefixes count), best first. */
  search(text: string, options?: SearchOptions): Promise<T.SearchHit[]>

  /** The career graph over the source's roles, tracks, skills, credentials, organisations and resources (fetched in one query, then cached), its text in the client's language. */
  graph(): Promise<CareerGraph>
  /** Every route between two roles, fewest moves first, then shortest typical time. */
  paths(from: string, to: string, options?: PathsOptions): Promise<CareerRoute[]>
  /** Skills to grow, certifications to earn and resources for them, to get from one role to another. */
  gap(from: string, to: string): Promise<CareerGap>
  /** An ordered plan of milestones with a timeline. */
  plan(from: string, to: string, options?: PlanOptions): Promise<CareerPlan>
  /** What changes between two roles. */
  compare(roleA: string, roleB: string): Promise<RoleComparison>

  /** Every published curriculum document (raw), validated as a whole dataset. */
  documents(): Promise<T.CurriculumDocument[]>
  /** The published curriculum as a snapshot (see `@careerpath/sdk/snapshot`). */
  snapshot(): Promise<Snapshot>
  /** Runs your own GROQ on the same source (unvalidated; type the result yourself). */
  fetch<R = unknown>(query: string, params?: Record<string, unknown>): Promise<R>
  /** Forgets the cached career graph, so the next graph call reads the source again. */
  clearCache(): void
}

/** The seed curriculum, bundled into its own chunk and loaded on the first query only. */
const loadEmbedded = async (): Promise<readonly StoredDocument[]> => (await import('../embedded')).embeddedDocuments

function createSource(o: ResolvedOptions): QuerySource {
  switch (o.source) {
    case 'sanity':
      return createSanitySource(o)
    case 'documents':
      return createLocalSource({documents: o.documents, perspective: o.perspective, origin: 'local'})
    case 'embedded':
      return createLocalSource({documents: loadEmbedded, perspective: o.perspective, origin: 'embedded'})
  }
}

/** Words of a search text as `match` patterns: lowercase, each matching as a prefix. */
export function searchTerms(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => `${word}*`)
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
  const source = createSource(o)
  const {language, validation} = o
  const graphTtl = o.source === 'sanity' ? o.graphTtlMs : Number.POSITIVE_INFINITY
  let graphCache: {graph: Promise<CareerGraph>; at: number} | undefined

  const report = ({report}: {report: ValidationReport}) => {
    if (report.issues.length) o.onValidationIssues?.(report)
  }

  async function runList<R>(op: {kind: 'list'; name: string; query: string; schema: StandardSchemaV1<unknown, R>}, params: Record<string, unknown>): Promise<R[]> {
    const raw = await source.fetch(op.query, {language, ...params})
    const result = validateList(op.schema, raw, validation, op.name)
    report(result)
    return result.items
  }

  async function runSingle<R>(
    op: {kind: 'single'; name: string; query: string; schema: StandardSchemaV1<unknown, R>},
    kind: NotFoundKind,
    key: string,
    params: Record<string, unknown>,
  ): Promise<R> {
    if (typeof key !== 'string' || key === '') throw new ConfigurationError(kind, `${op.name} needs a non-empty ${kind === 'resource' ? 'id' : 'slug'}`)
    const raw = await source.fetch(op.query, {language, ...params})
    if (raw === null || raw === undefined) throw await notFound(kind, key)
    return validateOne(op.schema, raw, validation, `${op.name}("${key}")`)
  }

  /** A NotFoundError that suggests the nearest existing keys, compared with each document's key and title. */
  async function notFound(kind: NotFoundKind, key: string): Promise<NotFoundError> {
    const params: LookupKeysParams = {language, type: kind}
    const found = await source.fetch(lookupKeysQuery, params as unknown as Record<string, unknown>)
    const candidates = (Array.isArray(found) ? (found as Partial<LookupKeysQueryResult[number]>[]) : [])
      .filter((c): c is LookupKeysQueryResult[number] => typeof c?.key === 'string')
      .map((c) => ({key: c.key, names: typeof c.title === 'string' ? [c.key, c.title] : [c.key]}))
    const {nearestSlugs} = await import('../graph/suggest')
    return new NotFoundError(kind, key, nearestSlugs(key, candidates))
  }

  const nulls = <F extends object>(filter: F | undefined, keys: readonly (keyof F)[]) =>
    Object.fromEntries(keys.map((k) => [k, filter?.[k] ?? null])) as Record<string, unknown>

  async function graph(): Promise<CareerGraph> {
    const now = Date.now()
    if (graphCache && now - graphCache.at < graphTtl) return graphCache.graph
    // The graph and the document schemas load on first use, from chunks of their own: an app that only lists never loads them.
    const built = Promise.all([import('../graph/graph'), import('../schemas/documents')]).then(async ([{createCareerGraph}, {graphDocument}]) =>
      createCareerGraph(await runList({kind: 'list', name: 'graphDocuments', query: graphDocumentsQuery, schema: graphDocument}, {}), {language}),
    )
    graphCache = {graph: built, at: now}
    built.catch(() => {
      if (graphCache?.graph === built) graphCache = undefined // a failed fetch is retried next time
    })
    return built
  }

  async function documents(): Promise<T.CurriculumDocument[]> {
    const raw = await source.fetch(curriculumDocumentsQuery, {language})
    if (validation === 'off') return raw as T.CurriculumDocument[]
    const {validateDataset} = await import('../validation/dataset')
    const result = validateDataset(Array.isArray(raw) ? raw : [], {mode: validation, context: 'documents'})
    report(result)
    return result.documents as T.CurriculumDocument[]
  }

  return {
    source: source.describe(),
    listTracks: () => runList(operations.listTracks, {}),
    getTrack: (slug) => runSingle(operations.getTrack, 'track', slug, {slug}),
    listRoles: (filter) => runList(operations.listRoles, nulls(filter, ['track', 'rung', 'seniority'])),
    getRole: (slug) => runSingle(operations.getRole, 'role', slug, {slug}),
    listSkills: (filter) => runList(operations.listSkills, nulls(filter, ['category'])),
    getSkill: (slug) => runSingle(operations.getSkill, 'skill', slug, {slug}),
    listCertifications: (filter) => runList(operations.listCertifications, nulls(filter, ['vendor', 'level', 'status'])),
    getCertification: (slug) => runSingle(operations.getCertification, 'certification', slug, {slug}),
    listDegrees: (filter) => runList(operations.listDegrees, nulls(filter, ['level'])),
    getDegree: (slug) => runSingle(operations.getDegree, 'degree', slug, {slug}),
    listOrganisations: () => runList(operations.listOrganisations, {}),
    getOrganisation: (slug) => runSingle(operations.getOrganisation, 'organisation', slug, {slug}),
    listResources: (filter) => runList(operations.listResources, nulls(filter, ['kind', 'cost', 'topic'])),
    getResource: (id) => runSingle(operations.getResource, 'resource', id, {id}),
    listLearningPaths: () => runList(operations.listLearningPaths, {}),
    getLearningPath: (slug) => runSingle(operations.getLearningPath, 'learningPath', slug, {slug}),
    listFaqs: (filter) => runList(operations.listFaqs, nulls(filter, ['role'])),
    getFaq: (slug) => runSingle(operations.getFaq, 'faq', slug, {slug}),
    listGuides: (filter) => runList(operations.listGuides, nulls(filter, ['role'])),
    getGuide: (slug) => runSingle(operations.getGuide, 'guide', slug, {slug}),
    async search(text, searchOptions = {}) {
      const limit = searchOptions.limit ?? 20
      if (!Number.isInteger(limit) || limit < 1 || limit > SEARCH_MAX_HITS) throw new ConfigurationError('limit', `search "limit" must be a whole number from 1 to ${SEARCH_MAX_HITS}; got ${JSON.stringify(limit)}`)
      const types = searchOptions.types ?? SEARCHABLE_TYPES
      const unknown = types.filter((t) => !SEARCHABLE_TYPES.includes(t))
      if (unknown.length) throw new ConfigurationError('types', `search "types" can only hold ${SEARCHABLE_TYPES.join(', ')}; got ${unknown.join(', ')}`)
      const terms = searchTerms(typeof text === 'string' ? text : '')
      if (terms.length === 0 || types.length === 0) return []
      return (await runList(operations.search, {terms, types: [...types]})).slice(0, limit)
    },
    graph,
    paths: async (from, to, pathOptions) => (await graph()).paths(from, to, pathOptions),
    gap: async (from, to) => (await graph()).gap(from, to),
    plan: async (from, to, planOptions) => (await graph()).plan(from, to, planOptions),
    compare: async (a, b) => (await graph()).compare(a, b),
    documents,
    async snapshot() {
      if (source.perspective !== 'published') throw new ConfigurationError('perspective', 'A snapshot holds published content only: create the client with the "published" perspective')
      const described = source.describe()
      const docs = await documents()
      return createSnapshot(docs, described.kind === 'local' ? {kind: 'documents', perspective: described.perspective} : described)
    },
    fetch: async <R>(query: string, params: Record<string, unknown> = {}) => (await source.fetch(query, params)) as R,
    clearCache() {
      graphCache = undefined
    },
  }
}
