import {array, literal, object, string} from '../kit'
import {fallbacksOf, roleCard} from '../cards'
import {sources} from '../linkedCards'
import {language} from '../lists/core'
import {blockContent} from '../blockContent'
import {slugString, text} from '../primitives'

const guideBase = /* @__PURE__ */ object({_id: string(), _type: literal('guide'), title: text, slug: slugString, summary: text, language, fallbacks: fallbacksOf(['title', 'summary', 'body']), roles: array(roleCard)})
export const guideListItem = guideBase
export const guideDetail = /* @__PURE__ */ guideBase.extend({body: blockContent, sources})
