/** What an edit is, and the few helpers edits share. */
import {slugify} from '../../../../studio/migrations/v2-content-model/transform.ts'
import type {Basis, CurriculumDocument, Localized, LocalizedLine, Reference} from '../types.ts'

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

/** Lines of a list as `localizedLine`s in English, keyed by their first words (as the migration keys them). */
export function lines(texts: readonly string[]): LocalizedLine[] {
  const used = new Set<string>()
  return texts.map((text, i) => {
    const base = slugify(text).slice(0, 40).replace(/-+$/, '') || `line-${i + 1}`
    let key = base
    for (let n = 2; used.has(key); n++) key = `${base}-${n}`
    used.add(key)
    return {_key: key, _type: 'localizedLine', text: en(text)}
  })
}

/** The English text of a localized value, or undefined. */
export const englishOf = (value: unknown): string | undefined =>
  Array.isArray(value) ? (value as {language?: string; value?: unknown}[]).find((v) => v.language === 'en' && typeof v.value === 'string')?.value as string | undefined : undefined

/** Replaces documents by id with `change(doc)`; refuses when one of them is missing, so an edit never silently does nothing. */
export function changeDocuments(edit: string, documents: readonly CurriculumDocument[], changes: Readonly<Record<string, (doc: CurriculumDocument) => CurriculumDocument>>): CurriculumDocument[] {
  const missing = Object.keys(changes).filter((id) => !documents.some((d) => d._id === id))
  if (missing.length) throw new CurriculumEditError(edit, `${missing.join(', ')} not in the dataset`)
  return documents.map((d) => changes[d._id]?.(d) ?? d)
}
