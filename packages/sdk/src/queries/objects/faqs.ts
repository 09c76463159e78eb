import {object} from '../shared'
import {faqDetail, faqListItem} from '../../schemas/results/faqs'
import {allFaqsQuery, faqListQuery, faqQuery} from '../faqs'
import {careerQuery} from '../shared'
import {bySlug, language, languageOnly, nullableString} from '../shared'

export const faqList = /* @__PURE__ */ careerQuery({
  name: 'listFaqs',
  query: faqListQuery,
  params: object({language, role: nullableString}),
  defaults: {role: null},
  result: faqListItem,
  list: true,
})
export const faq = /* @__PURE__ */ careerQuery({name: 'getFaq', query: faqQuery, params: bySlug, result: faqDetail, orNull: true})
export const allFaqs = /* @__PURE__ */ careerQuery({name: 'allFaqs', query: allFaqsQuery, params: languageOnly, result: faqDetail, list: true})
