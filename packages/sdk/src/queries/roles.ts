import {defineQuery} from 'groq'
import {basis, certificationCard, degreeCard, fallback, fallbackIn, localized, localizedLines, resourceCard, roleCard, skillCard, sources, summary, trackCard, translation} from './fragments'
import type {LanguageParams, SlugParams} from './params'

export interface RoleListParams extends LanguageParams {
  /** Track slug, or null for every track. */
  track: string | null
  /** Rung on a ladder, or null for any (family roles have none). */
  rung: number | null
  /** Seniority 1 (entry) to 7 (executive), or null for any. */
  seniority: 1 | 2 | 3 | 4 | 5 | 6 | 7 | null
}

const experience = `"experience": experience{min, "max": coalesce(max, null), "basis": basis{${basis}}}`

/** Roles, least senior first, then by rung and title. */
export const roleListQuery = defineQuery(
  `*[_type == "role" && ($track == null || track->slug.current == $track) && ($rung == null || rung == $rung) && ($seniority == null || seniority == $seniority)]
    | order(seniority asc, rung asc, ${localized('title')} asc, _id asc) {
    ${roleCard}, "aliases": coalesce(aliases, []), ${summary}, "track": track->{${trackCard}}, ${experience},
    ${translation(`${fallback('title')}, ${fallback('summary')}`)}
  }`,
)

export type RoleParams = LanguageParams & SlugParams

/** One role by slug with what it takes and where it leads; `credentials` split into certifications and degrees. */
/** What the detail of one role holds: the projection of `roleQuery` and of `allRolesQuery`. */
const roleProjection = `{
    ${roleCard}, "aliases": coalesce(aliases, []), ${summary},
    "responsibilities": ${localizedLines('responsibilities')},
    "education": ${localized('education')},
    "track": track->{${trackCard}},
    ${experience},
    "skills": coalesce(skills[]{proficiency, "proficiencyBasis": proficiencyBasis{${basis}}, "skill": skill->{${skillCard}}}, []),
    "certifications": coalesce(credentials[@->_type == "certification"]->{${certificationCard}}, []),
    "degrees": coalesce(credentials[@->_type == "degree"]->{${degreeCard}}, []),
    "resources": coalesce(resources[]->{${resourceCard}}, []),
    "transitions": coalesce(transitions[]{
      kind, typicalYears, "typicalYearsBasis": typicalYearsBasis{${basis}},
      "conditions": ${localizedLines('conditions')},
      "advice": ${localized('advice')},
      "to": to->{${roleCard}}
    }, []),
    ${sources},
    ${translation(`${fallback('title')}, ${fallback('summary')}, ${fallbackIn('responsibilities', 'text', 'responsibilities')}, ${fallback('education')}, ${fallbackIn('transitions[].conditions[]', 'text', 'transitions[].conditions')}, ${fallbackIn('transitions', 'advice', 'transitions[].advice')}`)}
  }`

export const roleQuery = defineQuery(`*[_type == "role" && slug.current == $slug][0]${roleProjection}`)

/** Every role with its detail in one request (the bulk read: a bounded number of requests whatever the dataset's size). */
export const allRolesQuery = defineQuery(`*[_type == "role"] | order(seniority asc, rung asc, ${localized('title')} asc, _id asc) ${roleProjection}`)
