import {array, object, string} from '../../queries/shared'
import {basis, roleCard, roleFields, transitionCard, translated} from '../../queries/shared'
import {certificationCard, degreeCard, resourceCard, skillCard, sources} from '../linkedCards'
import {proficiency} from '../lists/skills'
import {text} from '../../queries/shared'

export const roleDetail = /* @__PURE__ */ roleCard.extend({
  ...roleFields,
  responsibilities: array(text),
  education: string().nullable(),
  skills: array(object({proficiency, proficiencyBasis: basis.nullable(), skill: skillCard})),
  certifications: array(certificationCard),
  degrees: array(degreeCard),
  resources: array(resourceCard),
  transitions: array(
    transitionCard.extend({typicalYearsBasis: basis.nullable(), conditions: array(text), advice: string().nullable()}),
  ),
  sources,
  ...translated(['title', 'summary', 'responsibilities', 'education', 'transitions[].conditions', 'transitions[].advice']),
})
