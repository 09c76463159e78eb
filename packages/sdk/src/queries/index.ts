/**
 * The GROQ queries the client runs, declared with `defineQuery` so Sanity
 * TypeGen types them, with their parameter types and the result types the SDK
 * promises; `queries` holds each as a query object (GROQ, checked parameters,
 * result schema) for `client.run`, and `defineCareerQuery` declares your own.
 * The strings also work with your own @sanity/client
 * (`client.fetch(roleQuery, {language: 'en', slug})`).
 *
 * @packageDocumentation
 */
export {
  allCertificationsQuery,
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
export {allDegreesQuery, degreeListQuery, degreeQuery, type DegreeListParams, type DegreeParams} from './degrees'
export {allFaqsQuery, faqListQuery, faqQuery, type FaqListParams, type FaqParams} from './faqs'
export {allGuidesQuery, guideListQuery, guideQuery, type GuideListParams, type GuideParams} from './guides'
export {
  allLearningPathsQuery,
  learningPathListQuery,
  learningPathQuery,
  type LearningPathListParams,
  type LearningPathParams,
} from './learningPaths'
export {
  allOrganisationsQuery,
  organisationListQuery,
  organisationQuery,
  type OrganisationListParams,
  type OrganisationParams,
} from './organisations'
export type {LanguageParams, SlugParams} from './params'
export {allResourcesQuery, resourceListQuery, resourceQuery, type ResourceListParams, type ResourceParams} from './resources'
export {roleListQuery, type RoleListParams} from './roleList'
export {allRolesQuery, roleQuery, type RoleParams} from './roles'
export {SEARCH_MAX_HITS, SEARCHABLE_TYPES, searchQuery, type SearchableType, type SearchParams} from './search'
export {allSkillsQuery, skillListQuery, skillQuery, type SkillListParams, type SkillParams} from './skills'
export {allTracksQuery, trackListQuery, trackQuery, type TrackListParams, type TrackParams} from './tracks'
export {defineCareerQuery} from './define'
export type {CareerQuery, CareerQueryDefinition, QueryParams, QueryResult, RunParams, SameShape, Shape, StandardResult, StandardSchemaV1} from './define'
export {queries} from './objects'
// The result types the SDK promises, by name. TypeGen's output is not re-exported wholesale: a
// renamed Studio type or query would otherwise change this entry without anyone deciding to.
export type {
  AllCertificationsQueryResult,
  AllDegreesQueryResult,
  AllFaqsQueryResult,
  AllGuidesQueryResult,
  AllLearningPathsQueryResult,
  AllOrganisationsQueryResult,
  AllResourcesQueryResult,
  AllRolesQueryResult,
  AllSkillsQueryResult,
  AllTracksQueryResult,
  CertificationListQueryResult,
  CertificationQueryResult,
  CurriculumDocumentsQueryResult,
  DegreeListQueryResult,
  DegreeQueryResult,
  FaqListQueryResult,
  FaqQueryResult,
  GraphDocumentsQueryResult,
  GuideListQueryResult,
  GuideQueryResult,
  LearningPathListQueryResult,
  LearningPathQueryResult,
  OrganisationListQueryResult,
  OrganisationQueryResult,
  ResourceListQueryResult,
  ResourceQueryResult,
  RoleListQueryResult,
  RoleQueryResult,
  SearchQueryResult,
  SkillListQueryResult,
  SkillQueryResult,
  TrackListQueryResult,
  TrackQueryResult,
} from '../generated/sanity.types'
