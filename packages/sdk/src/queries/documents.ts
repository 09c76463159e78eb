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

export interface SlugListParams extends LanguageParams {
  type: 'track' | 'role' | 'skill' | 'certification' | 'learningPath' | 'faq' | 'guide'
}

/** Existing slugs of one type, to suggest the nearest ones when a slug is not found. */
export const slugListQuery = defineQuery(`*[_type == $type && language == $language && defined(slug.current)].slug.current`)
