import {array, object, string} from '../kit'
import {basis, certificationCard, degreeCard, experience, resourceCard, roleCard, skillCard, sources, trackCard, transitionCard, translated} from '../cards'
import {proficiency} from '../enums'
import {text} from '../primitives'

export const roleListItem = /* @__PURE__ */ roleCard.extend({aliases: array(string()), summary: text, track: trackCard, experience, ...translated(['title', 'summary'])})
export const roleDetail = /* @__PURE__ */ roleListItem.extend({
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
