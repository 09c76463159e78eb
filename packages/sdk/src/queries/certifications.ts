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

/** What the detail of one certification holds: the projection of `certificationQuery` and of `allCertificationsQuery`. */
const certificationProjection = `{
    ${certificationCard}, url, "urlBasis": urlBasis{${basis}}, ${summary}, "retiredOn": coalesce(retiredOn, null),
    "skills": coalesce(skills[]->{${skillCard}}, []),
    "successor": successor->{${certificationCard}},
    "roles": *[_type == "role" && references(^._id)] | order(seniority asc, rung asc, ${byTitle}, _id asc) {${roleCard}},
    ${sources}
  }`

export const certificationQuery = defineQuery(`*[_type == "certification" && slug.current == $slug][0]${certificationProjection}`)

/** Every certification with its detail in one request (the bulk read: a bounded number of requests whatever the dataset's size). */
export const allCertificationsQuery = defineQuery(`*[_type == "certification"] | order(${localized('vendor->title')} asc, ${byTitle}, _id asc) ${certificationProjection}`)
