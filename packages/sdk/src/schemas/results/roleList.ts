import {roleCard, roleFields, translated} from '../../queries/shared'

// Apart from the detail (./roles.ts), so listRoles() loads this schema alone (test/size).
export const roleListItem = /* @__PURE__ */ roleCard.extend({...roleFields, ...translated(['title', 'summary'])})
