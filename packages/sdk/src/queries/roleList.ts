import {defineQuery} from 'groq'
import {experienceField, fallback, localized, roleCardFields, summary, trackCardFields, translation} from './shared'
import type {LanguageParams} from './params'

export interface RoleListParams extends LanguageParams {
  /** Track slug, or null for every track. */
  track: string | null
  /** Rung on a ladder, or null for any (family roles have none). */
  rung: number | null
  /** Seniority 1 (entry) to 7 (executive), or null for any. */
  seniority: 1 | 2 | 3 | 4 | 5 | 6 | 7 | null
}

/** Roles, least senior first, then by rung and title. */
export const roleListQuery = defineQuery(
  `*[_type == "role" && ($track == null || track->slug.current == $track) && ($rung == null || rung == $rung) && ($seniority == null || seniority == $seniority)]
    | order(seniority asc, rung asc, ${localized('title')} asc, _id asc) {
    ${roleCardFields}, "aliases": coalesce(aliases, []), ${summary}, "track": track->{${trackCardFields}}, ${experienceField},
    ${translation(`${fallback('title')}, ${fallback('summary')}`)}
  }`,
)
