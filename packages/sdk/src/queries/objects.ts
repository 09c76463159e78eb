import * as s from '../schemas/reads'
import {array, number, object, oneOf, string} from '../schemas/kit'
import * as certifications from './certifications'
import * as degrees from './degrees'
import {defineCareerQuery} from './define'
import * as faqs from './faqs'
import * as guides from './guides'
import * as learningPaths from './learningPaths'
import * as organisations from './organisations'
import * as resources from './resources'
import * as roles from './roles'
import * as search from './search'
import * as skills from './skills'
import * as tracks from './tracks'

const q = {...certifications, ...degrees, ...faqs, ...guides, ...learningPaths, ...organisations, ...resources, ...roles, ...search, ...skills, ...tracks}

/**
 * Every query the client runs, as a {@link defineCareerQuery} object: the GROQ,
 * its parameters (checked before the request) and its result schema. Run any
 * of them yourself with `client.run(queries.roleList, {track: 'it-support'})`.
 * `queries.test-d.ts` proves each result type equal to TypeGen's.
 */
const language = string().min(2)
const slug = string().min(1)
const nullableString = string().nullable()
const bySlug = object({language, slug})
const any = {track: null, rung: null, seniority: null}

export const queries = {
  trackList: defineCareerQuery({name: 'listTracks', query: q.trackListQuery, params: object({language}), result: s.trackListItem, list: true}),
  track: defineCareerQuery({name: 'getTrack', query: q.trackQuery, params: bySlug, result: s.trackDetail, orNull: true}),
  roleList: defineCareerQuery({
    name: 'listRoles',
    query: q.roleListQuery,
    params: object({language, track: nullableString, rung: number().int().nullable(), seniority: s.seniority.nullable()}),
    defaults: any,
    result: s.roleListItem,
    list: true,
  }),
  role: defineCareerQuery({name: 'getRole', query: q.roleQuery, params: bySlug, result: s.roleDetail, orNull: true}),
  skillList: defineCareerQuery({name: 'listSkills', query: q.skillListQuery, params: object({language, category: s.skillCategory.nullable()}), defaults: {category: null}, result: s.skillListItem, list: true}),
  skill: defineCareerQuery({name: 'getSkill', query: q.skillQuery, params: bySlug, result: s.skillDetail, orNull: true}),
  certificationList: defineCareerQuery({
    name: 'listCertifications',
    query: q.certificationListQuery,
    params: object({language, vendor: nullableString, level: s.certificationLevel.nullable(), status: s.certificationStatus.nullable()}),
    defaults: {vendor: null, level: null, status: null},
    result: s.certificationListItem,
    list: true,
  }),
  certification: defineCareerQuery({name: 'getCertification', query: q.certificationQuery, params: bySlug, result: s.certificationDetail, orNull: true}),
  degreeList: defineCareerQuery({name: 'listDegrees', query: q.degreeListQuery, params: object({language, level: s.degreeLevel.nullable()}), defaults: {level: null}, result: s.degreeListItem, list: true}),
  degree: defineCareerQuery({name: 'getDegree', query: q.degreeQuery, params: bySlug, result: s.degreeDetail, orNull: true}),
  organisationList: defineCareerQuery({name: 'listOrganisations', query: q.organisationListQuery, params: object({language}), result: s.organisationListItem, list: true}),
  organisation: defineCareerQuery({name: 'getOrganisation', query: q.organisationQuery, params: bySlug, result: s.organisationDetail, orNull: true}),
  resourceList: defineCareerQuery({
    name: 'listResources',
    query: q.resourceListQuery,
    params: object({language, kind: s.resourceKind.nullable(), cost: s.resourceCost.nullable(), topic: nullableString}),
    defaults: {kind: null, cost: null, topic: null},
    result: s.resourceListItem,
    list: true,
  }),
  resource: defineCareerQuery({name: 'getResource', query: q.resourceQuery, params: object({language, id: slug}), result: s.resourceDetail, orNull: true}),
  learningPathList: defineCareerQuery({name: 'listLearningPaths', query: q.learningPathListQuery, params: object({language}), result: s.learningPathListItem, list: true}),
  learningPath: defineCareerQuery({name: 'getLearningPath', query: q.learningPathQuery, params: bySlug, result: s.learningPathDetail, orNull: true}),
  faqList: defineCareerQuery({name: 'listFaqs', query: q.faqListQuery, params: object({language, role: nullableString}), defaults: {role: null}, result: s.faqListItem, list: true}),
  faq: defineCareerQuery({name: 'getFaq', query: q.faqQuery, params: bySlug, result: s.faqDetail, orNull: true}),
  guideList: defineCareerQuery({name: 'listGuides', query: q.guideListQuery, params: object({language, role: nullableString}), defaults: {role: null}, result: s.guideListItem, list: true}),
  guide: defineCareerQuery({name: 'getGuide', query: q.guideQuery, params: bySlug, result: s.guideDetail, orNull: true}),
  search: defineCareerQuery({
    name: 'search',
    query: q.searchQuery,
    params: object({language, terms: array(string().min(2)).min(1), types: array(oneOf(q.SEARCHABLE_TYPES)).min(1), limit: number().int().min(1).max(q.SEARCH_MAX_HITS)}),
    defaults: {limit: 20},
    result: s.searchHit,
    list: true,
  }),
  // The bulk read: every type's details, one request each.
  allTracks: defineCareerQuery({name: 'allTracks', query: q.allTracksQuery, params: object({language}), result: s.trackDetail, list: true}),
  allRoles: defineCareerQuery({name: 'allRoles', query: q.allRolesQuery, params: object({language}), result: s.roleDetail, list: true}),
  allSkills: defineCareerQuery({name: 'allSkills', query: q.allSkillsQuery, params: object({language}), result: s.skillDetail, list: true}),
  allCertifications: defineCareerQuery({name: 'allCertifications', query: q.allCertificationsQuery, params: object({language}), result: s.certificationDetail, list: true}),
  allDegrees: defineCareerQuery({name: 'allDegrees', query: q.allDegreesQuery, params: object({language}), result: s.degreeDetail, list: true}),
  allOrganisations: defineCareerQuery({name: 'allOrganisations', query: q.allOrganisationsQuery, params: object({language}), result: s.organisationDetail, list: true}),
  allResources: defineCareerQuery({name: 'allResources', query: q.allResourcesQuery, params: object({language}), result: s.resourceDetail, list: true}),
  allLearningPaths: defineCareerQuery({name: 'allLearningPaths', query: q.allLearningPathsQuery, params: object({language}), result: s.learningPathDetail, list: true}),
  allFaqs: defineCareerQuery({name: 'allFaqs', query: q.allFaqsQuery, params: object({language}), result: s.faqDetail, list: true}),
  allGuides: defineCareerQuery({name: 'allGuides', query: q.allGuidesQuery, params: object({language}), result: s.guideDetail, list: true}),
}
