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

export const faqQuery = defineQuery(
  `*[_type == "faq" && language == $language && slug.current == $slug][0]{
    _id, _type, question, "slug": slug.current, answer, language, "roles": coalesce(roles[]->{${roleCard}}, []), ${sources}
  }`,
)
