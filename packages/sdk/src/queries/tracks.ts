import {defineQuery} from 'groq'
import {byTitle, roleCard, roleOrder, sources, summary, trackCard} from './fragments'
import type {LanguageParams, SlugParams} from './params'

export type TrackListParams = LanguageParams

/**
 * Every track: ladders with their roles by rung, families with theirs by
 * seniority then title. Roles name their track (tracks hold no list), so the
 * roles are the ones that reference it.
 */
export const trackListQuery = defineQuery(
  `*[_type == "track"] | order(${byTitle}, _id asc) {
    ${trackCard}, ${summary},
    "roles": *[_type == "role" && track._ref == ^._id] | order(${roleOrder}) {${roleCard}}
  }`,
)

export type TrackParams = LanguageParams & SlugParams

/** One track by slug, its roles (in the same order) with their next moves. */
/** What the detail of one track holds: the projection of `trackQuery` and of `allTracksQuery`. */
const trackProjection = `{
    ${trackCard}, ${summary},
    "roles": *[_type == "role" && track._ref == ^._id] | order(${roleOrder}) {
      ${roleCard}, ${summary},
      "transitions": coalesce(transitions[]{kind, typicalYears, "to": to->{${roleCard}}}, [])
    },
    ${sources}
  }`

export const trackQuery = defineQuery(`*[_type == "track" && slug.current == $slug][0]${trackProjection}`)

/** Every track with its detail in one request (the bulk read: a bounded number of requests whatever the dataset's size). */
export const allTracksQuery = defineQuery(`*[_type == "track"] | order(${byTitle}, _id asc) ${trackProjection}`)
