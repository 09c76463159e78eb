import {organisationDetail, organisationListItem} from '../../schemas/results/organisations'
import {defineCareerQuery} from '../define'
import {allOrganisationsQuery, organisationListQuery, organisationQuery} from '../organisations'
import {bySlug, languageOnly} from './params'

export const organisationList = /* @__PURE__ */ defineCareerQuery({name: 'listOrganisations', query: organisationListQuery, params: languageOnly, result: organisationListItem, list: true})
export const organisation = /* @__PURE__ */ defineCareerQuery({name: 'getOrganisation', query: organisationQuery, params: bySlug, result: organisationDetail, orNull: true})
export const allOrganisations = /* @__PURE__ */ defineCareerQuery({name: 'allOrganisations', query: allOrganisationsQuery, params: languageOnly, result: organisationListItem, list: true})
