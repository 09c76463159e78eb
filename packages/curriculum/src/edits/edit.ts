/** What an edit is, and the few helpers edits share. */
import type {Basis, CurriculumDocument, Localized, Reference} from '../types.ts'

/** One reviewable change to the migrated dataset: documents in, documents out (never mutates its input). */
export interface Edit {
  /** What the edit does, for the build log. */
  name: string
  apply(documents: readonly CurriculumDocument[]): CurriculumDocument[]
}

/** An edit met a dataset it was not written for (a role it moves is missing, a track it deletes still has roles). */
export class CurriculumEditError extends Error {
  override readonly name = 'CurriculumEditError'
  constructor(edit: string, message: string) {
    super(`edit "${edit}": ${message}`)
  }
}

export const isCurriculumEditError = (error: unknown): error is CurriculumEditError => error instanceof CurriculumEditError

export const ref = (id: string, key?: string): Reference => (key ? {_type: 'reference', _key: key, _ref: id} : {_type: 'reference', _ref: id})

/** English text as the Studio stores it (sanity-plugin-internationalized-array). */
export const en = (value: string, kind: 'string' | 'text' = 'string'): Localized => [
  {_key: 'en', _type: kind === 'text' ? 'internationalizedArrayTextValue' : 'internationalizedArrayStringValue', language: 'en', value},
]

export const estimate = (): Basis => ({_type: 'basis', kind: 'estimate'})
export const added = (): Basis => ({_type: 'basis', kind: 'added'})
export const fromSource = (sourceId: string, note?: string): Basis => ({_type: 'basis', kind: 'source', source: ref(sourceId), ...(note ? {note} : {})})
