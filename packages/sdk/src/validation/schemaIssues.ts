import type {ValidationIssue} from '../core'
import type {StandardSchemaV1} from '../schemas/kit'
import {toIssues} from '../core'

// Apart from ./issues (which every read loads): only dataset validation, which loads on demand, needs the synchronous form.

/**
 * Every problem `schema` finds in `value`, synchronously (dataset validation
 * and the fuzzed paths need it): the SDK's own schemas and any other Standard
 * Schema (zod, valibot…) whose `~standard.validate` is synchronous.
 */
export function schemaIssues(schema: StandardSchemaV1, value: unknown, basePath: readonly (string | number)[] = []): ValidationIssue[] {
  const result = schema['~standard'].validate(value)
  if (result instanceof Promise) throw new TypeError('The SDK validates synchronously: use a schema without async refinements')
  return toIssues(value, result.issues, basePath)
}
