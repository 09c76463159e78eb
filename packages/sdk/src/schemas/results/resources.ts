import {array, string} from '../kit'
import {resourceCard, skillCard, sources} from '../cards'
import {language} from '../enums'
import {text} from '../primitives'

/** `language` is the language the material is written in. */
export const resourceListItem = /* @__PURE__ */ resourceCard.extend({summary: text, authors: array(string()), topics: array(string()), language})
export const resourceDetail = /* @__PURE__ */ resourceListItem.extend({skills: array(skillCard), sources})
