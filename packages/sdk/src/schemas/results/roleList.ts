import {array, string} from '../kit'
import {experience, roleCard, trackCard, translated} from '../cards'
import {text} from '../primitives'

// Apart from the detail (./roles.ts), so listRoles() loads this schema alone (test/size).
export const roleListItem = /* @__PURE__ */ roleCard.extend({aliases: array(string()), summary: text, track: trackCard, experience, ...translated(['title', 'summary'])})
