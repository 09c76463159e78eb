import {defineQuery} from 'groq'
import {certificationCard, resourceCard, roleCard, skillCard, sources, trackCard} from './fragments'
import type {LanguageParams, SlugParams} from './params'

export interface RoleListParams extends LanguageParams {
  /** Track slug, or null for every track. */
  track: string | null
  /** Ladder level, or null for every level. */
  level: number | null
}

/** Roles, lowest level first. */
export const roleListQuery = defineQuery(
  `*[_type == "role" && language == $language && ($track == null || track->slug.current == $track) && ($level == null || level == $level)]
    | order(level asc, title asc, _id asc) {
    ${roleCard}, "aliases": coalesce(aliases, []), summary, "track": track->{${trackCard}}, experience{min, max}
  }`,
)

export type RoleParams = LanguageParams & SlugParams

/** One role by slug with what it takes and where it leads. */
export const roleQuery = defineQuery(
  `*[_type == "role" && language == $language && slug.current == $slug][0]{
    ${roleCard}, "aliases": coalesce(aliases, []), summary, responsibilities, education,
    "track": track->{${trackCard}},
    experience{min, max},
    "skills": coalesce(skills[]{proficiency, "skill": skill->{${skillCard}}}, []),
    "certifications": coalesce(certifications[]->{${certificationCard}}, []),
    "resources": coalesce(resources[]->{${resourceCard}}, []),
    "transitions": coalesce(transitions[]{kind, typicalYears, "conditions": coalesce(conditions, []), "to": to->{${roleCard}}}, []),
    ${sources}
  }`,
)
