import {array, literal, object, string} from '../../queries/shared'
import {fallbacksOf, roleCard} from '../../queries/shared'
import {sources} from '../linkedCards'
import {language} from '../../queries/shared'
import {blockContent} from '../blockContent'
import {slugString, text} from '../../queries/shared'

const guideBase = /* @__PURE__ */ object({_id: string(), _type: literal('guide'), title: text, slug: slugString, summary: text, language, fallbacks: fallbacksOf(['title', 'summary', 'body']), roles: array(roleCard)})
export const guideListItem = guideBase
export const guideDetail = /* @__PURE__ */ guideBase.extend({body: blockContent, sources})
