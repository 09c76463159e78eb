import {defineQuery} from 'groq'
import {roleCardFields} from './shared'
import {sources} from './linkedCards'
import {documentFallbacks, inLanguageOrEnglish, translatedIds} from './translations'
import type {LanguageParams, SlugParams} from './params'

export interface GuideListParams extends LanguageParams {
  /** Only guides for this role (role slug). */
  role: string | null
}

/**
 * Guides are translated one document per language: the documents in
 * `$language`, and the English one where a guide has no `$language`
 * translation (its `language` is then "en" and `fallbacks` names its text fields).
 */
const guideCard = `_id, _type, title, "slug": slug.current, summary, language, ${documentFallbacks('"title", "summary", "body"')}`

export const guideListQuery = defineQuery(
  `${translatedIds}{"result": *[_type == "guide" && ${inLanguageOrEnglish} && ($role == null || $role in roles[]->slug.current)] | order(title asc, _id asc) {
    ${guideCard}, "roles": coalesce(roles[]->{${roleCardFields}}, [])
  }}.result`,
)

export type GuideParams = LanguageParams & SlugParams

/** What the detail of one guide holds: the projection of `guideQuery` and of `allGuidesQuery`. */
const guideProjection = `{
    ${guideCard}, body, "roles": coalesce(roles[]->{${roleCardFields}}, []), ${sources}
  }`

export const guideQuery = defineQuery(`${translatedIds}{"result": *[_type == "guide" && slug.current == $slug && ${inLanguageOrEnglish}] | order(language == $language desc)[0]${guideProjection}}.result`)

/** Every guide with its detail in one request (the bulk read: a bounded number of requests whatever the dataset's size). */
export const allGuidesQuery = defineQuery(`${translatedIds}{"result": *[_type == "guide" && ${inLanguageOrEnglish}] | order(title asc, _id asc) ${guideProjection}}.result`)
