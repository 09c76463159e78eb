import {number, object} from '../../schemas/kit'
import {seniority} from '../../schemas/enums'
import {roleDetail, roleListItem} from '../../schemas/results/roles'
import {defineCareerQuery} from '../define'
import {allRolesQuery, roleListQuery, roleQuery} from '../roles'
import {bySlug, language, languageOnly, nullableString} from './params'

export const roleList = /* @__PURE__ */ defineCareerQuery({
  name: 'listRoles',
  query: roleListQuery,
  params: object({language, track: nullableString, rung: number().int().nullable(), seniority: seniority.nullable()}),
  defaults: {track: null, rung: null, seniority: null},
  result: roleListItem,
  list: true,
})
export const role = /* @__PURE__ */ defineCareerQuery({name: 'getRole', query: roleQuery, params: bySlug, result: roleDetail, orNull: true})
export const allRoles = /* @__PURE__ */ defineCareerQuery({name: 'allRoles', query: allRolesQuery, params: languageOnly, result: roleDetail, list: true})
