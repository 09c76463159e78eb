import {learningPathDetail, learningPathListItem} from '../../schemas/results/learningPaths'
import {allLearningPathsQuery, learningPathListQuery, learningPathQuery} from '../learningPaths'
import {careerQuery} from '../shared'
import {bySlug, languageOnly} from '../shared'

export const learningPathList = /* @__PURE__ */ careerQuery({name: 'listLearningPaths', query: learningPathListQuery, params: languageOnly, result: learningPathListItem, list: true})
export const learningPath = /* @__PURE__ */ careerQuery({name: 'getLearningPath', query: learningPathQuery, params: bySlug, result: learningPathDetail, orNull: true})
export const allLearningPaths = /* @__PURE__ */ careerQuery({name: 'allLearningPaths', query: allLearningPathsQuery, params: languageOnly, result: learningPathDetail, list: true})
