import {object} from '../shared'
import {certificationLevel, certificationStatus} from '../../schemas/lists/credentials'
import {certificationDetail, certificationListItem, certificationRow} from '../../schemas/results/certifications'
import {allCertificationsQuery, certificationListQuery, certificationQuery} from '../certifications'
import {careerQuery} from '../shared'
import {bySlug, language, languageOnly, nullableString} from '../shared'

export const certificationList = /* @__PURE__ */ careerQuery({
  name: 'listCertifications',
  query: certificationListQuery,
  params: object({language, vendor: nullableString, level: certificationLevel.nullable(), status: certificationStatus.nullable()}),
  defaults: {vendor: null, level: null, status: null},
  result: certificationListItem,
  list: true,
})
export const certification = /* @__PURE__ */ careerQuery({name: 'getCertification', query: certificationQuery, params: bySlug, result: certificationDetail, orNull: true})
export const allCertifications = /* @__PURE__ */ careerQuery({name: 'allCertifications', query: allCertificationsQuery, params: languageOnly, result: certificationRow, list: true})
