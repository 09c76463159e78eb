import {defineQuery} from 'groq'
import {roleCardFields} from './shared'
import {sources} from './linkedCards'
import {documentFallbacks, inLanguageOrEnglish, translatedIds} from './translations'
import type {LanguageParams, SlugParams} from './params'

export interface FaqListParams extends LanguageParams {
  /** Only FAQs shown on this role's page (role slug). */
  role: string | null
}

/**
 * FAQs are translated one document per language: the documents in `$language`,
 * and the English one where a FAQ has no `$language` translation (its
 * `language` is then "en" and `fallbacks` names its text fields).
 */
export const faqListQuery = defineQuery(
  `${translatedIds}{"result": *[_type == "faq" && ${inLanguageOrEnglish} && ($role == null || $role in roles[]->slug.current)] | order(question asc, _id asc) {
    _id, _type, question, "slug": slug.current, answer, language, ${documentFallbacks('"question", "answer"')}, "roles": coalesce(roles[]->{${roleCardFields}}, [])
  }}.result`,
)

export type FaqParams = LanguageParams & SlugParams

/** What the detail of one faq holds: the projection of `faqQuery` and of `allFaqsQuery`. */
const faqProjection = `{
    _id, _type, question, "slug": slug.current, answer, language, ${documentFallbacks('"question", "answer"')}, "roles": coalesce(roles[]->{${roleCardFields}}, []), ${sources}
  }`

export const faqQuery = defineQuery(`${translatedIds}{"result": *[_type == "faq" && slug.current == $slug && ${inLanguageOrEnglish}] | order(language == $language desc)[0]${faqProjection}}.result`)

/** Every faq with its detail in one request (the bulk read: a bounded number of requests whatever the dataset's size). */
export const allFaqsQuery = defineQuery(`${translatedIds}{"result": *[_type == "faq" && ${inLanguageOrEnglish}] | order(question asc, _id asc) ${faqProjection}}.result`)
