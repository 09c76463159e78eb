import type {StandardSchemaV1} from '../schemas/kit'
import {ContentValidationError, type ValidationIssue} from '../errors'
import {issue, schemaIssues, type ValidationMode, type ValidationReport} from './issues'

export interface ListValidation<T> {
  items: T[]
  report: ValidationReport
}

/**
 * Validates a list result item by item. Strict: any issue throws with all of
 * them. Lenient: the valid items come back, the rest are reported. Off: no
 * checks. Valid items are returned as they came (never a parsed copy), so
 * validation never changes what a query returned.
 */
export function validateList<T>(schema: StandardSchemaV1<unknown, T>, value: unknown, mode: ValidationMode, context: string): ListValidation<T> {
  if (mode === 'off') return {items: value as T[], report: {context, checked: 0, rejected: 0, issues: []}}
  if (!Array.isArray(value)) {
    const issues = [issue(null, null, [], `Expected a list, got ${value === null ? 'null' : typeof value}`)]
    if (mode === 'strict') throw new ContentValidationError(issues, context)
    return {items: [], report: {context, checked: 0, rejected: 0, issues}}
  }
  const items: T[] = []
  const issues: ValidationIssue[] = []
  let rejected = 0
  for (const item of value) {
    const found = schemaIssues(schema, item)
    if (found.length === 0) items.push(item as T)
    else {
      rejected++
      issues.push(...found)
    }
  }
  if (mode === 'strict' && issues.length) throw new ContentValidationError(issues, context)
  return {items, report: {context, checked: value.length, rejected, issues}}
}

/**
 * Validates a single result. A broken document has no valid neighbour to fall
 * back on, so lenient mode throws here as strict does.
 */
export function validateOne<T>(schema: StandardSchemaV1<unknown, T>, value: unknown, mode: ValidationMode, context: string): T {
  if (mode === 'off') return value as T
  const issues = schemaIssues(schema, value)
  if (issues.length) throw new ContentValidationError(issues, context)
  return value as T
}
