/**
 * Validates documents with Sanity's own engine (`validateDocument` from
 * `sanity`), set up the way `sanity documents validate` sets it up: the Studio
 * config is resolved into a workspace with an anonymous auth state, and custom
 * rules get their client from `getClient`. Here that client is the real
 * `@sanity/client`, pointed at @careerpath/test-server holding the scenario's
 * stored documents, so rules that query (slug uniqueness, ladder order,
 * promotion cycles) and reference-existence checks run against real HTTP.
 */
import {startTestServer, type TestServer} from '@careerpath/test-server'
import {createClient, type SanityClient} from '@sanity/client'
import {firstValueFrom, of} from 'rxjs'
import {pathToString, resolveConfig, validateDocument, type SanityDocument, type Workspace} from 'sanity'
import studioConfig from '../sanity.config'

export interface DocumentLike {
  _id: string
  _type: string
  [field: string]: unknown
}

export interface Marker {
  /** Document id, as given. */
  id: string
  /** Field path in Sanity's notation, e.g. `transitions[_key=="t1"].to`; empty for the document itself. */
  path: string
  level: 'error' | 'warning' | 'info'
  message: string
}

export interface ValidateDocumentsOptions {
  /**
   * The documents stored in the dataset while validating (what `getClient`
   * queries and reference checks see). Defaults to the documents being validated.
   */
  dataset?: readonly DocumentLike[]
  /**
   * `studio` (default) validates as the form does. `cli` is what `sanity
   * documents validate` uses: it also warns about fields the schema does not
   * know, but in sanity 6.9 the same step downgrades every rule on an
   * object-typed field (slug, experience…) to a warning, so errors hide there.
   */
  environment?: 'studio' | 'cli'
}

const TOKEN = 'validation-token'
const PROJECT_ID = 'careerpath'
const DATASET = 'production'

let workspacePromise: Promise<Workspace> | undefined

/** Resolves the Studio config once per test file, exactly as the CLI's validation worker does. */
export function getWorkspace(): Promise<Workspace> {
  workspacePromise ??= (async () => {
    // Never used for requests (validation gets `getClient` below); an unroutable host makes misuse fail loudly.
    const unusedClient = createClient({projectId: PROJECT_ID, dataset: DATASET, apiVersion: '2025-02-19', apiHost: 'http://127.0.0.1:9', useProjectHostname: false, useCdn: false})
    const auth = {state: of({authenticated: false, client: unusedClient, currentUser: null})}
    const workspaces = await firstValueFrom(
      resolveConfig([{...studioConfig, basePath: '/', name: studioConfig.name ?? 'default', auth} as unknown as Parameters<typeof resolveConfig>[0]] as never),
    )
    const [workspace] = workspaces
    if (!workspace) throw new Error('The Studio config resolved to no workspace')
    return workspace
  })()
  return workspacePromise
}

async function withServer<T>(dataset: readonly DocumentLike[], run: (client: SanityClient) => Promise<T>): Promise<T> {
  const server: TestServer = await startTestServer({documents: dataset, requireToken: TOKEN, projectId: PROJECT_ID, dataset: DATASET})
  try {
    const client = createClient({
      projectId: PROJECT_ID,
      dataset: DATASET,
      apiVersion: '2025-02-19',
      apiHost: server.url,
      useProjectHostname: false,
      useCdn: false,
      token: TOKEN,
      maxRetries: 0,
    })
    return await run(client)
  } finally {
    await server.close()
  }
}

function collectReferenceIds(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) collectReferenceIds(item, into)
  } else if (value && typeof value === 'object') {
    const ref = (value as {_ref?: unknown})._ref
    if (typeof ref === 'string') into.add(ref)
    for (const child of Object.values(value)) collectReferenceIds(child, into)
  }
  return into
}

/**
 * Which referenced ids exist in the stored dataset, asked of the doc endpoint
 * in batches as `sanity documents validate` does (an id counts as missing only
 * when omitted for "existence"). Sanity's default checker does the same per
 * document but waits 250 ms to batch, which would slow every test.
 */
async function findExistingReferences(client: SanityClient, documents: readonly DocumentLike[]): Promise<Set<string>> {
  const ids = [...collectReferenceIds(documents, new Set())].sort()
  const existing = new Set<string>()
  for (let i = 0; i < ids.length; i += 100) {
    const batch = ids.slice(i, i + 100)
    const {omitted} = await client.request<{omitted: {id: string; reason: string}[]}>({
      url: client.getDataUrl('doc', batch.map(encodeURIComponent).join(',')),
      query: {excludeContent: 'true'},
    })
    const missing = new Set(omitted.filter((o) => o.reason === 'existence').map((o) => o.id))
    for (const id of batch) if (!missing.has(id)) existing.add(id)
  }
  return existing
}

/** Validates each document; returns its markers in input order, one entry per document even when it has none. */
export async function validateDocuments(
  documents: readonly DocumentLike[],
  options: ValidateDocumentsOptions = {},
): Promise<{id: string; markers: Marker[]}[]> {
  const workspace = await getWorkspace()
  const environment = options.environment ?? 'studio'
  return withServer(options.dataset ?? documents, async (client) => {
    const getClient = (clientOptions: {apiVersion: string}) => client.withConfig(clientOptions)
    const existing = await findExistingReferences(client, documents)
    const getDocumentExists = ({id}: {id: string}) => Promise.resolve(existing.has(id))
    const validateOne = async (document: DocumentLike): Promise<{id: string; markers: Marker[]}> => {
      if (!workspace.schema.get(document._type)) {
        return {id: document._id, markers: [{id: document._id, path: '', level: 'error', message: `Unknown document type "${document._type}"`}]}
      }
      const markers = await validateDocument({
        document: document as unknown as SanityDocument,
        workspace,
        environment,
        getClient: getClient as never,
        getDocumentExists,
      })
      return {
        id: document._id,
        markers: markers.map((m) => ({id: document._id, path: pathToString(m.path), level: m.level, message: m.message})),
      }
    }
    // A few at a time: validation of one document may issue several queries.
    const results: {id: string; markers: Marker[]}[] = new Array(documents.length)
    let next = 0
    const worker = async () => {
      while (next < documents.length) {
        const index = next++
        results[index] = await validateOne(documents[index]!)
      }
    }
    await Promise.all(Array.from({length: Math.min(8, documents.length)}, worker))
    return results
  })
}

/** Markers of one document, for tests that validate a single scenario document. */
export async function validateOne(document: DocumentLike, options: ValidateDocumentsOptions = {}): Promise<Marker[]> {
  const dataset = options.dataset ?? [document]
  const [result] = await validateDocuments([document], {...options, dataset})
  return result?.markers ?? []
}

export const errorsOf = (markers: readonly Marker[]) => markers.filter((m) => m.level === 'error')

/** One line per marker, `level path: message`, sorted: compact enough to assert exactly. */
export const describeMarkers = (markers: readonly Marker[]) => markers.map((m) => `${m.level} ${m.path || '(document)'}: ${m.message}`).sort()
