import {array, literal, string} from '../../queries/shared'
import {basis, translated} from '../../queries/shared'
import {certificationCard, degreeCard, organisationCard, resourceCard} from '../linkedCards'
import {httpUrl} from '../formats'

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
