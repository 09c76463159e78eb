import {array} from '../../queries/shared'
import {roleCard, translated} from '../../queries/shared'
import {certificationCard, degreeCard, resourceCard, skillCard, sources} from '../linkedCards'
import {text} from '../../queries/shared'

export const skillListItem = /* @__PURE__ */ skillCard.extend({description: text, ...translated(['title', 'description'])})
export const skillDetail = /* @__PURE__ */ skillListItem.extend({
  roles: array(roleCard),
  certifications: array(certificationCard),
  degrees: array(degreeCard),
  resources: array(resourceCard),
  sources,
})
/** A row of the bulk read (`allSkills`): the detail without what references the skill. */
export const skillRow = /* @__PURE__ */ skillListItem.extend({sources})
