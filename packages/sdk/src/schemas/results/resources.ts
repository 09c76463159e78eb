import {array, string} from '../../queries/shared'
import {fallbacksOf} from '../../queries/shared'
import {resourceCard, skillCard, sources} from '../linkedCards'
import {language} from '../../queries/shared'
import {text} from '../../queries/shared'

/** `language` is the language the material is written in; `fallbacks` says whether its summary fell back to English. */
export const resourceListItem = /* @__PURE__ */ resourceCard.extend({summary: text, authors: array(string()), topics: array(string()), language, fallbacks: fallbacksOf(['summary'])})
export const resourceDetail = /* @__PURE__ */ resourceListItem.extend({skills: array(skillCard), sources})
