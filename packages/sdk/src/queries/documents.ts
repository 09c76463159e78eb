import {defineQuery} from 'groq'
import type {LanguageParams} from './params'

/** The raw documents the career graph is built from, in one request. */
export const graphDocumentsQuery = defineQuery(
  `*[_type in ["role", "track", "skill", "certification", "resource"] && language == $language] | order(_id asc)`,
)

/** Every curriculum document in the language, source articles included: what a snapshot holds. */
export const curriculumDocumentsQuery = defineQuery(
  `*[_type in ["track", "role", "skill", "certification", "resource", "learningPath", "faq", "guide", "sourceArticle"] && language == $language] | order(_type asc, _id asc)`,
)

export interface LookupKeysParams extends LanguageParams {
  type: 'track' | 'role' | 'skill' | 'certification' | 'resource' | 'learningPath' | 'faq' | 'guide'
}

/**
 * What each document of one type is looked up by (its slug; a resource, which
 * has none, by `_id`) and its title: the candidates a not-found error suggests from.
 */
export const lookupKeysQuery = defineQuery(`*[_type == $type && language == $language]{"key": coalesce(slug.current, _id), title}`)
