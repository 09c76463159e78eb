import {defineQuery} from 'groq'
import {byTitle, certificationCard, degreeCard, localized, resourceCard, roleCard, skillCard, sources} from './fragments'
import type {LanguageParams, SlugParams} from './params'

export interface SkillListParams extends LanguageParams {
  category: 'technical' | 'interpersonal' | 'leadership' | 'business' | null
}

const description = `"description": ${localized('description', '""')}`

export const skillListQuery = defineQuery(
  `*[_type == "skill" && ($category == null || category == $category)] | order(${byTitle}, _id asc) {${skillCard}, ${description}}`,
)

export type SkillParams = LanguageParams & SlugParams

/** One skill by slug, with the roles that need it and what teaches or proves it. */
/** What the detail of one skill holds: the projection of `skillQuery` and of `allSkillsQuery`. */
const skillProjection = `{
    ${skillCard}, ${description},
    "roles": *[_type == "role" && references(^._id)] | order(seniority asc, rung asc, ${byTitle}, _id asc) {${roleCard}},
    "certifications": *[_type == "certification" && references(^._id)] | order(${byTitle}, _id asc) {${certificationCard}},
    "degrees": *[_type == "degree" && references(^._id)] | order(${byTitle}, _id asc) {${degreeCard}},
    "resources": *[_type == "resource" && references(^._id)] | order(title asc, _id asc) {${resourceCard}},
    ${sources}
  }`

export const skillQuery = defineQuery(`*[_type == "skill" && slug.current == $slug][0]${skillProjection}`)

/** Every skill with its detail in one request (the bulk read: a bounded number of requests whatever the dataset's size). */
export const allSkillsQuery = defineQuery(`*[_type == "skill"] | order(${byTitle}, _id asc) ${skillProjection}`)
