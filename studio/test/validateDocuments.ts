/**
 * Validates documents with Sanity's own engine (`validateDocument` from
 * `sanity`), set up the way the Studio's form sets it up: the Studio config is
 * resolved into a workspace, and custom rules get their client from
 * `getClient`, which here is the real `@sanity/client` configured as the
 * Studio configures its own: perspective `raw` (published documents, drafts and
 * release versions side by side), no CDN, and `DEFAULT_STUDIO_CLIENT_OPTIONS`
 * (exported by `sanity`) for the API version of the Studio's own requests. It
 * talks to @careerpath/test-server holding the scenario's stored documents, so
 * rules that query (slug uniqueness, rungs, seniority, promotion loops) and
 * reference-existence checks run against real HTTP.
 */
import {startTestServer, type TestServer} from '@careerpath/test-server'
import {createClient, type SanityClient} from '@sanity/client'
import {firstValueFrom, of} from 'rxjs'
import {
  DEFAULT_STUDIO_CLIENT_OPTIONS,
  getVersionFromId,
  isDraftId,
  pathToString,
  resolveConfig,
  validateDocument,
  type SanityDocument,
  type Workspace,
} from 'sanity'
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
  /**
   * A Studio-configured client (see `withStudioClient`) whose server already
   * holds the dataset; `dataset` is then ignored. For stories that change the
   * stored dataset between steps (publishing a draft) on one server.
   */
  client?: SanityClient
  /**
   * The Studio interface locale the editor has picked (`de-DE`, `es-ES`);
   * default the workspace's own (`en-US`). Rules that return messages per
   * locale are resolved by it, as the form resolves them; Sanity's built-in
   * messages ("Required") stay English here.
   */
  interfaceLocale?: string
}

const TOKEN = 'validation-token'
const PROJECT_ID = 'careerpath'
const DATASET = 'production'

/**
 * The options the Studio creates its client with (sanity 6.9, the auth store's
 * client): `raw` perspective, no CDN. Sources hand out `client.withConfig(options)`
 * from it, so every `getClient({apiVersion})` in a rule keeps perspective `raw`.
 */
export const STUDIO_BASE_CLIENT_OPTIONS = {useCdn: false, perspective: 'raw', ...DEFAULT_STUDIO_CLIENT_OPTIONS} as const

let workspacePromise: Promise<Workspace> | undefined

/** Resolves the Studio config once per test file, exactly as the CLI's validation worker does. */
export function getWorkspace(): Promise<Workspace> {
  workspacePromise ??= (async () => {
    // Never used for requests (validation gets `getClient` below); an unroutable host makes misuse fail loudly.
    const unusedClient = createClient({projectId: PROJECT_ID, dataset: DATASET, apiHost: 'http://127.0.0.1:9', useProjectHostname: false, ...STUDIO_BASE_CLIENT_OPTIONS})
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

/** A client configured as the Studio's, against a running test server. */
export function studioClient(server: Pick<TestServer, 'url'>): SanityClient {
  return createClient({
    projectId: PROJECT_ID,
    dataset: DATASET,
    apiHost: server.url,
    useProjectHostname: false,
    token: TOKEN,
    maxRetries: 0,
    ...STUDIO_BASE_CLIENT_OPTIONS,
  })
}

/** Starts a test server holding `dataset` (tokens required, as for a private dataset), runs `run` with a Studio-configured client, stops it. */
export async function withStudioClient<T>(dataset: readonly DocumentLike[], run: (client: SanityClient, server: TestServer) => Promise<T>): Promise<T> {
  const server: TestServer = await startTestServer({documents: dataset, requireToken: TOKEN, projectId: PROJECT_ID, dataset: DATASET})
  try {
    return await run(studioClient(server), server)
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

/** Which of `ids` the dataset holds, asked of the doc endpoint in batches (an id is missing only when omitted for "existence"). */
async function existingIds(client: SanityClient, ids: readonly string[]): Promise<Set<string>> {
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

/**
 * Reference existence as the Studio's form judges it (`validateDocumentWithReferences`
 * in sanity 6.9): a reference from a draft or a published document needs the
 * target published; one from a version in release R is satisfied by the
 * published target or by the target's version in R. A draft of the target
 * never counts, which is why a new ladder's track is published before its roles.
 */
async function referenceChecker(client: SanityClient, documents: readonly DocumentLike[]) {
  const wanted = new Set<string>()
  for (const document of documents) {
    const release = isDraftId(document._id) ? undefined : getVersionFromId(document._id)
    for (const ref of collectReferenceIds(document, new Set())) {
      wanted.add(ref)
      if (release) wanted.add(`versions.${release}.${ref}`)
    }
  }
  const existing = await existingIds(client, [...wanted].sort())
  return (document: DocumentLike) =>
    ({id}: {id: string}) => {
      const release = isDraftId(document._id) ? undefined : getVersionFromId(document._id)
      return Promise.resolve(existing.has(id) || (release !== undefined && existing.has(`versions.${release}.${id}`)))
    }
}

/** The workspace as an editor who picked `locale` in the user menu sees it (only the locale id changes). */
function withInterfaceLocale(workspace: Workspace, locale: string): Workspace {
  const known = workspace.i18n.locales.some((l) => l.id === locale)
  if (!known) throw new Error(`The Studio has no interface locale ${locale} (it has ${workspace.i18n.locales.map((l) => l.id).join(', ')})`)
  const i18n = Object.create(workspace.i18n, {currentLocale: {value: {...workspace.i18n.currentLocale, id: locale}}}) as Workspace['i18n']
  return {...workspace, i18n}
}

/** Validates each document; returns its markers in input order, one entry per document even when it has none. */
export async function validateDocuments(
  documents: readonly DocumentLike[],
  options: ValidateDocumentsOptions = {},
): Promise<{id: string; markers: Marker[]}[]> {
  const studioWorkspace = await getWorkspace()
  const workspace = options.interfaceLocale ? withInterfaceLocale(studioWorkspace, options.interfaceLocale) : studioWorkspace
  const environment = options.environment ?? 'studio'
  const run = async (client: SanityClient) => {
    // What a source's getClient does: the base client with the rule's options (API version) on top.
    const getClient = (clientOptions: {apiVersion: string}) => client.withConfig(clientOptions)
    const existsFor = await referenceChecker(client, documents)
    const validateOne = async (document: DocumentLike): Promise<{id: string; markers: Marker[]}> => {
      if (!workspace.schema.get(document._type)) {
        return {id: document._id, markers: [{id: document._id, path: '', level: 'error', message: `Unknown document type "${document._type}"`}]}
      }
      const markers = await validateDocument({
        document: document as unknown as SanityDocument,
        workspace,
        environment,
        getClient: getClient as never,
        getDocumentExists: existsFor(document),
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
  }
  return options.client ? run(options.client) : withStudioClient(options.dataset ?? documents, run)
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
