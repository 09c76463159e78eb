import {defineQuery} from 'groq'
import {basisFields, byTitle, fallback, localized, roleCardFields, summary, translation} from './shared'
import {certificationCard, skillCard, sources} from './linkedCards'
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
    | order(${localized('vendor->title')} asc, ${byTitle}, _id asc) {${certificationCard}, url, "urlBasis": urlBasis{${basisFields}}, ${summary}, ${translation(`${fallback('title')}, ${fallback('summary')}`)}}`,
)

export type CertificationParams = LanguageParams & SlugParams

/** A certification's own fields and what it references: `certificationQuery` without `roles`, as `allCertificationsQuery` reads it. */
const certificationFields = `${certificationCard}, url, "urlBasis": urlBasis{${basisFields}}, ${summary}, ${translation(`${fallback('title')}, ${fallback('summary')}`)}, "retiredOn": coalesce(retiredOn, null),
    "skills": coalesce(skills[]->{${skillCard}}, []),
    "successor": successor->{${certificationCard}}`

/** One certification by slug, with the roles that recommend it (roles that reference it). */
export const certificationQuery = defineQuery(`*[_type == "certification" && slug.current == $slug][0]{
    ${certificationFields},
    "roles": *[_type == "role" && references(^._id)] | order(seniority asc, rung asc, ${byTitle}, _id asc) {${roleCardFields}},
    ${sources}
  }`)

/** Every certification in one request, without `roles`: `readAll()` derives them from the roles it already fetched. */
export const allCertificationsQuery = defineQuery(`*[_type == "certification"] | order(${localized('vendor->title')} asc, ${byTitle}, _id asc) {${certificationFields}, ${sources}}`)
