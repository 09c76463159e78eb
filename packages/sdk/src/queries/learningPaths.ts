import {defineQuery} from 'groq'
import {card, resourceCard, roleCard, sources} from './fragments'
import type {LanguageParams, SlugParams} from './params'

export type LearningPathListParams = LanguageParams

export const learningPathListQuery = defineQuery(
  `*[_type == "learningPath" && language == $language] | order(title asc, _id asc) {
    ${card}, summary, "roles": coalesce(roles[]->{${roleCard}}, []), "moduleCount": count(modules)
  }`,
)

export type LearningPathParams = LanguageParams & SlugParams

/** One path with its modules and topics in order, each topic's resources resolved. */
export const learningPathQuery = defineQuery(
  `*[_type == "learningPath" && language == $language && slug.current == $slug][0]{
    ${card}, summary,
    "roles": coalesce(roles[]->{${roleCard}}, []),
    "modules": modules[]{title, "slug": slug.current, summary, "topics": topics[]{title, keyPoints, "resources": coalesce(resources[]->{${resourceCard}}, [])}},
    ${sources}
  }`,
)
