import {defineQuery} from 'groq'
import {certificationCard, resourceCard, roleCard, skillCard, sources} from './fragments'
import type {LanguageParams, SlugParams} from './params'

export interface SkillListParams extends LanguageParams {
  category: 'technical' | 'interpersonal' | 'leadership' | 'business' | null
}

export const skillListQuery = defineQuery(
  `*[_type == "skill" && language == $language && ($category == null || category == $category)] | order(title asc, _id asc) {${skillCard}, description}`,
)

export type SkillParams = LanguageParams & SlugParams

/** One skill by slug, with the roles that need it and what teaches or proves it. */
export const skillQuery = defineQuery(
  `*[_type == "skill" && language == $language && slug.current == $slug][0]{
    ${skillCard}, description,
    "roles": *[_type == "role" && language == $language && references(^._id)] | order(level asc, title asc, _id asc) {${roleCard}},
    "certifications": *[_type == "certification" && language == $language && references(^._id)] | order(title asc, _id asc) {${certificationCard}},
    "resources": *[_type == "resource" && language == $language && references(^._id)] | order(title asc, _id asc) {${resourceCard}},
    ${sources}
  }`,
)
