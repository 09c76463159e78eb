import type {StandardSchemaV1} from '../schemas/kit'
import {formatFieldPath, type FieldPathSegment, type ValidationIssue} from '../errors/core'

export type ValidationMode = 'strict' | 'lenient' | 'off'

export const VALIDATION_MODES: readonly ValidationMode[] = ['strict', 'lenient', 'off']

/** Issues of one lenient validation: what was checked, and what was left out and why. */
export interface ValidationReport {
  /** What was validated, e.g. `listRoles` or a file name. */
  readonly context: string
  /** Items (documents or result rows) checked. */
  readonly checked: number
  /** Items left out because they had issues. */
  readonly rejected: number
  readonly issues: readonly ValidationIssue[]
}

const stringField = (value: unknown, field: string): string | null => {
  const v = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[field] : undefined
  return typeof v === 'string' ? v : null
}

export function issue(documentId: string | null, documentType: string | null, path: readonly FieldPathSegment[], message: string): ValidationIssue {
  return {documentId, documentType, path, field: formatFieldPath(path), message}
}

const segment = (p: PropertyKey | StandardSchemaV1.PathSegmentObject): string | number => {
  const key = typeof p === 'object' ? p.key : p
  return typeof key === 'symbol' ? String(key.description) : key
}

/** A Standard Schema's issues as the SDK's, naming the document (its `_id`/`_type`) and field: the one mapper. */
export function toIssues(value: unknown, found: readonly StandardSchemaV1.Issue[] | undefined, basePath: readonly (string | number)[]): ValidationIssue[] {
  if (!found?.length) return []
  const id = stringField(value, '_id')
  const type = stringField(value, '_type')
  return found.map((i) => issue(id, type, [...basePath, ...(i.path ?? []).map(segment)], i.message))
}

/** Every problem `schema` finds in a query's result or parameters, which may validate asynchronously (a user's own Standard Schema). */
export async function standardIssues(schema: StandardSchemaV1, value: unknown): Promise<ValidationIssue[]> {
  return toIssues(value, (await schema['~standard'].validate(value)).issues, [])
}
