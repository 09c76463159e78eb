import {object} from '../../schemas/kit'
import {faqDetail, faqListItem} from '../../schemas/results/faqs'
import {defineCareerQuery} from '../define'
import {allFaqsQuery, faqListQuery, faqQuery} from '../faqs'
import {bySlug, language, languageOnly, nullableString} from './params'

export const faqList = /* @__PURE__ */ defineCareerQuery({
  name: 'listFaqs',
  query: faqListQuery,
  params: object({language, role: nullableString}),
  defaults: {role: null},
  result: faqListItem,
  list: true,
})
export const faq = /* @__PURE__ */ defineCareerQuery({name: 'getFaq', query: faqQuery, params: bySlug, result: faqDetail, orNull: true})
export const allFaqs = /* @__PURE__ */ defineCareerQuery({name: 'allFaqs', query: allFaqsQuery, params: languageOnly, result: faqDetail, list: true})
