import {defineQuery} from 'groq'
import {basis, byTitle, certificationCard, localized, roleCard, skillCard, sources, summary} from './fragments'
import type {LanguageParams, SlugParams} from './params'

export interface CertificationListParams extends LanguageParams {
  /** The vendor organisation's slug ("comptia"). */
  vendor: string | null
  level: 'entry' | 'associate' | 'professional' | 'expert' | null
  status: 'active' | 'retired' | null
}

export const certificationListQuery = defineQuery(
  `*[_type == "certification"
    && ($vendor == null || vendor->slug.current == $vendor)
    && ($level == null || level == $level)
    && ($status == null || status == $status)]
    | order(${localized('vendor->title')} asc, ${byTitle}, _id asc) {${certificationCard}, url, "urlBasis": urlBasis{${basis}}, ${summary}}`,
)

export type CertificationParams = LanguageParams & SlugParams

export const certificationQuery = defineQuery(
  `*[_type == "certification" && slug.current == $slug][0]{
    ${certificationCard}, url, "urlBasis": urlBasis{${basis}}, ${summary}, "retiredOn": coalesce(retiredOn, null),
    "skills": coalesce(skills[]->{${skillCard}}, []),
    "successor": successor->{${certificationCard}},
    "roles": *[_type == "role" && references(^._id)] | order(seniority asc, rung asc, ${byTitle}, _id asc) {${roleCard}},
    ${sources}
  }`,
)
