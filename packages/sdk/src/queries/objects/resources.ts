import {object} from '../../schemas/kit'
import {resourceCost, resourceKind} from '../../schemas/lists/resources'
import {resourceDetail, resourceListItem} from '../../schemas/results/resources'
import {defineCareerQuery} from '../define'
import {allResourcesQuery, resourceListQuery, resourceQuery} from '../resources'
import {language, languageOnly, nullableString, slug} from './params'

export const resourceList = /* @__PURE__ */ defineCareerQuery({
  name: 'listResources',
  query: resourceListQuery,
  params: object({language, kind: resourceKind.nullable(), cost: resourceCost.nullable(), topic: nullableString}),
  defaults: {kind: null, cost: null, topic: null},
  result: resourceListItem,
  list: true,
})
export const resource = /* @__PURE__ */ defineCareerQuery({name: 'getResource', query: resourceQuery, params: object({language, id: slug}), result: resourceDetail, orNull: true})
export const allResources = /* @__PURE__ */ defineCareerQuery({name: 'allResources', query: allResourcesQuery, params: languageOnly, result: resourceDetail, list: true})
