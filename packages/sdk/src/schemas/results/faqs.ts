import {array, literal, object, string} from '../kit'
import {fallbacksOf, roleCard} from '../cards'
import {sources} from '../linkedCards'
import {language} from '../lists/core'
import {blockContent} from '../blockContent'
import {slugString, text} from '../primitives'

const faqBase = /* @__PURE__ */ object({_id: string(), _type: literal('faq'), question: text, slug: slugString, answer: blockContent, language, fallbacks: fallbacksOf(['question', 'answer']), roles: array(roleCard)})
export const faqListItem = faqBase
export const faqDetail = /* @__PURE__ */ faqBase.extend({sources})
