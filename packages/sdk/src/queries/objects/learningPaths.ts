import {learningPathDetail, learningPathListItem} from '../../schemas/results/learningPaths'
import {defineCareerQuery} from '../define'
import {allLearningPathsQuery, learningPathListQuery, learningPathQuery} from '../learningPaths'
import {bySlug, languageOnly} from './params'

export const learningPathList = /* @__PURE__ */ defineCareerQuery({name: 'listLearningPaths', query: learningPathListQuery, params: languageOnly, result: learningPathListItem, list: true})
export const learningPath = /* @__PURE__ */ defineCareerQuery({name: 'getLearningPath', query: learningPathQuery, params: bySlug, result: learningPathDetail, orNull: true})
export const allLearningPaths = /* @__PURE__ */ defineCareerQuery({name: 'allLearningPaths', query: allLearningPathsQuery, params: languageOnly, result: learningPathDetail, list: true})
