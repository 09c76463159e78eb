import {array, literal, string} from '../kit'
import {basis, certificationCard, degreeCard, organisationCard, resourceCard, translated} from '../cards'
import {httpUrl} from '../primitives'

export const organisationListItem = /* @__PURE__ */ organisationCard.extend({
  _type: literal('organisation'),
  aliases: array(string()),
  url: httpUrl.nullable(),
  urlBasis: basis.nullable(),
  note: string().nullable(),
  ...translated(['title', 'note']),
})
export const organisationDetail = /* @__PURE__ */ organisationListItem.extend({
  certifications: array(certificationCard),
  degrees: array(degreeCard),
  resources: array(resourceCard),
})
