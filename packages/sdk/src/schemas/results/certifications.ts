import {array} from '../kit'
import {basis, certificationCard, roleCard, skillCard, sources} from '../cards'
import {httpUrl, isoDate, text} from '../primitives'

export const certificationListItem = /* @__PURE__ */ certificationCard.extend({url: httpUrl.nullable(), urlBasis: basis.nullable(), summary: text})
export const certificationDetail = /* @__PURE__ */ certificationListItem.extend({
  retiredOn: isoDate.nullable(),
  skills: array(skillCard),
  successor: certificationCard.nullable(),
  roles: array(roleCard),
  sources,
})
