import {object} from '../../schemas/kit'
import {certificationLevel, certificationStatus} from '../../schemas/lists/credentials'
import {certificationDetail, certificationListItem, certificationRow} from '../../schemas/results/certifications'
import {allCertificationsQuery, certificationListQuery, certificationQuery} from '../certifications'
import {defineCareerQuery} from '../define'
import {bySlug, language, languageOnly, nullableString} from './params'

export const certificationList = /* @__PURE__ */ defineCareerQuery({
  name: 'listCertifications',
  query: certificationListQuery,
  params: object({language, vendor: nullableString, level: certificationLevel.nullable(), status: certificationStatus.nullable()}),
  defaults: {vendor: null, level: null, status: null},
  result: certificationListItem,
  list: true,
})
export const certification = /* @__PURE__ */ defineCareerQuery({name: 'getCertification', query: certificationQuery, params: bySlug, result: certificationDetail, orNull: true})
export const allCertifications = /* @__PURE__ */ defineCareerQuery({name: 'allCertifications', query: allCertificationsQuery, params: languageOnly, result: certificationRow, list: true})
