import {defineQuery} from 'groq'
import {byTitle, fallback, roleCardFields, roleOrder, summary, trackCardFields, translation} from './shared'
import {sources} from './linkedCards'
import type {LanguageParams, SlugParams} from './params'

export type TrackListParams = LanguageParams

/**
 * Every track: ladders with their roles by rung, families with theirs by
 * seniority then title. Roles name their track (tracks hold no list), so the
 * roles are the ones that reference it.
 */
export const trackListQuery = defineQuery(
  `*[_type == "track"] | order(${byTitle}, _id asc) {
    ${trackCardFields}, ${summary}, ${translation(`${fallback('title')}, ${fallback('summary')}`)},
    "roles": *[_type == "role" && track._ref == ^._id] | order(${roleOrder}) {${roleCardFields}}
  }`,
)

export type TrackParams = LanguageParams & SlugParams

/** One track by slug, its roles (in the same order) with their next moves. */
export const trackQuery = defineQuery(`*[_type == "track" && slug.current == $slug][0]{
    ${trackCardFields}, ${summary}, ${translation(`${fallback('title')}, ${fallback('summary')}`)},
    "roles": *[_type == "role" && track._ref == ^._id] | order(${roleOrder}) {
      ${roleCardFields}, ${summary},
      "transitions": coalesce(transitions[]{kind, typicalYears, "to": to->{${roleCardFields}}}, [])
    },
    ${sources}
  }`)

/** Every track in one request, without `roles`: `readAll()` derives them from the roles it already fetched. */
export const allTracksQuery = defineQuery(`*[_type == "track"] | order(${byTitle}, _id asc) {${trackCardFields}, ${summary}, ${translation(`${fallback('title')}, ${fallback('summary')}`)}, ${sources}}`)
