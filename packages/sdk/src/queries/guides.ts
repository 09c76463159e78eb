import {defineQuery} from 'groq'
import {card, roleCard, sources} from './fragments'
import type {LanguageParams, SlugParams} from './params'

export interface GuideListParams extends LanguageParams {
  /** Only guides for this role (role slug). */
  role: string | null
}

export const guideListQuery = defineQuery(
  `*[_type == "guide" && language == $language && ($role == null || $role in roles[]->slug.current)] | order(title asc, _id asc) {
    ${card}, summary, "roles": coalesce(roles[]->{${roleCard}}, [])
  }`,
)

export type GuideParams = LanguageParams & SlugParams

export const guideQuery = defineQuery(
  `*[_type == "guide" && language == $language && slug.current == $slug][0]{
    ${card}, summary, body, "roles": coalesce(roles[]->{${roleCard}}, []), ${sources}
  }`,
)
