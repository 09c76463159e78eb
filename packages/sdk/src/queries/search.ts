import {defineQuery} from 'groq'
import type {LanguageParams} from './params'

export type SearchableType = 'track' | 'role' | 'skill' | 'certification' | 'resource' | 'learningPath' | 'faq' | 'guide'

export interface SearchParams extends LanguageParams {
  /** Words to find, each a `match` pattern (a trailing `*` matches prefixes); all must match. */
  terms: string[]
  /** Which of the searchable types to look in. */
  types: SearchableType[]
}

/** The query returns at most this many hits (GROQ slices must be constants); the client trims to its `limit`. */
export const SEARCH_MAX_HITS = 100

/**
 * Full-text search over titles (or questions), other names, summaries and FAQ
 * answers, best matches first: a hit in the title counts most, then aliases,
 * then the text. Ties keep a stable order by id.
 */
export const searchQuery = defineQuery(
  `*[_type in ["track", "role", "skill", "certification", "resource", "learningPath", "faq", "guide"] && _type in $types && language == $language
    && (title match $terms || question match $terms || aliases[] match $terms || summary match $terms || description match $terms || pt::text(answer) match $terms)]
    | score(boost(title match $terms, 4), boost(question match $terms, 4), boost(aliases[] match $terms, 3), summary match $terms, description match $terms, pt::text(answer) match $terms)
    | order(_score desc, _id asc) [0...100] {
    _id, _type, "title": coalesce(title, question), "slug": slug.current, "summary": coalesce(summary, description)
  }`,
)
