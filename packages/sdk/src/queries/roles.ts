import {defineQuery} from 'groq'
import {basis, experience, fallback, fallbackIn, localized, localizedLines, roleCard, summary, trackCard, translation} from './fragments'
import {certificationCard, degreeCard, resourceCard, skillCard, sources} from './linkedCards'
import type {LanguageParams, SlugParams} from './params'

// The role list's GROQ is in ./roleList.ts: listRoles() loads it without the detail's (test/size).

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
