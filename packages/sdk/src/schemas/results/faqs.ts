import {array, literal, object, string} from '../../queries/shared'
import {fallbacksOf, roleCard} from '../../queries/shared'
import {sources} from '../linkedCards'
import {language} from '../../queries/shared'
import {blockContent} from '../blockContent'
import {slugString, text} from '../../queries/shared'

const faqBase = /* @__PURE__ */ object({_id: string(), _type: literal('faq'), question: text, slug: slugString, answer: blockContent, language, fallbacks: fallbacksOf(['question', 'answer']), roles: array(roleCard)})
export const faqListItem = faqBase
export const faqDetail = /* @__PURE__ */ faqBase.extend({sources})
