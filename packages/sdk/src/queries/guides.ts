import {defineQuery} from 'groq'
import {roleCard, sources} from './fragments'
import type {LanguageParams, SlugParams} from './params'

export interface GuideListParams extends LanguageParams {
  /** Only guides for this role (role slug). */
  role: string | null
}

/** Guides are translated one document per language: only the documents in `$language`. */
const guideCard = `_id, _type, title, "slug": slug.current, summary, language`

export const guideListQuery = defineQuery(
  `*[_type == "guide" && language == $language && ($role == null || $role in roles[]->slug.current)] | order(title asc, _id asc) {
    ${guideCard}, "roles": coalesce(roles[]->{${roleCard}}, [])
  }`,
)

export type GuideParams = LanguageParams & SlugParams

/** What the detail of one guide holds: the projection of `guideQuery` and of `allGuidesQuery`. */
const guideProjection = `{
    ${guideCard}, body, "roles": coalesce(roles[]->{${roleCard}}, []), ${sources}
  }`

export const guideQuery = defineQuery(`*[_type == "guide" && language == $language && slug.current == $slug][0]${guideProjection}`)

/** Every guide with its detail in one request (the bulk read: a bounded number of requests whatever the dataset's size). */
export const allGuidesQuery = defineQuery(`*[_type == "guide" && language == $language] | order(title asc, _id asc) ${guideProjection}`)
