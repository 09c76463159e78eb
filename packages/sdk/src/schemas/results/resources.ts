import {array, string} from '../kit'
import {fallbacksOf} from '../cards'
import {resourceCard, skillCard, sources} from '../linkedCards'
import {language} from '../lists/core'
import {text} from '../primitives'

/** `language` is the language the material is written in; `fallbacks` says whether its summary fell back to English. */
export const resourceListItem = /* @__PURE__ */ resourceCard.extend({summary: text, authors: array(string()), topics: array(string()), language, fallbacks: fallbacksOf(['summary'])})
export const resourceDetail = /* @__PURE__ */ resourceListItem.extend({skills: array(skillCard), sources})
