import {array} from '../../queries/shared'
import {basis, roleCard, translated} from '../../queries/shared'
import {certificationCard, skillCard, sources} from '../linkedCards'
import {httpUrl, isoDate} from '../formats'
import {text} from '../../queries/shared'

export const certificationListItem = /* @__PURE__ */ certificationCard.extend({url: httpUrl.nullable(), urlBasis: basis.nullable(), summary: text, ...translated(['title', 'summary'])})
const certificationFields = {retiredOn: isoDate.nullable(), skills: array(skillCard), successor: certificationCard.nullable()}
export const certificationDetail = /* @__PURE__ */ certificationListItem.extend({...certificationFields, roles: array(roleCard), sources})
/** A row of the bulk read (`allCertifications`): the detail without `roles`. */
export const certificationRow = /* @__PURE__ */ certificationListItem.extend({...certificationFields, sources})
