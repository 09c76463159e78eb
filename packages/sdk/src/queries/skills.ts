import {defineQuery} from 'groq'
import {byTitle, fallback, localized, roleCardFields, translation} from './shared'
import {certificationCard, degreeCard, resourceCard, skillCard, sources} from './linkedCards'
import type {LanguageParams, SlugParams} from './params'

export interface SkillListParams extends LanguageParams {
  category: 'technical' | 'interpersonal' | 'leadership' | 'business' | null
}

const description = `"description": ${localized('description', '""')}`

export const skillListQuery = defineQuery(
  `*[_type == "skill" && ($category == null || category == $category)] | order(${byTitle}, _id asc) {${skillCard}, ${description}, ${translation(`${fallback('title')}, ${fallback('description')}`)}}`,
)

export type SkillParams = LanguageParams & SlugParams

/** One skill by slug, with the roles that need it and what teaches or proves it (documents that reference it). */
export const skillQuery = defineQuery(`*[_type == "skill" && slug.current == $slug][0]{
    ${skillCard}, ${description}, ${translation(`${fallback('title')}, ${fallback('description')}`)},
    "roles": *[_type == "role" && references(^._id)] | order(seniority asc, rung asc, ${byTitle}, _id asc) {${roleCardFields}},
    "certifications": *[_type == "certification" && references(^._id)] | order(${byTitle}, _id asc) {${certificationCard}},
    "degrees": *[_type == "degree" && references(^._id)] | order(${byTitle}, _id asc) {${degreeCard}},
    "resources": *[_type == "resource" && references(^._id)] | order(title asc, _id asc) {${resourceCard}},
    ${sources}
  }`)

/**
 * Every skill in one request, without what references it (`roles`,
 * `certifications`, `degrees`, `resources`): `readAll()` derives those from the
 * rows it already fetched, instead of one reverse-reference scan per skill.
 */
export const allSkillsQuery = defineQuery(`*[_type == "skill"] | order(${byTitle}, _id asc) {${skillCard}, ${description}, ${translation(`${fallback('title')}, ${fallback('description')}`)}, ${sources}}`)
