import {object} from '../shared'
import {degreeLevel} from '../../schemas/lists/credentials'
import {degreeDetail, degreeListItem, degreeRow} from '../../schemas/results/degrees'
import {allDegreesQuery, degreeListQuery, degreeQuery} from '../degrees'
import {careerQuery} from '../shared'
import {bySlug, language, languageOnly} from '../shared'

export const degreeList = /* @__PURE__ */ careerQuery({
  name: 'listDegrees',
  query: degreeListQuery,
  params: object({language, level: degreeLevel.nullable()}),
  defaults: {level: null},
  result: degreeListItem,
  list: true,
})
export const degree = /* @__PURE__ */ careerQuery({name: 'getDegree', query: degreeQuery, params: bySlug, result: degreeDetail, orNull: true})
export const allDegrees = /* @__PURE__ */ careerQuery({name: 'allDegrees', query: allDegreesQuery, params: languageOnly, result: degreeRow, list: true})
