import {defineQuery} from 'groq'
import {basisFields, experienceField, fallback, fallbackIn, localized, localizedLines, roleCardFields, summary, trackCardFields, translation} from './shared'
import {certificationCard, degreeCard, resourceCard, skillCard, sources} from './linkedCards'
import type {LanguageParams, SlugParams} from './params'

// The role list's GROQ is in ./roleList.ts: listRoles() loads it without the detail's (test/size).

export type RoleParams = LanguageParams & SlugParams

/** One role by slug with what it takes and where it leads; `credentials` split into certifications and degrees. */
/** What the detail of one role holds: the projection of `roleQuery` and of `allRolesQuery`. */
const roleProjection = `{
    ${roleCardFields}, "aliases": coalesce(aliases, []), ${summary},
    "responsibilities": ${localizedLines('responsibilities')},
    "education": ${localized('education')},
    "track": track->{${trackCardFields}},
    ${experienceField},
    "skills": coalesce(skills[]{proficiency, "proficiencyBasis": proficiencyBasis{${basisFields}}, "skill": skill->{${skillCard}}}, []),
    "certifications": coalesce(credentials[@->_type == "certification"]->{${certificationCard}}, []),
    "degrees": coalesce(credentials[@->_type == "degree"]->{${degreeCard}}, []),
    "resources": coalesce(resources[]->{${resourceCard}}, []),
    "transitions": coalesce(transitions[]{
      kind, typicalYears, "typicalYearsBasis": typicalYearsBasis{${basisFields}},
      "conditions": ${localizedLines('conditions')},
      "advice": ${localized('advice')},
      "to": to->{${roleCardFields}}
    }, []),
    ${sources},
    ${translation(`${fallback('title')}, ${fallback('summary')}, ${fallbackIn('responsibilities', 'text', 'responsibilities')}, ${fallback('education')}, ${fallbackIn('transitions[].conditions[]', 'text', 'transitions[].conditions')}, ${fallbackIn('transitions', 'advice', 'transitions[].advice')}`)}
  }`

export const roleQuery = defineQuery(`*[_type == "role" && slug.current == $slug][0]${roleProjection}`)

/** Every role with its detail in one request (the bulk read: a bounded number of requests whatever the dataset's size). */
export const allRolesQuery = defineQuery(`*[_type == "role"] | order(seniority asc, rung asc, ${localized('title')} asc, _id asc) ${roleProjection}`)
