import {Schema, type SchemaIssue, type StandardSchemaV1} from '../schemas/kit'
import {formatFieldPath, type FieldPathSegment, type ValidationIssue} from '../errors'

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

/**
 * Every problem `schema` finds in `value`, as issues naming the document and
 * field. The SDK's own schemas are checked directly; any other Standard Schema
 * (zod, valibot…) through its `~standard.validate`, which must be synchronous.
 */
export function schemaIssues(schema: StandardSchemaV1, value: unknown, basePath: readonly (string | number)[] = []): ValidationIssue[] {
  let found: readonly SchemaIssue[]
  if (schema instanceof Schema) found = schema.issues(value)
  else {
    const result = schema['~standard'].validate(value)
    if (result instanceof Promise) throw new TypeError('The SDK validates synchronously: use a schema without async refinements')
    found = (result.issues ?? []).map((i) => ({path: (i.path ?? []).map(segment), message: i.message}))
  }
  if (found.length === 0) return []
  const id = stringField(value, '_id')
  const type = stringField(value, '_type')
  return found.map((i) => issue(id, type, [...basePath, ...i.path], i.message))
}
