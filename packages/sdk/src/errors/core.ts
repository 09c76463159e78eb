/**
 * The base class and the errors a client can throw on its first read (held
 * apart from the rest, which load with the code that throws them: test/size).
 * Every error the SDK throws extends CareerPathError and carries a stable
 * `code`, so callers can branch on it without string matching, and a guard,
 * because `instanceof` fails across duplicated package copies.
 */
export type CareerPathErrorCode =
  | 'NOT_FOUND'
  | 'NO_ROUTE'
  | 'CONTENT_VALIDATION'
  | 'TRANSPORT'
  | 'CONFIGURATION'
  | 'INVALID_ARGUMENT'
  | 'GRAPH_OPTION'
  | 'NDJSON_PARSE'
  | 'SNAPSHOT_FORMAT'

const brand = Symbol.for('@careerpath/sdk/error')

export class CareerPathError extends Error {
  readonly code: CareerPathErrorCode
  readonly [brand] = true

  constructor(code: CareerPathErrorCode, message: string, options?: {cause?: unknown}) {
    super(message, options)
    this.name = 'CareerPathError'
    this.code = code
  }
}

export function isCareerPathError(value: unknown): value is CareerPathError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[brand] === true
}

/** One problem in one document: where it is (document, type, field path) and what is wrong. */
export interface ValidationIssue {
  /** `_id` of the document (or query result item) that holds the problem, when it has one. */
  readonly documentId: string | null
  /** `_type` of that document, when known. */
  readonly documentType: string | null
  /** Path inside the document, e.g. `['skills', 2, 'proficiency']` or `['transitions', {_key: 'x'}, 'kind']`. */
  readonly path: readonly FieldPathSegment[]
  /** The same path for people, e.g. `skills[2].proficiency` or `transitions[_key=="x"].kind` (empty for the document itself). */
  readonly field: string
  readonly message: string
  /**
   * `warning` for what the Studio reports without blocking publishing (a
   * ladder with fewer than two roles); such issues never reject a document or
   * throw. Absent for errors.
   */
  readonly severity?: 'warning'
}

/** A step of a field path: a field name, an array index, or an array item by `_key`. */
export type FieldPathSegment = string | number | {readonly _key: string}

/** Renders a path the way GROQ and the Studio write it: `transitions[1].to`, `transitions[_key=="t1"].kind`. */
export function formatFieldPath(path: readonly FieldPathSegment[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`
    if (typeof part === 'object') return `${out}[_key==${JSON.stringify(part._key)}]`
    return out ? `${out}.${part}` : part
  }, '')
}

function describeIssues(issues: readonly ValidationIssue[], context: string): string {
  const shown = issues.slice(0, 5).map((i) => {
    const where = [i.documentType, i.documentId].filter(Boolean).join(' ') || 'result'
    return `  - ${where}${i.field ? ` at ${i.field}` : ''}: ${i.message}`
  })
  const more = issues.length > shown.length ? `\n  …and ${issues.length - shown.length} more` : ''
  return `${issues.length} content validation issue${issues.length === 1 ? '' : 's'} in ${context}:\n${shown.join('\n')}${more}`
}

/**
 * Content that does not match the content model. Carries every issue found,
 * not just the first, so one run shows everything an editor has to fix.
 */
export class ContentValidationError extends CareerPathError {
  readonly issues: readonly ValidationIssue[]
  /** What was being validated, e.g. `listRoles` or a file name. */
  readonly context: string

  constructor(issues: readonly ValidationIssue[], context: string) {
    super('CONTENT_VALIDATION', describeIssues(issues, context))
    this.name = 'ContentValidationError'
    this.issues = issues
    this.context = context
  }
}

export function isContentValidationError(value: unknown): value is ContentValidationError {
  return isCareerPathError(value) && value.code === 'CONTENT_VALIDATION'
}

/**
 * A request to the Content Lake failed. `status` is the HTTP status (null when
 * no response came: network error or timeout); `retryable` says whether trying
 * again later can help; `attempts` is how many tries were made.
 */
export class TransportError extends CareerPathError {
  readonly status: number | null
  readonly retryable: boolean
  readonly attempts: number
  /** What the server's Retry-After asked for, in milliseconds, if it sent one. */
  readonly retryAfterMs: number | null
  /** The trace id of the last answer (its `traceparent` header): quote it to Sanity support. Null without an answer. */
  readonly traceId: string | null
  /**
   * True when a browser refused the answer because the page's origin is not
   * in the project's CORS origins (`sanity cors add <origin>`): never retried.
   */
  readonly cors: boolean

  constructor(
    message: string,
    details: {status: number | null; retryable: boolean; attempts: number; retryAfterMs?: number | null; traceId?: string | null; cors?: boolean; cause?: unknown},
  ) {
    super('TRANSPORT', message, {cause: details.cause})
    this.name = 'TransportError'
    this.status = details.status
    this.retryable = details.retryable
    this.attempts = details.attempts
    this.retryAfterMs = details.retryAfterMs ?? null
    this.traceId = details.traceId ?? null
    this.cors = details.cors ?? false
  }
}

export function isTransportError(value: unknown): value is TransportError {
  return isCareerPathError(value) && value.code === 'TRANSPORT'
}

/** The client was set up with options that cannot work; `option` names the culprit. */
export class ConfigurationError extends CareerPathError {
  readonly option: string

  constructor(option: string, message: string) {
    super('CONFIGURATION', message)
    this.name = 'ConfigurationError'
    this.option = option
  }
}

export function isConfigurationError(value: unknown): value is ConfigurationError {
  return isCareerPathError(value) && value.code === 'CONFIGURATION'
}

/**
 * A method was called with an argument it cannot use (an empty slug, a search
 * `limit` out of range, a per-call option such as `tag` or `perspective`);
 * `argument` names it. The client itself is fine: fix the call.
 */
export class ArgumentError extends CareerPathError {
  readonly argument: string

  constructor(argument: string, message: string) {
    super('INVALID_ARGUMENT', message)
    this.name = 'ArgumentError'
    this.argument = argument
  }
}

export function isArgumentError(value: unknown): value is ArgumentError {
  return isCareerPathError(value) && value.code === 'INVALID_ARGUMENT'
}
