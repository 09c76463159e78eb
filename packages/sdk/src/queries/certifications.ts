import {defineQuery} from 'groq'
import {certificationCard, roleCard, skillCard, sources} from './fragments'
import type {LanguageParams, SlugParams} from './params'

export interface CertificationListParams extends LanguageParams {
  /** Vendor name, compared case-insensitively ("comptia" finds "CompTIA"). */
  vendor: string | null
  level: 'entry' | 'associate' | 'professional' | 'expert' | null
  status: 'active' | 'retired' | null
}

export const certificationListQuery = defineQuery(
  `*[_type == "certification" && language == $language
    && ($vendor == null || lower(vendor) == lower($vendor))
    && ($level == null || level == $level)
    && ($status == null || status == $status)]
    | order(vendor asc, title asc, _id asc) {${certificationCard}, kind, url, summary}`,
)

export type CertificationParams = LanguageParams & SlugParams

export const certificationQuery = defineQuery(
  `*[_type == "certification" && language == $language && slug.current == $slug][0]{
    ${certificationCard}, kind, url, summary, retiredOn,
    "skills": coalesce(skills[]->{${skillCard}}, []),
    "successor": successor->{${certificationCard}},
    "roles": *[_type == "role" && language == $language && references(^._id)] | order(level asc, title asc, _id asc) {${roleCard}},
    ${sources}
  }`,
)
