/**
 * Projection pieces of the document-level translations (FAQs and guides), in a
 * module of their own: the fragments every query loads stay small (test/size).
 */

/**
 * FAQs and guides are documents per language: one in `$language`, or the
 * English one when no `$language` translation of it is published (linked through
 * the document-internationalization plugin's `translation.metadata`).
 * A query reads `${translatedIds}{"result": <query>}.result`: the translated
 * English ids are found once per request (a subquery per document is ~300
 * times slower in groq-js), and `inLanguageOrEnglish` inside filters by them.
 * (A constant, not a wrapping function: TypeGen cannot see a query's own
 * fragments through a function of another module.)
 */
export const translatedIds = `{"translated": *[_type == "translation.metadata" && count(translations[coalesce(language, _key) == $language && defined(value->_id)]) > 0].translations[coalesce(language, _key) == "en"].value._ref}`
export const inLanguageOrEnglish = `(language == $language || (language == "en" && !(_id in ^.translated)))`
/** A FAQ's or guide's text fields as fallbacks: all of them when the document is the English one standing in for a missing translation. */
export const documentFallbacks = (fields: string) => `"fallbacks": select(language == $language => [], [${fields}])`
