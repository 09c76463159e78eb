import {array} from '../../queries/shared'
import {roleCard, translated} from '../../queries/shared'
import {degreeCard, organisationCard, skillCard, sources} from '../linkedCards'
import {text} from '../../queries/shared'

export const degreeListItem = /* @__PURE__ */ degreeCard.extend({summary: text, ...translated(['title', 'summary']), awardingBody: organisationCard.nullable()})
export const degreeDetail = /* @__PURE__ */ degreeListItem.extend({skills: array(skillCard), roles: array(roleCard), sources})
/** A row of the bulk read (`allDegrees`): the detail without `roles`. */
export const degreeRow = /* @__PURE__ */ degreeListItem.extend({skills: array(skillCard), sources})
