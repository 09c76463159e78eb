import {defineQuery} from 'groq'
import {byTitle, cardFields, fallback, fallbackIn, localized, localizedLines, roleCardFields, summary, translation} from './shared'
import {resourceCard, sources} from './linkedCards'
import type {LanguageParams, SlugParams} from './params'

export type LearningPathListParams = LanguageParams

export const learningPathListQuery = defineQuery(
  `*[_type == "learningPath"] | order(${byTitle}, _id asc) {
    ${cardFields}, ${summary}, "roles": coalesce(roles[]->{${roleCardFields}}, []), "moduleCount": count(modules), ${translation(`${fallback('title')}, ${fallback('summary')}`)}
  }`,
)

export type LearningPathParams = LanguageParams & SlugParams

/** One path with its modules and topics in order, each topic's resources resolved. */
/** What the detail of one learningPath holds: the projection of `learningPathQuery` and of `allLearningPathsQuery`. */
const learningPathProjection = `{
    ${cardFields}, ${summary},
    "roles": coalesce(roles[]->{${roleCardFields}}, []),
    "modules": modules[]{
      "title": ${localized('title', '""')}, "slug": slug.current, "summary": ${localized('summary')},
      "topics": topics[]{"title": ${localized('title', '""')}, "keyPoints": ${localizedLines('keyPoints')}, "resources": coalesce(resources[]->{${resourceCard}}, [])}
    },
    ${sources},
    ${translation(`${fallback('title')}, ${fallback('summary')}, ${fallbackIn('modules', 'title', 'modules[].title')}, ${fallbackIn('modules', 'summary', 'modules[].summary')}, ${fallbackIn('modules[].topics[]', 'title', 'modules[].topics[].title')}, ${fallbackIn('modules[].topics[].keyPoints[]', 'text', 'modules[].topics[].keyPoints')}`)}
  }`

export const learningPathQuery = defineQuery(`*[_type == "learningPath" && slug.current == $slug][0]${learningPathProjection}`)

/** Every learningPath with its detail in one request (the bulk read: a bounded number of requests whatever the dataset's size). */
export const allLearningPathsQuery = defineQuery(`*[_type == "learningPath"] | order(${byTitle}, _id asc) ${learningPathProjection}`)
