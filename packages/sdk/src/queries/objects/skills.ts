import {object} from '../shared'
import {skillCategory} from '../../schemas/lists/skills'
import {skillDetail, skillListItem, skillRow} from '../../schemas/results/skills'
import {allSkillsQuery, skillListQuery, skillQuery} from '../skills'
import {careerQuery} from '../shared'
import {bySlug, language, languageOnly} from '../shared'

export const skillList = /* @__PURE__ */ careerQuery({
  name: 'listSkills',
  query: skillListQuery,
  params: object({language, category: skillCategory.nullable()}),
  defaults: {category: null},
  result: skillListItem,
  list: true,
})
export const skill = /* @__PURE__ */ careerQuery({name: 'getSkill', query: skillQuery, params: bySlug, result: skillDetail, orNull: true})
export const allSkills = /* @__PURE__ */ careerQuery({name: 'allSkills', query: allSkillsQuery, params: languageOnly, result: skillRow, list: true})
