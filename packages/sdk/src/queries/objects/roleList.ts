import {seniority} from '../../schemas/lists/core'
import {number, object} from '../../schemas/kit'
import {roleListItem} from '../../schemas/results/roleList'
import {roleListQuery} from '../roleList'
import {careerQuery} from './query'
import {language, nullableString} from './params'

export const roleList = /* @__PURE__ */ careerQuery({
  name: 'listRoles',
  query: roleListQuery,
  params: object({language, track: nullableString, rung: number().int().nullable(), seniority: seniority.nullable()}),
  defaults: {track: null, rung: null, seniority: null},
  result: roleListItem,
  list: true,
})
