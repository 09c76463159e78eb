import {createServer, STATUS_CODES, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {randomBytes} from 'node:crypto'
import {acceptDocuments, isDraftId, isVersionId, publishedIdOf, type StoredDocument} from './documents'
import {TestServerError} from './errors'
import {FaultQueue, type Fault} from './faults'
import {corsPolicy, setCorsHeaders, type AllowedOrigin} from './cors'
import {plainError, readBody, sendJson, waitUnlessClosed} from './http'
import {applyPerspective, parsePerspective, perspectiveKey, type Perspective} from './perspective'
import {createView, HttpFailure, runQuery, type QueryableView} from './query'
import {sanityHostRouting, type SanityHostRouting} from './routing'
import {createLiveStream} from './live'
import {idsInResult, syncTagForDataset, syncTagForDocument, syncTagsFor, type SyncTag} from './syncTags'

export interface TestServerOptions {
  /** The dataset's documents (published, `drafts.` and `versions.` ids alike). */
  documents?: readonly unknown[]
  /**
   * When set, requests must send `Authorization: Bearer <requireToken>` to see
   * unpublished content; without it the Lake's anonymous view applies (the
   * drafts/raw/release perspectives answer with published documents only, draft
   * ids on the doc endpoint are omitted for `permission`). A wrong token is
   * rejected outright (401). When unset (and `private` is not), every request
   * counts as authenticated.
   */
  requireToken?: string
  /**
   * A private dataset: every data request without a valid token gets 401, whatever
   * the perspective. The token is `requireToken` when set, otherwise any bearer token.
   */
  private?: boolean
  /**
   * The project's CORS origins (`sanity cors add`). A browser request whose
   * `Origin` matches none gets no CORS headers, so the browser refuses it;
   * `allowCredentials` adds `Access-Control-Allow-Credentials`. `*` is a
   * wildcard. Default (unset): every origin is answered, with credentials.
   */
  allowedOrigins?: readonly AllowedOrigin[]
  /**
   * The Lake's path rule for anonymous readers: a document whose `_id` contains
   * a `.` (is in a path, like `drafts.x` or `role.helpdesk`) is readable only with
   * a token. Default false: only `drafts.`/`versions.` ids are hidden, since
   * fixtures here use dotted published ids.
   */
  hideIdPaths?: boolean
  /** Reported by `sanity::projectId()`; default `test`. */
  projectId?: string
  /** When set, requests for any other dataset get a 404. */
  dataset?: string
}

export interface RecordedRequest {
  method: string
  /** Path without the query string, e.g. `/v2025-02-19/data/query/production`. */
  path: string
  /** Query-string parameters as sent (last value wins), e.g. `{query, perspective, $slug}`. */
  query: Record<string, string>
  /** GROQ parameters, decoded from `$name` query-string entries or a POST body. */
  params: Record<string, unknown>
  /** Parsed JSON body of a POST, otherwise undefined. */
  body: unknown
  headers: IncomingHttpHeaders
  authorization: string | undefined
  /** The fault injected into this request, if any. */
  fault: Fault | undefined
  /** Which host it reached: `url` (the API) or `cdnUrl` (the API CDN). */
  host: 'api' | 'cdn'
  /** Whether it counted as authenticated (saw unpublished content if it asked for it). */
  authenticated: boolean
  /** `none`: no Origin header; `allowed`/`refused`: a browser request and whether CORS let it through. */
  cors: 'none' | 'allowed' | 'refused'
  /** The trace id sent back in the response's `traceparent` header (what `@sanity/client` puts on its errors as `traceId`). */
  traceId: string
}

export interface TestServer {
  /** `http://127.0.0.1:<port>`: pass as `apiHost` with `useProjectHostname: false`. */
  readonly url: string
  readonly port: number
  /**
   * The API CDN's stand-in, on its own port: same answers, recorded with `host: 'cdn'`,
   * and like `apicdn` it refuses the drafts perspective and perspective stacks.
   */
  readonly cdnUrl: string
  /**
   * Client config that keeps Sanity's own host names (`<projectId>.api.sanity.io`
   * and `<projectId>.apicdn.sanity.io`, so `@sanity/client` decides CDN or API
   * itself) and sends each to `url` or `cdnUrl`. Spread into `createClient`.
   */
  readonly sanityHosts: SanityHostRouting
  /** Every request received so far, oldest first (CORS preflights included). */
  readonly requests: readonly RecordedRequest[]
  readonly documents: readonly StoredDocument[]
  /** Injected faults not used yet (a fault with `times: 3` counts 3). */
  readonly pendingFaults: number
  setDocuments(documents: readonly unknown[]): void
  /**
   * Replaces the documents as an editor's publish would, and tells the Live
   * Content API's streams (`/data/live/events/<dataset>`): one `message` with the
   * sync tags of every document added, changed or removed (and the dataset's tag,
   * which queries that count or filter carry). Returns the event id.
   */
  publish(documents: readonly unknown[], dataset?: string): string
  /** The live event streams: `goAway()` (streams refused, clients poll), `allow()`, `drop()` (connections lost), `open`. */
  readonly live: {goAway(): void; allow(): void; drop(): void; readonly open: number}
  failNext(fault: Fault): void
  clearFaults(): void
  clearRequests(): void
  close(): Promise<void>
}

const DATA_ROUTE = /^\/v(\d{4}-\d{2}-\d{2}|1|X)\/data\/(query|doc)\/([^/]+)(?:\/(.*))?$/
const LIVE_ROUTE = /^\/v(\d{4}-\d{2}-\d{2}|X)\/data\/live\/events\/([^/]+)$/
const CORS_CHECK_ROUTE = /^\/v(\d{4}-\d{2}-\d{2}|1|X)\/check\/cors$/

/** `syncTags` are in query responses from API `2021-03-25` on (per @sanity/client's RawQueryResponse). */
const hasSyncTags = (apiVersion: string) => apiVersion === 'X' || (apiVersion !== '1' && apiVersion >= '2021-03-25')

/** Starts a Content-Lake-like HTTP server on 127.0.0.1 and an ephemeral port. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const projectId = options.projectId ?? 'test'
  let documents = acceptDocuments(options.documents ?? [])
  let views = new Map<string, QueryableView>()
  const requests: RecordedRequest[] = []
  const faults = new FaultQueue()
  const timers = new Set<NodeJS.Timeout>()
  const live = createLiveStream()

  const cors = corsPolicy(options.allowedOrigins)

  /** Anonymous requests see the published documents only, whatever perspective they ask for. */
  const hiddenFromAnonymous = (id: string) => isDraftId(id) || isVersionId(id) || (options.hideIdPaths === true && id.includes('.'))
  const viewFor = (perspective: Perspective, authenticated: boolean): QueryableView => {
    const key = authenticated ? perspectiveKey(perspective) : 'anonymous'
    let view = views.get(key)
    if (!view) {
      view = createView(authenticated ? applyPerspective(documents, perspective) : documents.filter((d) => !hiddenFromAnonymous(d._id)))
      views.set(key, view)
    }
    return view
  }

  const hasValidToken = (authorization: string | undefined) =>
    options.requireToken === undefined ? /^Bearer \S+/.test(authorization ?? '') : authorization === `Bearer ${options.requireToken}`
  const isAuthenticated = (authorization: string | undefined) =>
    options.requireToken === undefined && !options.private ? true : hasValidToken(authorization)

  async function handle(req: IncomingMessage, res: ServerResponse, host: 'api' | 'cdn'): Promise<void> {
    const decision = cors(req.headers.origin)
    setCorsHeaders(req, res, decision)
    // The Lake answers every request with a W3C traceparent; @sanity/client reads its trace id into errors.
    const traceId = randomBytes(16).toString('hex')
    res.setHeader('traceparent', `00-${traceId}-${randomBytes(8).toString('hex')}-01`)
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const authorization = req.headers.authorization
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      params: {},
      body: undefined,
      headers: req.headers,
      authorization,
      fault: undefined,
      host,
      authenticated: isAuthenticated(authorization),
      cors: !decision.applies ? 'none' : decision.allowed ? 'allowed' : 'refused',
      traceId,
    }
    requests.push(record)
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end()
      return
    }
    if (CORS_CHECK_ROUTE.test(url.pathname)) {
      // The probe @sanity/client sends after a failed live connection to tell a CORS refusal from a network error;
      // readable from any origin (it is fetched without credentials).
      res.setHeader('Access-Control-Allow-Origin', '*')
      return sendJson(res, 200, {result: {allowed: decision.allowed, withCredentials: decision.applies && decision.withCredentials}})
    }

    if (req.method === 'POST') {
      const text = await readBody(req)
      try {
        record.body = text ? JSON.parse(text) : undefined
      } catch {
        return sendJson(res, 400, {error: {description: 'Request body is not valid JSON', type: 'httpBadRequest'}})
      }
    }

    const fault = faults.take(url.pathname)
    if (fault) {
      record.fault = fault
      if (fault.delayMs && !(await waitUnlessClosed(res, fault.delayMs, timers))) return
      if (fault.destroySocket) {
        req.socket.destroy()
        return
      }
      if (fault.status !== undefined) {
        const headers: Record<string, string> = fault.retryAfter !== undefined ? {'Retry-After': String(fault.retryAfter)} : {}
        const body = fault.body ?? plainError(fault.status, `Injected fault: ${STATUS_CODES[fault.status] ?? fault.status}`)
        return sendJson(res, fault.status, body, headers)
      }
    }

    const events = LIVE_ROUTE.exec(url.pathname)
    if (events && req.method === 'GET') {
      if (!hasSyncTags(events[1]!)) return sendJson(res, 404, plainError(404, 'The Live Content API needs API version 2021-03-25 or later'))
      return live.handle(req, res, events[2]!)
    }
    const route = DATA_ROUTE.exec(url.pathname)
    if (!route) return sendJson(res, 404, plainError(404, `No route for ${req.method} ${url.pathname}`))
    const [, apiVersion, endpoint, dataset, rest] = route as unknown as [string, string, 'query' | 'doc', string, string | undefined]
    if (options.dataset !== undefined && dataset !== options.dataset) {
      return sendJson(res, 404, plainError(404, `Dataset "${dataset}" not found for project ID "${projectId}"`))
    }
    const checksTokens = options.requireToken !== undefined || options.private === true
    if (authorization !== undefined && checksTokens && !hasValidToken(authorization)) {
      return sendJson(res, 401, plainError(401, 'Session not found'))
    }
    const authenticated = record.authenticated
    if (options.private && !authenticated) {
      return sendJson(res, 401, plainError(401, `Dataset "${dataset}" is private: this request needs a token with read access`))
    }

    if (endpoint === 'doc') {
      if (req.method !== 'GET') return sendJson(res, 405, plainError(405, 'The doc endpoint only answers GET'))
      return sendJson(res, 200, getDocuments(rest ?? '', url.searchParams, authenticated))
    }

    if (req.method !== 'GET' && req.method !== 'POST') return sendJson(res, 405, plainError(405, 'The query endpoint answers GET and POST'))
    const started = performance.now()
    let query: unknown
    if (req.method === 'POST') {
      const body = (record.body ?? {}) as {query?: unknown; params?: unknown}
      query = body.query
      record.params = body.params && typeof body.params === 'object' ? (body.params as Record<string, unknown>) : {}
    } else {
      query = url.searchParams.get('query')
      for (const [key, raw] of url.searchParams) {
        if (!key.startsWith('$')) continue
        try {
          record.params[key.slice(1)] = JSON.parse(raw)
        } catch {
          return sendJson(res, 400, {
            error: {description: `Unable to parse value of "${key}=${raw}". Please quote string values.`, type: 'httpBadRequest'},
          })
        }
      }
    }
    if (typeof query !== 'string' || query.trim() === '') {
      return sendJson(res, 400, {error: {description: 'The "query" parameter is required', type: 'httpBadRequest'}})
    }
    const perspectiveParam = url.searchParams.get('perspective')
    const perspective = parsePerspective(perspectiveParam, apiVersion)
    if (!perspective) {
      return sendJson(res, 400, {error: {description: `Invalid perspective "${perspectiveParam}"`, type: 'httpBadRequest'}})
    }
    if (host === 'cdn' && perspective.kind === 'stack') {
      return sendJson(res, 400, {
        error: {description: `The "${perspectiveKey(perspective)}" perspective is not served by the API CDN; use the API host`, type: 'httpBadRequest'},
      })
    }
    try {
      const view = viewFor(perspective, authenticated)
      const {result, dereferenced} = await runQuery(query, record.params, view, {projectId, dataset})
      const ms = Math.round(performance.now() - started)
      // Key order as the Lake sends it: query, result, syncTags, ms.
      const body: Record<string, unknown> = url.searchParams.get('returnQuery') === 'false' ? {result} : {query, result}
      if (hasSyncTags(apiVersion)) body.syncTags = syncTagsFor(dataset, new Set([...idsInResult(result), ...dereferenced]))
      body.ms = ms
      return sendJson(res, 200, body)
    } catch (error) {
      if (error instanceof HttpFailure) return sendJson(res, error.status, error.body)
      throw error
    }
  }

  /** The doc endpoint: documents by exact id, missing ones listed in `omitted` with the reason. */
  function getDocuments(idList: string, search: URLSearchParams, authenticated: boolean) {
    const ids = idList.split(',').filter(Boolean).map((id) => decodeURIComponent(id))
    const byId = new Map(documents.map((d) => [d._id, d]))
    const excludeContent = search.get('excludeContent') === 'true'
    const allVersions = search.get('includeAllVersions') === 'true'
    const found: unknown[] = []
    const omitted: {id: string; reason: 'existence' | 'permission'}[] = []
    for (const id of ids) {
      const hidden = (docId: string) => !authenticated && hiddenFromAnonymous(docId)
      if (hidden(id)) {
        omitted.push({id, reason: 'permission'})
        continue
      }
      const matches = allVersions
        ? documents.filter((d) => publishedIdOf(d._id) === publishedIdOf(id) && !hidden(d._id))
        : [byId.get(id)].filter((d): d is StoredDocument => d !== undefined)
      if (matches.length === 0) omitted.push({id, reason: 'existence'})
      for (const doc of matches) found.push(excludeContent ? {_id: doc._id, _type: doc._type} : doc)
    }
    return {documents: found, omitted}
  }

  const listen = async (host: 'api' | 'cdn') => {
    const server = createServer((req, res) => {
      handle(req, res, host).catch((error: unknown) => {
        sendJson(res, 500, plainError(500, error instanceof Error ? error.message : String(error)))
      })
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject)
        resolve()
      })
    })
    const address = server.address() as AddressInfo | null
    if (!address) throw new TestServerError('NOT_LISTENING', 'The test server did not get a port')
    return {server, url: `http://127.0.0.1:${address.port}`, port: address.port}
  }
  const api = await listen('api')
  const cdn = await listen('cdn')
  let closed: Promise<void> | undefined
  const closeOne = (server: Server) =>
    new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()))
      server.closeAllConnections()
    })

  return {
    url: api.url,
    port: api.port,
    cdnUrl: cdn.url,
    sanityHosts: sanityHostRouting({api: api.url, cdn: cdn.url}),
    get requests() {
      return requests
    },
    get documents() {
      return documents
    },
    get pendingFaults() {
      return faults.pending
    },
    setDocuments(next) {
      documents = acceptDocuments(next)
      views = new Map()
    },
    publish(next, dataset = options.dataset ?? 'production') {
      const before = new Map(documents.map((d) => [d._id, JSON.stringify(d)]))
      documents = acceptDocuments(next)
      views = new Map()
      const changed = new Set<string>(before.keys())
      for (const d of documents) if (before.get(d._id) === JSON.stringify(d)) changed.delete(d._id)
      else changed.add(d._id)
      const tags: SyncTag[] = [...new Set([...changed].map((id) => syncTagForDocument(dataset, id)))].sort()
      return live.publish(dataset, changed.size ? [...tags, syncTagForDataset(dataset)] : [])
    },
    live: {
      goAway: () => live.goAway(),
      allow: () => live.allow(),
      drop: () => live.drop(),
      get open() {
        return live.open
      },
    },
    failNext(fault) {
      faults.push(fault)
    },
    clearFaults() {
      faults.clear()
    },
    clearRequests() {
      requests.length = 0
    },
    close() {
      if (!closed) {
        for (const timer of timers) clearTimeout(timer)
        timers.clear()
        live.close()
        closed = Promise.all([closeOne(api.server), closeOne(cdn.server)]).then(() => undefined)
      }
      return closed
    },
  }
}
