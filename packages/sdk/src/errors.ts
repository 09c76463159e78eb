/**
 * Every error the SDK throws extends CareerPathError and carries a stable
 * `code`, so callers can branch on it without string matching, and a guard,
 * because `instanceof` fails across duplicated package copies.
 */
export type CareerPathErrorCode =
  | 'NOT_FOUND'
  | 'CONTENT_VALIDATION'
  | 'TRANSPORT'
  | 'CONFIGURATION'
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

export type NotFoundKind = 'role' | 'track' | 'skill' | 'certification' | 'resource' | 'learningPath' | 'faq' | 'guide'

/** An unknown slug; `suggestions` holds the nearest existing slugs, best first. */
export class NotFoundError extends CareerPathError {
  readonly kind: NotFoundKind
  readonly slug: string
  readonly suggestions: readonly string[]

  constructor(kind: NotFoundKind, slug: string, suggestions: readonly string[] = []) {
    const hint = suggestions.length ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : ''
    super('NOT_FOUND', `No ${kind} with slug "${slug}".${hint}`)
    this.name = 'NotFoundError'
    this.kind = kind
    this.slug = slug
    this.suggestions = suggestions
  }
}

export function isNotFoundError(value: unknown): value is NotFoundError {
  return isCareerPathError(value) && value.code === 'NOT_FOUND'
}
