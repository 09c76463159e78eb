import {defineQuery} from 'groq'
import {fallback, summary} from './shared'
import {resourceCard, skillCard, sources} from './linkedCards'
import type {LanguageParams} from './params'

export interface ResourceListParams extends LanguageParams {
  kind: 'article' | 'course' | 'book' | 'community' | 'organisation' | 'certification-programme' | 'tool' | 'publication' | null
  cost: 'free' | 'free-audit' | 'paid' | null
  /** A topic tag such as "itil". */
  topic: string | null
}

/** `language` here is the language the material is written in, not a translation; `fallbacks` as `translation` in ./fragments gives it. */
const details = `${summary}, "authors": coalesce(authors, []), "topics": coalesce(topics, []), language, "fallbacks": select($language == "en" => [], [${fallback('summary')}][defined(@)])`

export const resourceListQuery = defineQuery(
  `*[_type == "resource"
    && ($kind == null || kind == $kind)
    && ($cost == null || cost == $cost)
    && ($topic == null || $topic in topics)]
    | order(title asc, _id asc) {${resourceCard}, ${details}}`,
)

export interface ResourceParams extends LanguageParams {
  /** Resources have no slug: they are addressed by document id. */
  id: string
}

/** What the detail of one resource holds: the projection of `resourceQuery` and of `allResourcesQuery`. */
const resourceProjection = `{
    ${resourceCard}, ${details},
    "skills": coalesce(skills[]->{${skillCard}}, []),
    ${sources}
  }`

export const resourceQuery = defineQuery(`*[_type == "resource" && _id == $id][0]${resourceProjection}`)

/** Every resource with its detail in one request (the bulk read: a bounded number of requests whatever the dataset's size). */
export const allResourcesQuery = defineQuery(`*[_type == "resource"] | order(title asc, _id asc) ${resourceProjection}`)
