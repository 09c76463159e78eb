import {defineQuery} from 'groq'
import {byTitle, degreeCard, organisationCard, roleCard, skillCard, sources, summary} from './fragments'
import type {LanguageParams, SlugParams} from './params'

export interface DegreeListParams extends LanguageParams {
  level: 'associate' | 'bachelor' | 'master' | 'doctorate' | null
}

export const degreeListQuery = defineQuery(
  `*[_type == "degree" && ($level == null || level == $level)] | order(${byTitle}, _id asc) {${degreeCard}, ${summary}, "awardingBody": awardingBody->{${organisationCard}}}`,
)

export type DegreeParams = LanguageParams & SlugParams

/** One degree by slug, with the skills it covers and the roles that recommend it. */
/** What the detail of one degree holds: the projection of `degreeQuery` and of `allDegreesQuery`. */
const degreeProjection = `{
    ${degreeCard}, ${summary}, "awardingBody": awardingBody->{${organisationCard}},
    "skills": coalesce(skills[]->{${skillCard}}, []),
    "roles": *[_type == "role" && references(^._id)] | order(seniority asc, rung asc, ${byTitle}, _id asc) {${roleCard}},
    ${sources}
  }`

export const degreeQuery = defineQuery(`*[_type == "degree" && slug.current == $slug][0]${degreeProjection}`)

/** Every degree with its detail in one request (the bulk read: a bounded number of requests whatever the dataset's size). */
export const allDegreesQuery = defineQuery(`*[_type == "degree"] | order(${byTitle}, _id asc) ${degreeProjection}`)
