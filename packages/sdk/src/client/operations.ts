import type * as G from '../generated/sanity.types'
import type * as Q from '../queries'
import * as queries from '../queries'
import * as schemas from '../schemas'
import type {StandardSchemaV1} from '../schemas/kit'

/**
 * Every query the client runs, with its parameter type, its TypeGen result
 * type and the schema that validates it. The `schema` field's type is
 * `StandardSchemaV1<unknown, result item>`, so a schema that drifts from TypeGen fails here
 * too, not only in the type tests.
 */
interface ListOperation<P, R extends readonly unknown[]> {
  kind: 'list'
  name: string
  query: string
  schema: StandardSchemaV1<unknown, R[number]>
  /** Phantom: the parameters the query takes. */
  params?: P
}
interface SingleOperation<P, R> {
  kind: 'single'
  name: string
  query: string
  schema: StandardSchemaV1<unknown, NonNullable<R>>
  params?: P
}

const list = <P, R extends readonly unknown[]>(name: string, query: string, schema: StandardSchemaV1<unknown, R[number]>): ListOperation<P, R> => ({kind: 'list', name, query, schema})
const single = <P, R>(name: string, query: string, schema: StandardSchemaV1<unknown, NonNullable<R>>): SingleOperation<P, R> => ({kind: 'single', name, query, schema})

export const operations = {
  listTracks: list<Q.TrackListParams, G.TrackListQueryResult>('listTracks', queries.trackListQuery, schemas.trackListItem),
  getTrack: single<Q.TrackParams, G.TrackQueryResult>('getTrack', queries.trackQuery, schemas.trackDetail),
  listRoles: list<Q.RoleListParams, G.RoleListQueryResult>('listRoles', queries.roleListQuery, schemas.roleListItem),
  getRole: single<Q.RoleParams, G.RoleQueryResult>('getRole', queries.roleQuery, schemas.roleDetail),
  listSkills: list<Q.SkillListParams, G.SkillListQueryResult>('listSkills', queries.skillListQuery, schemas.skillListItem),
  getSkill: single<Q.SkillParams, G.SkillQueryResult>('getSkill', queries.skillQuery, schemas.skillDetail),
  listCertifications: list<Q.CertificationListParams, G.CertificationListQueryResult>('listCertifications', queries.certificationListQuery, schemas.certificationListItem),
  getCertification: single<Q.CertificationParams, G.CertificationQueryResult>('getCertification', queries.certificationQuery, schemas.certificationDetail),
  listDegrees: list<Q.DegreeListParams, G.DegreeListQueryResult>('listDegrees', queries.degreeListQuery, schemas.degreeListItem),
  getDegree: single<Q.DegreeParams, G.DegreeQueryResult>('getDegree', queries.degreeQuery, schemas.degreeDetail),
  listOrganisations: list<Q.OrganisationListParams, G.OrganisationListQueryResult>('listOrganisations', queries.organisationListQuery, schemas.organisationListItem),
  getOrganisation: single<Q.OrganisationParams, G.OrganisationQueryResult>('getOrganisation', queries.organisationQuery, schemas.organisationDetail),
  listResources: list<Q.ResourceListParams, G.ResourceListQueryResult>('listResources', queries.resourceListQuery, schemas.resourceListItem),
  getResource: single<Q.ResourceParams, G.ResourceQueryResult>('getResource', queries.resourceQuery, schemas.resourceDetail),
  listLearningPaths: list<Q.LearningPathListParams, G.LearningPathListQueryResult>('listLearningPaths', queries.learningPathListQuery, schemas.learningPathListItem),
  getLearningPath: single<Q.LearningPathParams, G.LearningPathQueryResult>('getLearningPath', queries.learningPathQuery, schemas.learningPathDetail),
  listFaqs: list<Q.FaqListParams, G.FaqListQueryResult>('listFaqs', queries.faqListQuery, schemas.faqListItem),
  getFaq: single<Q.FaqParams, G.FaqQueryResult>('getFaq', queries.faqQuery, schemas.faqDetail),
  listGuides: list<Q.GuideListParams, G.GuideListQueryResult>('listGuides', queries.guideListQuery, schemas.guideListItem),
  getGuide: single<Q.GuideParams, G.GuideQueryResult>('getGuide', queries.guideQuery, schemas.guideDetail),
  search: list<Q.SearchParams, G.SearchQueryResult>('search', queries.searchQuery, schemas.searchHit),
}

export type OperationParams<O> = O extends {params?: infer P} ? P : never
