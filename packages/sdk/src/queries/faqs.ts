import {defineQuery} from 'groq'
import {roleCard, sources} from './fragments'
import type {LanguageParams, SlugParams} from './params'

export interface FaqListParams extends LanguageParams {
  /** Only FAQs shown on this role's page (role slug). */
  role: string | null
}

/** FAQs are translated one document per language: only the documents in `$language`. */
export const faqListQuery = defineQuery(
  `*[_type == "faq" && language == $language && ($role == null || $role in roles[]->slug.current)] | order(question asc, _id asc) {
    _id, _type, question, "slug": slug.current, answer, language, "roles": coalesce(roles[]->{${roleCard}}, [])
  }`,
)

export type FaqParams = LanguageParams & SlugParams

/** What the detail of one faq holds: the projection of `faqQuery` and of `allFaqsQuery`. */
const faqProjection = `{
    _id, _type, question, "slug": slug.current, answer, language, "roles": coalesce(roles[]->{${roleCard}}, []), ${sources}
  }`

export const faqQuery = defineQuery(`*[_type == "faq" && language == $language && slug.current == $slug][0]${faqProjection}`)

/** Every faq with its detail in one request (the bulk read: a bounded number of requests whatever the dataset's size). */
export const allFaqsQuery = defineQuery(`*[_type == "faq" && language == $language] | order(question asc, _id asc) ${faqProjection}`)
