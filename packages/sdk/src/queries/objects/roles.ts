import {roleDetail} from '../../schemas/results/roles'
import {allRolesQuery, roleQuery} from '../roles'
import {careerQuery} from '../shared'
import {bySlug, languageOnly} from '../shared'

// `roleList` is in ./roleList.ts: listRoles() loads it without the detail queries and schema (test/size).

export const role = /* @__PURE__ */ careerQuery({name: 'getRole', query: roleQuery, params: bySlug, result: roleDetail, orNull: true})
export const allRoles = /* @__PURE__ */ careerQuery({name: 'allRoles', query: allRolesQuery, params: languageOnly, result: roleDetail, list: true})
