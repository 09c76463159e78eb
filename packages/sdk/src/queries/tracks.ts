import {defineQuery} from 'groq'
import {roleCard, sources, trackCard} from './fragments'
import type {LanguageParams, SlugParams} from './params'

export type TrackListParams = LanguageParams

/** Every track (ladder), with its roles in ladder order. */
export const trackListQuery = defineQuery(
  `*[_type == "track" && language == $language] | order(title asc, _id asc) {${trackCard}, summary, "roles": roles[]->{${roleCard}}}`,
)

export type TrackParams = LanguageParams & SlugParams

/** One track by slug, its roles with their next moves. */
export const trackQuery = defineQuery(
  `*[_type == "track" && language == $language && slug.current == $slug][0]{
    ${trackCard}, summary,
    "roles": roles[]->{${roleCard}, summary, "transitions": coalesce(transitions[]{kind, typicalYears, "to": to->{${roleCard}}}, [])},
    ${sources}
  }`,
)
