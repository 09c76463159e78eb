import {defineQuery} from 'groq'
import {basisFields, byTitle, fallback, localized, translation} from './shared'
import {certificationCard, degreeCard, organisationCard, resourceCard} from './linkedCards'
import type {LanguageParams, SlugParams} from './params'

export type OrganisationListParams = LanguageParams

const details = `"aliases": coalesce(aliases, []), url, "urlBasis": urlBasis{${basisFields}}, "note": ${localized('note')},
  ${translation(`${fallback('title')}, ${fallback('note')}`)}`

export const organisationListQuery = defineQuery(
  `*[_type == "organisation"] | order(${byTitle}, _id asc) {_type, ${organisationCard}, ${details}}`,
)

export type OrganisationParams = LanguageParams & SlugParams

/** One organisation by slug, with what it awards and publishes (documents that name it). */
export const organisationQuery = defineQuery(`*[_type == "organisation" && slug.current == $slug][0]{
    _type, ${organisationCard}, ${details},
    "certifications": *[_type == "certification" && vendor._ref == ^._id] | order(${byTitle}, _id asc) {${certificationCard}},
    "degrees": *[_type == "degree" && awardingBody._ref == ^._id] | order(${byTitle}, _id asc) {${degreeCard}},
    "resources": *[_type == "resource" && publisher._ref == ^._id] | order(title asc, _id asc) {${resourceCard}}
  }`)

/**
 * Every organisation in one request, without `certifications`, `degrees` and
 * `resources`: `readAll()` derives them from the rows it already fetched.
 */
export const allOrganisationsQuery = defineQuery(`*[_type == "organisation"] | order(${byTitle}, _id asc) {_type, ${organisationCard}, ${details}}`)
