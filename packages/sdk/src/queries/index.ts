/**
 * The GROQ queries the client runs, declared with `defineQuery` so Sanity
 * TypeGen types them, with their parameter types and TypeGen result types.
 * Use them with your own @sanity/client (`client.fetch(roleQuery, {language: 'en', slug})`).
 *
 * @packageDocumentation
 */
export {
  certificationListQuery,
  certificationQuery,
  type CertificationListParams,
  type CertificationParams,
} from './certifications'
export {
  curriculumDocumentsQuery,
  graphDocumentsQuery,
  lookupKeysQuery,
  type LookupKeysParams,
} from './documents'
export {degreeListQuery, degreeQuery, type DegreeListParams, type DegreeParams} from './degrees'
export {faqListQuery, faqQuery, type FaqListParams, type FaqParams} from './faqs'
export {guideListQuery, guideQuery, type GuideListParams, type GuideParams} from './guides'
export {
  learningPathListQuery,
  learningPathQuery,
  type LearningPathListParams,
  type LearningPathParams,
} from './learningPaths'
export {
  organisationListQuery,
  organisationQuery,
  type OrganisationListParams,
  type OrganisationParams,
} from './organisations'
export type {LanguageParams, SlugParams} from './params'
export {resourceListQuery, resourceQuery, type ResourceListParams, type ResourceParams} from './resources'
export {roleListQuery, roleQuery, type RoleListParams, type RoleParams} from './roles'
export {SEARCH_MAX_HITS, searchQuery, type SearchableType, type SearchParams} from './search'
export {skillListQuery, skillQuery, type SkillListParams, type SkillParams} from './skills'
export {trackListQuery, trackQuery, type TrackListParams, type TrackParams} from './tracks'
// TypeGen's output is public as a whole (document types and every query's result type), so it is
// re-exported wholesale: a new query's result type appears here without editing this list.
export type * from '../generated/sanity.types'
