import {ConfigurationError} from '../core'
import {DEFAULT_LANGUAGE, isLanguage, LANGUAGE_IDS, type LanguageId} from '../languages'
import {isBrowser} from './environment'
import {describePerspective, toPerspective, type Perspective} from '../core'
import type {StoredDocument} from '../sources/perspective'
import type {SanitySourceOptions as SanitySourceSettings} from '../sources/sanity'
import {DEFAULT_RETRY, type ResolvedRetry, type RetryOptions} from '../transport/retry'
import {VALIDATION_MODES, type ValidationMode, type ValidationReport} from '../core'

/** `@sanity/client`'s `RequestHandler`: call `next(request)` to send the request (see its docs). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RequestHandler = (request: any, next: (request: any) => Promise<unknown>) => Promise<unknown>

/** Options every source accepts. */
export interface CommonOptions {
  /**
   * The language results are read in (`en`, `es` or `de`; default `en`): localized
   * fields in it, English where a text is not translated (each result lists those
   * in `fallbacks`); FAQs and guides in it, the English document where one is not translated.
   */
  language?: LanguageId
  /**
   * How results are checked against the schemas: `strict` (default) throws a
   * ContentValidationError listing every issue; `lenient` drops invalid items
   * from lists and reports them to `onValidationIssues`; `off` trusts the data.
   */
  validation?: ValidationMode
  /** Called in lenient mode when items were left out, with what and why. */
  onValidationIssues?: (report: ValidationReport) => void
}

/** A Sanity project's Content Lake through @sanity/client. */
export interface SanitySourceOptions extends CommonOptions {
  projectId: string
  dataset: string
  /** Content Lake API version, `YYYY-MM-DD` (a leading `v` is allowed, as @sanity/client allows it); default `2025-02-19`. */
  apiVersion?: string
  /**
   * Read through the API CDN (cached, fast, scales). Default: true for the
   * `published` perspective, false for any other (the CDN serves published
   * content only). Each call may override it.
   */
  useCdn?: boolean
  /** `published` (default), `drafts` or a release stack such as `['rSpring', 'drafts']`. Anything but `published` needs a token. `raw` is not offered (see {@link Perspective}). */
  perspective?: Perspective
  /** A read token, for drafts or private datasets. Server-side only: never ship it to a browser. */
  token?: string
  /** Allow `token` in a browser anyway (e.g. an authenticated preview app that knows the risk). */
  ignoreBrowserTokenWarning?: boolean
  /** Milliseconds one request attempt may take; default 10 000, at most 600 000. */
  timeout?: number
  /** Retries of failed reads (429, 5xx, network errors, timeouts); `false` for a single attempt. */
  retry?: RetryOptions | false
  /** How long the career graph built from this project is reused, in ms; default 60 000. */
  graphTtl?: number
  /** Another API host (a proxy, or a local test server). */
  apiHost?: string
  /** With `apiHost`: false to not prefix it with the project id. */
  useProjectHostname?: boolean
  /** Prefix of every request's tag in Sanity's request logs (`<prefix>.<tag>`); letters, digits, `.`, `_`, `-`. */
  requestTagPrefix?: string
  /**
   * Passed to @sanity/client as its `requestHandler`: intercepts each request
   * (a proxy, a test server's host routing). Typed loosely so the SDK's types
   * do not pull in @sanity/client's Node typings.
   */
  requestHandler?: RequestHandler
}

/** Documents in memory (an NDJSON export, a snapshot's `documents`), queried with groq-js. */
export interface DocumentsSourceOptions extends CommonOptions {
  documents: readonly unknown[]
  /** How drafts and release versions among the documents are seen; default `published`. */
  perspective?: Perspective
}

/** No source: the curriculum embedded in the SDK. */
export type EmbeddedSourceOptions = CommonOptions

export type CareerPathClientOptions = SanitySourceOptions | DocumentsSourceOptions | EmbeddedSourceOptions

export const DEFAULT_API_VERSION = '2025-02-19'
export const DEFAULT_TIMEOUT_MS = 10_000
export const DEFAULT_GRAPH_TTL_MS = 60_000
/**
 * Ceiling for `timeout` and retry delays. Timers beyond 2^31-1 ms overflow and
 * fire at once (every request would "time out" immediately), and a read that
 * may hang for longer than ten minutes is not bounded in any useful sense.
 */
export const MAX_WAIT_MS = 600_000

export type ResolvedOptions =
  | (Common & SanitySourceSettings & {source: 'sanity'; graphTtlMs: number; token: string | undefined})
  | (Common & {source: 'documents'; documents: readonly StoredDocument[]; perspective: Perspective})
  | (Common & {source: 'embedded'; perspective: Perspective})

interface Common {
  language: LanguageId
  validation: ValidationMode
  onValidationIssues: ((report: ValidationReport) => void) | undefined
}

export {isBrowser} from './environment'

/** Why a language is refused: the curriculum is written in these only. */
export const languageMessage = (language: unknown) => `"language" must be one of ${LANGUAGE_IDS.join(', ')}; got ${JSON.stringify(language)}`

const fail = (option: string, message: string): never => {
  throw new ConfigurationError(option, message)
}

/**
 * A perspective the typed client reads, in the client's form; null with the
 * reason when it cannot. What `@sanity/client` refuses (`raw` in a stack) and
 * what the Lake answers 400 to are refused; `raw` is refused on purpose.
 */
export function checkPerspective(value: unknown): {perspective: Perspective} | {reason: string} {
  if (value === undefined) return {perspective: 'published'}
  const parsed = toPerspective(value)
  if (!parsed) {
    return {reason: `"perspective" must be "published", "drafts" or a list of release ids (optionally ending in "drafts"), as @sanity/client takes it; got ${JSON.stringify(value)}`}
  }
  if (parsed.kind === 'raw') {
    return {
      reason: '"raw" is not offered: a typed result cannot hold a document and its draft at once. Use "drafts", a release stack, or @sanity/client for raw reads.',
    }
  }
  return {perspective: parsed.kind === 'published' ? 'published' : parsed.layers.length === 1 && parsed.layers[0] === 'drafts' ? 'drafts' : parsed.layers}
}

const perspectiveOption = (value: unknown): Perspective => {
  const checked = checkPerspective(value)
  return 'reason' in checked ? fail('perspective', checked.reason) : checked.perspective
}

/**
 * One rule for every option check: `"<option>" must be <what>; got <value>`.
 * A single message shape keeps the first load small (every check ships to
 * browsers, since a bad option throws at creation) and the messages alike.
 */
function check(option: string, value: unknown, ok: boolean, what: string): void {
  if (!ok) fail(option, `"${option}" must be ${what}; got ${JSON.stringify(value)}`)
}

/** A positive number of milliseconds up to `max`, or `fallback` when not given. */
function ms(option: string, value: unknown, fallback: number, max = Number.POSITIVE_INFINITY): number {
  if (value === undefined) return fallback
  check(option, value, typeof value === 'number' && value > 0 && value <= max, `a positive number of milliseconds${max < Number.POSITIVE_INFINITY ? ` up to ${max}` : ''}`)
  return value as number
}

function resolveRetry(value: RetryOptions | false | undefined): ResolvedRetry {
  if (value === false) return {...DEFAULT_RETRY, maxAttempts: 1}
  const retry = {...DEFAULT_RETRY, ...value}
  const attempts = retry.maxAttempts
  check('retry.maxAttempts', attempts, Number.isInteger(attempts) && attempts >= 1 && attempts <= 10, 'a whole number from 1 to 10')
  ms('retry.baseDelayMs', retry.baseDelayMs, 1, MAX_WAIT_MS)
  ms('retry.maxDelayMs', retry.maxDelayMs, 1, MAX_WAIT_MS)
  return retry
}

/** Checks options early, so a misconfiguration fails at creation with the option's name, not at the first query. */
export function resolveOptions(options: CareerPathClientOptions = {}): ResolvedOptions {
  if (typeof options !== 'object' || options === null) fail('options', 'createCareerPathClient takes an options object')
  const o = options as Partial<SanitySourceOptions & DocumentsSourceOptions>
  const validation = o.validation ?? 'strict'
  check('validation', validation, VALIDATION_MODES.includes(validation), `one of ${VALIDATION_MODES.join(', ')}`)
  const language = o.language ?? DEFAULT_LANGUAGE
  if (!isLanguage(language)) fail('language', languageMessage(language))
  const common: Common = {language, validation, onValidationIssues: o.onValidationIssues}
  const perspective = perspectiveOption(o.perspective)

  const hasProject = o.projectId !== undefined || o.dataset !== undefined
  if (o.documents !== undefined) {
    if (hasProject) fail('documents', 'Pass either "documents" or "projectId"/"dataset", not both')
    if (!Array.isArray(o.documents)) fail('documents', '"documents" must be an array of Sanity documents')
    return {...common, source: 'documents', documents: o.documents as StoredDocument[], perspective}
  }
  if (!hasProject) {
    if (o.token !== undefined) fail('token', 'A token only applies to a Sanity source: pass "projectId" and "dataset" too')
    return {...common, source: 'embedded', perspective}
  }

  // The formats of projectId, dataset, apiVersion and requestTagPrefix are @sanity/client's to judge: it checks them
  // as the Sanity source creates it, and the source turns a refusal into a ConfigurationError naming the option.
  const {projectId, dataset, apiVersion = DEFAULT_API_VERSION, requestTagPrefix, requestHandler, token, useCdn} = o
  const nonEmpty = (value: unknown) => typeof value === 'string' && value !== ''
  check('projectId', projectId, nonEmpty(projectId), 'a project id')
  check('dataset', dataset, nonEmpty(dataset), 'a dataset name')
  const given = (value: unknown, type: string) => value === undefined || typeof value === type
  check('requestTagPrefix', requestTagPrefix, given(requestTagPrefix, 'string'), 'a string')
  check('requestHandler', requestHandler, given(requestHandler, 'function'), 'a function')
  check('token', token, given(token, 'string') && token?.trim() !== '', 'a non-empty string when given')
  if (token !== undefined && isBrowser() && o.ignoreBrowserTokenWarning !== true) {
    fail('token', 'Every visitor can read a token in a browser: keep it on a server, or set "ignoreBrowserTokenWarning: true" on a private page.')
  }
  if (perspective !== 'published' && token === undefined) {
    fail('perspective', `"${describePerspective(perspective)}" needs a read token ("token"): without one the Content Lake answers with published content`)
  }
  check('useCdn', useCdn, given(useCdn, 'boolean'), 'true or false')
  return {
    ...common,
    source: 'sanity',
    projectId: projectId!,
    dataset: dataset!,
    apiVersion,
    useCdn,
    perspective,
    token,
    timeoutMs: ms('timeout', o.timeout, DEFAULT_TIMEOUT_MS, MAX_WAIT_MS),
    retry: resolveRetry(o.retry),
    graphTtlMs: ms('graphTtl', o.graphTtl, DEFAULT_GRAPH_TTL_MS),
    apiHost: o.apiHost,
    useProjectHostname: o.useProjectHostname,
    requestTagPrefix,
    requestHandler,
  }
}
