import {organisationDetail, organisationListItem} from '../../schemas/results/organisations'
import {allOrganisationsQuery, organisationListQuery, organisationQuery} from '../organisations'
import {careerQuery} from '../shared'
import {bySlug, languageOnly} from '../shared'

export const organisationList = /* @__PURE__ */ careerQuery({name: 'listOrganisations', query: organisationListQuery, params: languageOnly, result: organisationListItem, list: true})
export const organisation = /* @__PURE__ */ careerQuery({name: 'getOrganisation', query: organisationQuery, params: bySlug, result: organisationDetail, orNull: true})
export const allOrganisations = /* @__PURE__ */ careerQuery({name: 'allOrganisations', query: allOrganisationsQuery, params: languageOnly, result: organisationListItem, list: true})
