import type {DocumentType, KeyedReference, Reference, Slug} from '../types.ts'

/**
 * Every `_id` is `<prefix><slug>`: readable, stable, and hyphenated. Never a dot:
 * Sanity treats `a.b` ids as non-public paths (drafts, versions).
 */
export const idPrefixes = {
  sourceArticle: 'source-',
  track: 'track-',
  role: 'role-',
  skill: 'skill-',
  certification: 'cert-',
  resource: 'resource-',
  learningPath: 'path-',
  faq: 'faq-',
  guide: 'guide-',
} as const satisfies Record<DocumentType, string>

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export class CurriculumDefinitionError extends Error {
  override readonly name = 'CurriculumDefinitionError'
  readonly where: string
  constructor(where: string, message: string) {
    super(`${where}: ${message}`)
    this.where = where
  }
}

export function isCurriculumDefinitionError(error: unknown): error is CurriculumDefinitionError {
  return error instanceof CurriculumDefinitionError
}

export function documentId(type: DocumentType, slug: string): string {
  if (!slugPattern.test(slug)) {
    throw new CurriculumDefinitionError(`${type} "${slug}"`, 'slugs use lowercase letters, digits and single hyphens')
  }
  return `${idPrefixes[type]}${slug}`
}

/** The readable part of an id, used as the `_key` of array items that point at it. */
export function keyFromId(id: string): string {
  for (const prefix of Object.values(idPrefixes)) {
    if (id.startsWith(prefix)) return id.slice(prefix.length)
  }
  return id
}

export function ref(id: string): Reference {
  return {_type: 'reference', _ref: id}
}

export function keyedRef(id: string, key: string = keyFromId(id)): KeyedReference {
  return {_type: 'reference', _key: key, _ref: id}
}

/** References to documents of one type, given by slug, keyed by slug. */
export function refsTo(type: DocumentType, slugs: readonly string[] | undefined): KeyedReference[] {
  return (slugs ?? []).map((s) => keyedRef(documentId(type, s), s))
}

export function slug(current: string): Slug {
  if (!slugPattern.test(current)) throw new CurriculumDefinitionError(`slug "${current}"`, 'use lowercase letters, digits and single hyphens')
  return {_type: 'slug', current}
}

/** A slug made from free text, for questions and titles. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .replace(/[\s_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
