import {language} from '../shared'
import {array, number, object, oneOf, string} from '../shared'
import {searchHit} from '../../schemas/results/search'
import {careerQuery} from '../shared'
import {SEARCH_MAX_HITS, SEARCHABLE_TYPES, searchQuery} from '../search'

// `language` straight from the enums, not ./params: the list queries' shared chunk then holds ./params with the cards (test/size).
export const search = /* @__PURE__ */ careerQuery({
  name: 'search',
  query: searchQuery,
  params: object({language, terms: array(string().min(2)).min(1), types: array(oneOf(SEARCHABLE_TYPES)).min(1), limit: number().int().min(1).max(SEARCH_MAX_HITS)}),
  defaults: {limit: 20},
  result: searchHit,
  list: true,
})
