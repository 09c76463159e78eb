import {defineQuery} from 'groq'
import {localized} from './fragments'
import type {LanguageParams} from './params'
import type {SearchableType} from './search'

/** The raw documents the career graph is built from, in one request (it resolves localized text itself). */
export const graphDocumentsQuery = defineQuery(
  `*[_type in ["role", "track", "skill", "certification", "degree", "organisation", "resource", "sourceArticle"]] | order(_id asc)`,
)

/**
 * Every curriculum document, source articles and organisations included: what
 * a snapshot holds. Structured types carry every language in their fields;
 * FAQs and guides are documents per language, so only those in `$language`.
 */
export const curriculumDocumentsQuery = defineQuery(
  `*[(_type in ["track", "role", "skill", "certification", "degree", "organisation", "resource", "learningPath", "sourceArticle"]) || (_type in ["faq", "guide"] && language == $language)] | order(_type asc, _id asc)`,
)

export interface LookupKeysParams extends LanguageParams {
  type: SearchableType
}

/**
 * What each document of one type is looked up by (its slug; a resource, which
 * has none, by `_id`) and its title: the candidates a not-found error suggests from.
 */
export const lookupKeysQuery = defineQuery(
  `*[_type == $type && (!(_type in ["faq", "guide"]) || language == $language)]{
    "key": coalesce(slug.current, _id),
    "title": select(_type == "faq" => question, _type in ["resource", "guide"] => title, ${localized('title')})
  }`,
)
