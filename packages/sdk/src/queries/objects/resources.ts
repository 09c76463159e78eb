import {object} from '../shared'
import {resourceCost, resourceKind} from '../../schemas/lists/resources'
import {resourceDetail, resourceListItem} from '../../schemas/results/resources'
import {allResourcesQuery, resourceListQuery, resourceQuery} from '../resources'
import {careerQuery} from '../shared'
import {language, languageOnly, nullableString, slug} from '../shared'

export const resourceList = /* @__PURE__ */ careerQuery({
  name: 'listResources',
  query: resourceListQuery,
  params: object({language, kind: resourceKind.nullable(), cost: resourceCost.nullable(), topic: nullableString}),
  defaults: {kind: null, cost: null, topic: null},
  result: resourceListItem,
  list: true,
})
export const resource = /* @__PURE__ */ careerQuery({name: 'getResource', query: resourceQuery, params: object({language, id: slug}), result: resourceDetail, orNull: true})
export const allResources = /* @__PURE__ */ careerQuery({name: 'allResources', query: allResourcesQuery, params: languageOnly, result: resourceDetail, list: true})
