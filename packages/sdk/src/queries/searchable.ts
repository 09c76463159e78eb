// Apart from the search GROQ: the client checks search options with these before the search module loads.
/**
 * The document types search looks in, and the ones `get…` methods look up.
 * The one list: the GROQ below names the same types (TypeGen types each hit's
 * `_type` from it), and `SearchableType` is checked against TypeGen's result
 * both ways, so the two cannot drift.
 */
export const SEARCHABLE_TYPES = ['track', 'role', 'skill', 'certification', 'degree', 'organisation', 'resource', 'learningPath', 'faq', 'guide'] as const
export type SearchableType = (typeof SEARCHABLE_TYPES)[number]

/** The largest `limit` a search takes. */
export const SEARCH_MAX_HITS = 100
