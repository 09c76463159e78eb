import {defineQuery} from 'groq'
import {byTitle, fallback, roleCardFields, summary, translation} from './shared'
import {degreeCard, organisationCard, skillCard, sources} from './linkedCards'
import type {LanguageParams, SlugParams} from './params'

export interface DegreeListParams extends LanguageParams {
  level: 'associate' | 'bachelor' | 'master' | 'doctorate' | null
}

export const degreeListQuery = defineQuery(
  `*[_type == "degree" && ($level == null || level == $level)] | order(${byTitle}, _id asc) {${degreeCard}, ${summary}, ${translation(`${fallback('title')}, ${fallback('summary')}`)}, "awardingBody": awardingBody->{${organisationCard}}}`,
)

export type DegreeParams = LanguageParams & SlugParams

const degreeFields = `${degreeCard}, ${summary}, ${translation(`${fallback('title')}, ${fallback('summary')}`)}, "awardingBody": awardingBody->{${organisationCard}},
    "skills": coalesce(skills[]->{${skillCard}}, [])`

/** One degree by slug, with the skills it covers and the roles that recommend it (roles that reference it). */
export const degreeQuery = defineQuery(`*[_type == "degree" && slug.current == $slug][0]{
    ${degreeFields},
    "roles": *[_type == "role" && references(^._id)] | order(seniority asc, rung asc, ${byTitle}, _id asc) {${roleCardFields}},
    ${sources}
  }`)

/** Every degree in one request, without `roles`: `readAll()` derives them from the roles it already fetched. */
export const allDegreesQuery = defineQuery(`*[_type == "degree"] | order(${byTitle}, _id asc) {${degreeFields}, ${sources}}`)
