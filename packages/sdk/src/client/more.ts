import {ArgumentError, ConfigurationError, NotFoundError, type NotFoundKind} from '../core'
import type {CareerGraph, PathsOptions, PlanOptions} from '../graph'
import type {LookupKeysQueryResult} from '../generated/sanity.types'
import type {CareerQuery, QueryResult, RunParams} from '../queries/define'
import type {LookupKeysParams} from '../queries/documents'
import {SEARCH_MAX_HITS, SEARCHABLE_TYPES, type SearchableType} from '../core'
import {describePerspective, type Perspective} from '../core'
import type {FetchOptions, QuerySource} from '../sources/types'
import type {ValidationReport} from '../validation/issues'
import {resolveCall, type CallContext, type Resolved} from './callOptions'
import type {CareerPathClient, CurriculumContent, RequestOptions} from './createClient'
import {LANGUAGES} from '../languageNames'
import type {LanguageId} from '../languages'
import type {ResolvedOptions} from './options'
import type * as T from './types'

/**
 * What the client does beyond lists, lookups and `run`: search, the bulk read,
 * the career graph, whole documents and snapshots, and not-found suggestions.
 * A module of its own that the client loads on the first such call, so an
 * app that only lists and gets never downloads it (test/size).
 */

/** What `createMore` needs from the client it extends. */
export interface ClientCore {
  o: ResolvedOptions
  base: QuerySource
  send(query: string, params: Record<string, unknown>, call: FetchOptions & {perspective: Perspective}): Promise<unknown>
  run<Q extends CareerQuery<object, unknown>>(query: Q, params?: RunParams<Q>, call?: RequestOptions): Promise<QueryResult<Q>>
  report(found: ValidationReport): void
  /** For the call options this module resolves (./callOptions.ts). */
  rules: CallContext
}

export type {Resolved} from './callOptions'

type Methods = Pick<CareerPathClient, 'listLanguages' | 'search' | 'readAll' | 'graph' | 'paths' | 'gap' | 'plan' | 'compare' | 'documents' | 'snapshot'>
export interface More extends Methods {
  notFound(kind: NotFoundKind, key: string, call: Resolved): Promise<NotFoundError>
  clearCache(): void
}

/** Words of a search text as `match` patterns: lowercase, each matching as a prefix. */
export function searchTerms(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => `${word}*`)
}

const REQUEST_KEYS = ['signal', 'tag', 'perspective', 'useCdn', 'language'] as const
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

export function createMore({o, base, send, run, report, rules}: ClientCore): More {
  const callOptions = (call: RequestOptions | undefined, defaultTag: string): Resolved => resolveCall(rules, call, defaultTag)
  const {validation} = o
  const graphTtl = o.source === 'sanity' ? o.graphTtlMs : Number.POSITIVE_INFINITY
  let graphs = new Map<string, {graph: Promise<CareerGraph>; at: number}>()

  /**
   * A NotFoundError that suggests the nearest existing keys (each document's
   * key and title). When the suggestions cannot be read, it is still a
   * NotFoundError: no suggestions, and the failure as its `cause`.
   */
  async function notFound(kind: NotFoundKind, key: string, call: Resolved): Promise<NotFoundError> {
    const params: LookupKeysParams = {language: call.language, type: kind}
    try {
      const {lookupKeysQuery} = await import('../queries/documents')
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
    const {language} = resolved
    const key = `${describePerspective(resolved.perspective)}|${String(resolved.useCdn)}|${language}`
    const now = Date.now()
    const cached = graphs.get(key)
    if (cached && now - cached.at < graphTtl) return cached.graph
    const built = Promise.all([import('../queries/documents').then(({graphDocumentsQuery}) => send(graphDocumentsQuery, {language}, resolved)), import('../graph/graph')]).then(([docs, {createCareerGraph}]) =>
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
    const resolved = callOptions(call, 'documents')
    const {curriculumDocumentsQuery} = await import('../queries/documents')
    const raw = await send(curriculumDocumentsQuery, {language: resolved.language}, resolved)
    if (validation === 'off') return raw as T.CurriculumDocument[]
    const {validateDataset} = await import('../validation/dataset')
    const result = validateDataset(Array.isArray(raw) ? raw : [], {mode: validation, context: 'documents'})
    report(result.report)
    return result.documents as T.CurriculumDocument[]
  }

  return {
    notFound,
    listLanguages: async () => LANGUAGES.map((l) => ({...l, name: {...l.name}})),
    async search(text, searchOptions = {}) {
      const [call, {types = SEARCHABLE_TYPES, limit = 20}] = splitOptions<{types?: readonly SearchableType[]; limit?: number}>(searchOptions)
      if (!Number.isInteger(limit) || limit < 1 || limit > SEARCH_MAX_HITS) throw new ArgumentError('limit', `search "limit" must be a whole number from 1 to ${SEARCH_MAX_HITS}; got ${JSON.stringify(limit)}`)
      if (!Array.isArray(types)) throw new ArgumentError('types', `search "types" must be a list of ${SEARCHABLE_TYPES.join(', ')}`)
      const unknown = types.filter((t) => !(SEARCHABLE_TYPES as readonly string[]).includes(t))
      if (unknown.length) throw new ArgumentError('types', `search "types" can only hold ${SEARCHABLE_TYPES.join(', ')}; got ${unknown.join(', ')}`)
      const terms = searchTerms(typeof text === 'string' ? text : '')
      if (terms.length === 0 || types.length === 0) return []
      return run((await import('../queries/objects/search')).search, {terms, types: [...types], limit}, call)
    },
    async readAll(call) {
      const [t, r, s, c, d, o, re, l, f, g] = await Promise.all([
        import('../queries/objects/tracks'),
        import('../queries/objects/roles'),
        import('../queries/objects/skills'),
        import('../queries/objects/certifications'),
        import('../queries/objects/degrees'),
        import('../queries/objects/organisations'),
        import('../queries/objects/resources'),
        import('../queries/objects/learningPaths'),
        import('../queries/objects/faqs'),
        import('../queries/objects/guides'),
      ])
      const [tracks, roles, skills, certifications, degrees, organisations, resources, learningPaths, faqs, guides] = await Promise.all([
        run(t.allTracks, {}, call),
        run(r.allRoles, {}, call),
        run(s.allSkills, {}, call),
        run(c.allCertifications, {}, call),
        run(d.allDegrees, {}, call),
        run(o.allOrganisations, {}, call),
        run(re.allResources, {}, call),
        run(l.allLearningPaths, {}, call),
        run(f.allFaqs, {}, call),
        run(g.allGuides, {}, call),
      ])
      const {withIncoming} = await import('./incoming')
      return withIncoming({tracks, roles, skills, certifications, degrees, organisations, resources, learningPaths, faqs, guides})
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
      const [docs, links] = await Promise.all([
        documents(call),
        import('../queries/documents').then(({translationMetadataQuery}) => send(translationMetadataQuery, {}, {...callOptions(call, 'snapshot'), tag: 'translations'})),
      ])
      const origin = described.kind === 'local' ? {kind: 'documents' as const, perspective: described.perspective} : described
      const {createSnapshot} = await import('../snapshot/format')
      return createSnapshot([...docs, ...(Array.isArray(links) ? (links as T.TranslationLinks[]) : [])], {...origin, language: callOptions(call, 'snapshot').language})
    },
    clearCache() {
      graphs = new Map()
    },
  }
}
