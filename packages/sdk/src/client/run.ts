import {ArgumentError, ContentValidationError, issue, standardIssues, type ValidationIssue, type ValidationMode, type ValidationReport} from '../core'
import type {CareerQuery} from '../queries/define'

/** What one validation found: the value to return and the report of what was left out. */
export interface Validated<T> {
  value: T
  report: ValidationReport
}

/** Parameters with defaults and the client's language filled in, checked against the query's schema. */
export async function queryParams(query: CareerQuery<object, unknown>, params: Record<string, unknown> | undefined, language: string): Promise<Record<string, unknown>> {
  if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params))) {
    throw new ArgumentError('params', `${query.name} takes its parameters as an object; got ${JSON.stringify(params)}`)
  }
  const full: Record<string, unknown> = {language, ...query.defaults}
  for (const [key, value] of Object.entries(params ?? {})) if (value !== undefined) full[key] = value
  if (query.params) {
    const issues = await standardIssues(query.params, full)
    if (issues.length) {
      const first = issues[0]!
      throw new ArgumentError(first.field || 'params', `${query.name}: ${issues.map((i) => `${i.field ? `"${i.field}" ` : ''}${i.message}`).join('; ')}`)
    }
  }
  return full
}

/**
 * A result checked in the client's mode. Strict: any issue throws with all of
 * them. Lenient: a list keeps its valid items and reports the rest (a single
 * result has no valid neighbour, so it throws). Off: returned as it came.
 * Valid values are returned as they came, never a schema's copy.
 */
export async function validateResult(query: CareerQuery<object, unknown>, raw: unknown, mode: ValidationMode, context: string): Promise<Validated<unknown>> {
  const empty: ValidationReport = {context, checked: 0, rejected: 0, issues: []}
  if (mode === 'off' || (raw === null && query.orNull)) return {value: raw, report: empty}
  if (!query.list) {
    const issues = await standardIssues(query.result, raw)
    if (issues.length) throw new ContentValidationError(issues, context)
    return {value: raw, report: {context, checked: 1, rejected: 0, issues: []}}
  }
  if (!Array.isArray(raw)) {
    const issues = [issue(null, null, [], `Expected a list, got ${raw === null ? 'null' : typeof raw}`)]
    if (mode === 'strict') throw new ContentValidationError(issues, context)
    return {value: [], report: {context, checked: 0, rejected: 0, issues}}
  }
  const items: unknown[] = []
  const issues: ValidationIssue[] = []
  let rejected = 0
  for (const item of raw) {
    const found = await standardIssues(query.result, item)
    if (found.length === 0) items.push(item)
    else {
      rejected++
      issues.push(...found)
    }
  }
  if (mode === 'strict' && issues.length) throw new ContentValidationError(issues, context)
  return {value: items, report: {context, checked: raw.length, rejected, issues}}
}
