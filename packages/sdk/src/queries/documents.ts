import {defineQuery} from 'groq'
import {localized} from './shared'
import type {LanguageParams} from './params'
import type {SearchableType} from './search'

/** The raw documents the career graph is built from, in one request (it resolves localized text itself). */
export const graphDocumentsQuery = defineQuery(
  `*[_type in ["role", "track", "skill", "certification", "degree", "organisation", "resource", "sourceArticle"]] | order(_id asc)`,
)

/**
 * Every curriculum document, source articles and organisations included, in
 * every language: structured types carry every language in their fields,
 * FAQs and guides are documents per language (all of them).
 */
export const curriculumDocumentsQuery = defineQuery(
  `*[_type in ["track", "role", "skill", "certification", "degree", "organisation", "resource", "learningPath", "sourceArticle", "faq", "guide"]] | order(_type asc, _id asc)`,
)

/**
 * What links a FAQ or guide to its translations (@sanity/document-internationalization):
 * a snapshot keeps them, so a client over it falls back to English per document as on Sanity.
 */
export const translationMetadataQuery = defineQuery(
  `*[_type == "translation.metadata" && count(schemaTypes[@ in ["faq", "guide"]]) > 0] | order(_id asc) {_id, _type, schemaTypes, translations}`,
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
