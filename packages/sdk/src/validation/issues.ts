import type {z} from 'zod'
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

/** Every problem zod finds in `value`, as issues naming the document and field. */
export function schemaIssues(schema: z.ZodType, value: unknown, basePath: readonly (string | number)[] = []): ValidationIssue[] {
  const result = schema.safeParse(value)
  if (result.success) return []
  const id = stringField(value, '_id')
  const type = stringField(value, '_type')
  return result.error.issues.map((i) =>
    issue(id, type, [...basePath, ...i.path.map((p) => (typeof p === 'symbol' ? String(p.description) : p))], i.message),
  )
}
