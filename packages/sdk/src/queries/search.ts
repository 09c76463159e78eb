import {defineQuery} from 'groq'
import {localized} from './shared'
import type {LanguageParams} from './params'
import {SEARCH_MAX_HITS, SEARCHABLE_TYPES, type SearchableType} from '../core'

export {SEARCH_MAX_HITS, SEARCHABLE_TYPES, type SearchableType} from '../core'

export interface SearchParams extends LanguageParams {
  /** Words to find, each a `match` pattern (a trailing `*` matches prefixes); all must match. */
  terms: string[]
  /** Which of the searchable types to look in. */
  types: SearchableType[]
  /** Most hits to return, 1 to {@link SEARCH_MAX_HITS}: the slice takes it as a parameter, so only that many hits travel. */
  limit: number
}


/**
 * Full-text search in the requested language over titles (or questions), other
 * names, summaries, descriptions and FAQ answers, best matches first: a hit in
 * the title counts most, then aliases, then the text. Localized fields are
 * searched in `$language` (English where untranslated); FAQs and guides only in
 * their documents of `$language`. Ties keep a stable order by id.
 */
export const searchQuery = defineQuery(
  `*[_type in ["track", "role", "skill", "certification", "degree", "organisation", "resource", "learningPath", "faq", "guide"] && _type in $types
    && (!(_type in ["faq", "guide"]) || language == $language)]
    {
      _id, _type, "slug": slug.current,
      "_title": select(_type == "faq" => question, _type in ["resource", "guide"] => title, ${localized('title', '""')}),
      "_summary": select(_type == "guide" => summary, _type == "faq" => null, _type == "skill" => ${localized('description', '""')}, _type == "organisation" => ${localized('note')}, ${localized('summary', '""')}),
      "_aliases": aliases, "_answer": pt::text(answer)
    }
    [_title match $terms || _aliases[] match $terms || _summary match $terms || _answer match $terms]
    | score(boost(_title match $terms, 4), boost(_aliases[] match $terms, 3), _summary match $terms, _answer match $terms)
    | order(_score desc, _id asc) [0...$limit] {
    _id, _type, "title": _title, slug, "summary": _summary
  }`,
)
