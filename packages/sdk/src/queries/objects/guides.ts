import {object} from '../shared'
import {guideDetail, guideListItem} from '../../schemas/results/guides'
import {allGuidesQuery, guideListQuery, guideQuery} from '../guides'
import {careerQuery} from '../shared'
import {bySlug, language, languageOnly, nullableString} from '../shared'

export const guideList = /* @__PURE__ */ careerQuery({
  name: 'listGuides',
  query: guideListQuery,
  params: object({language, role: nullableString}),
  defaults: {role: null},
  result: guideListItem,
  list: true,
})
export const guide = /* @__PURE__ */ careerQuery({name: 'getGuide', query: guideQuery, params: bySlug, result: guideDetail, orNull: true})
export const allGuides = /* @__PURE__ */ careerQuery({name: 'allGuides', query: allGuidesQuery, params: languageOnly, result: guideDetail, list: true})
