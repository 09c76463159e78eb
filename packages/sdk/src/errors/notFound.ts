import type {SearchableType} from '../queries/searchable'
import {CareerPathError, isCareerPathError} from './core'

// Thrown by lookups after the first read: the not-found path loads on demand (client/more), so this class does too.

/** What a `get…` method looks up: every searchable type of the curriculum. */
export type NotFoundKind = SearchableType

/**
 * An unknown slug; `suggestions` holds the nearest existing slugs, best first.
 * When looking up suggestions failed, `suggestions` is empty and `cause` holds
 * that failure: the answer is still "not found".
 */
export class NotFoundError extends CareerPathError {
  readonly kind: NotFoundKind
  readonly slug: string
  readonly suggestions: readonly string[]

  constructor(kind: NotFoundKind, slug: string, suggestions: readonly string[] = [], options?: {cause?: unknown}) {
    const hint = suggestions.length ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : ''
    super('NOT_FOUND', `No ${kind} with ${kind === 'resource' ? 'id' : 'slug'} "${slug}".${hint}`, options)
    this.name = 'NotFoundError'
    this.kind = kind
    this.slug = slug
    this.suggestions = suggestions
  }
}

export function isNotFoundError(value: unknown): value is NotFoundError {
  return isCareerPathError(value) && value.code === 'NOT_FOUND'
}
