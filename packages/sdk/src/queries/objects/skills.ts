import {object} from '../../schemas/kit'
import {skillCategory} from '../../schemas/lists/skills'
import {skillDetail, skillListItem, skillRow} from '../../schemas/results/skills'
import {defineCareerQuery} from '../define'
import {allSkillsQuery, skillListQuery, skillQuery} from '../skills'
import {bySlug, language, languageOnly} from './params'

export const skillList = /* @__PURE__ */ defineCareerQuery({
  name: 'listSkills',
  query: skillListQuery,
  params: object({language, category: skillCategory.nullable()}),
  defaults: {category: null},
  result: skillListItem,
  list: true,
})
export const skill = /* @__PURE__ */ defineCareerQuery({name: 'getSkill', query: skillQuery, params: bySlug, result: skillDetail, orNull: true})
export const allSkills = /* @__PURE__ */ defineCareerQuery({name: 'allSkills', query: allSkillsQuery, params: languageOnly, result: skillRow, list: true})
