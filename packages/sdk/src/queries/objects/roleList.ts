import {seniority} from '../shared'
import {number, object} from '../shared'
import {roleListItem} from '../../schemas/results/roleList'
import {roleListQuery} from '../roleList'
import {careerQuery} from '../shared'
import {language, nullableString} from '../shared'

export const roleList = /* @__PURE__ */ careerQuery({
  name: 'listRoles',
  query: roleListQuery,
  params: object({language, track: nullableString, rung: number().int().nullable(), seniority: seniority.nullable()}),
  defaults: {track: null, rung: null, seniority: null},
  result: roleListItem,
  list: true,
})
