import {describe, expectTypeOf, test} from 'vitest'
import type * as G from '../generated/sanity.types'
import {defineCareerQuery, queries, type QueryResult, type SameShape, type StandardSchemaV1} from '.'

/**
 * Each query object's result type (from its schema) is TypeGen's result type
 * of the same GROQ, field for field: `any`, an optional or readonly field on
 * one side only, or any other difference fails `pnpm typecheck`.
 */
describe('query objects ⇔ TypeGen', () => {
  test('lists', () => {
    expectTypeOf<SameShape<QueryResult<typeof queries.trackList>, G.TrackListQueryResult>>().toEqualTypeOf<true>()
    expectTypeOf<SameShape<QueryResult<typeof queries.roleList>, G.RoleListQueryResult>>().toEqualTypeOf<true>()
    expectTypeOf<SameShape<QueryResult<typeof queries.skillList>, G.SkillListQueryResult>>().toEqualTypeOf<true>()
    expectTypeOf<SameShape<QueryResult<typeof queries.certificationList>, G.CertificationListQueryResult>>().toEqualTypeOf<true>()
    expectTypeOf<SameShape<QueryResult<typeof queries.degreeList>, G.DegreeListQueryResult>>().toEqualTypeOf<true>()
    expectTypeOf<SameShape<QueryResult<typeof queries.organisationList>, G.OrganisationListQueryResult>>().toEqualTypeOf<true>()
    expectTypeOf<SameShape<QueryResult<typeof queries.resourceList>, G.ResourceListQueryResult>>().toEqualTypeOf<true>()
    expectTypeOf<SameShape<QueryResult<typeof queries.learningPathList>, G.LearningPathListQueryResult>>().toEqualTypeOf<true>()
    expectTypeOf<SameShape<QueryResult<typeof queries.faqList>, G.FaqListQueryResult>>().toEqualTypeOf<true>()
    expectTypeOf<SameShape<QueryResult<typeof queries.guideList>, G.GuideListQueryResult>>().toEqualTypeOf<true>()
    expectTypeOf<SameShape<QueryResult<typeof queries.search>, G.SearchQueryResult>>().toEqualTypeOf<true>()
  })
  test('details (null when nothing matches)', () => {
    expectTypeOf<SameShape<QueryResult<typeof queries.track>, G.TrackQueryResult>>().toEqualTypeOf<true>()
    expectTypeOf<SameShape<QueryResult<typeof queries.role>, G.RoleQueryResult>>().toEqualTypeOf<true>()
    expectTypeOf<SameShape<QueryResult<typeof queries.skill>, G.SkillQueryResult>>().toEqualTypeOf<true>()
    expectTypeOf<SameShape<QueryResult<typeof queries.certification>, G.CertificationQueryResult>>().toEqualTypeOf<true>()
    expectTypeOf<SameShape<QueryResult<typeof queries.degree>, G.DegreeQueryResult>>().toEqualTypeOf<true>()
    expectTypeOf<SameShape<QueryResult<typeof queries.organisation>, G.OrganisationQueryResult>>().toEqualTypeOf<true>()
    expectTypeOf<SameShape<QueryResult<typeof queries.resource>, G.ResourceQueryResult>>().toEqualTypeOf<true>()
    expectTypeOf<SameShape<QueryResult<typeof queries.learningPath>, G.LearningPathQueryResult>>().toEqualTypeOf<true>()
    expectTypeOf<SameShape<QueryResult<typeof queries.faq>, G.FaqQueryResult>>().toEqualTypeOf<true>()
    expectTypeOf<SameShape<QueryResult<typeof queries.guide>, G.GuideQueryResult>>().toEqualTypeOf<true>()
  })
  test('bulk reads', () => {
    expectTypeOf<SameShape<QueryResult<typeof queries.allTracks>, G.AllTracksQueryResult>>().toEqualTypeOf<true>()
    expectTypeOf<SameShape<QueryResult<typeof queries.allRoles>, G.AllRolesQueryResult>>().toEqualTypeOf<true>()
    expectTypeOf<SameShape<QueryResult<typeof queries.allSkills>, G.AllSkillsQueryResult>>().toEqualTypeOf<true>()
    expectTypeOf<SameShape<QueryResult<typeof queries.allCertifications>, G.AllCertificationsQueryResult>>().toEqualTypeOf<true>()
    expectTypeOf<SameShape<QueryResult<typeof queries.allDegrees>, G.AllDegreesQueryResult>>().toEqualTypeOf<true>()
    expectTypeOf<SameShape<QueryResult<typeof queries.allOrganisations>, G.AllOrganisationsQueryResult>>().toEqualTypeOf<true>()
    expectTypeOf<SameShape<QueryResult<typeof queries.allResources>, G.AllResourcesQueryResult>>().toEqualTypeOf<true>()
    expectTypeOf<SameShape<QueryResult<typeof queries.allLearningPaths>, G.AllLearningPathsQueryResult>>().toEqualTypeOf<true>()
    expectTypeOf<SameShape<QueryResult<typeof queries.allFaqs>, G.AllFaqsQueryResult>>().toEqualTypeOf<true>()
    expectTypeOf<SameShape<QueryResult<typeof queries.allGuides>, G.AllGuidesQueryResult>>().toEqualTypeOf<true>()
  })
})

/** A schema of exactly type T, for testing SameShape itself. */
declare function schemaOf<T>(): StandardSchemaV1<unknown, T>

describe('SameShape catches what mutual assignability misses', () => {
  type Row = {title: string; slug: string; tags: string[]}
  test('identical shapes, and TypeGen’s Array<X> | Array<never> as X[]', () => {
    expectTypeOf<SameShape<Row, {title: string; slug: string; tags: Array<string> | Array<never>}>>().toEqualTypeOf<true>()
    expectTypeOf<SameShape<{a: {b: number | null}[]}, {a: Array<{b: number | null}>}>>().toEqualTypeOf<true>()
  })
  test('any, optional, readonly or another type on one side is a difference', () => {
    expectTypeOf<SameShape<Row, {title: any; slug: string; tags: string[]}>>().toEqualTypeOf<false>()
    expectTypeOf<SameShape<any, Row>>().toEqualTypeOf<false>()
    expectTypeOf<SameShape<Row, {title: string; slug?: string; tags: string[]}>>().toEqualTypeOf<false>()
    expectTypeOf<SameShape<Row, {readonly title: string; slug: string; tags: string[]}>>().toEqualTypeOf<false>()
    expectTypeOf<SameShape<Row, {title: string; slug: string; tags: readonly string[]}>>().toEqualTypeOf<false>()
    expectTypeOf<SameShape<Row, {title: string; slug: string | null; tags: string[]}>>().toEqualTypeOf<false>()
    expectTypeOf<SameShape<{a: {b: number}[]}, {a: {b: any}[]}>>().toEqualTypeOf<false>()
    expectTypeOf<SameShape<QueryResult<typeof queries.role>, G.SkillQueryResult>>().toEqualTypeOf<false>()
    expectTypeOf<SameShape<QueryResult<typeof queries.role>, NonNullable<G.RoleQueryResult>>>().toEqualTypeOf<false>()
    type Role = NonNullable<G.RoleQueryResult>
    expectTypeOf<SameShape<QueryResult<typeof queries.role>, (Omit<Role, 'rung'> & {rung?: number | null}) | null>>().toEqualTypeOf<false>()
  })
  test('a user’s query: params and result typed from one definition', () => {
    const roleTitles = defineCareerQuery({
      name: 'roleTitles',
      query: '*[_type == "role" && track->slug.current == $track]{"title": title[0].value, "slug": slug.current}',
      params: schemaOf<{language: string; track: string}>(),
      result: schemaOf<{title: string; slug: string}>(),
      list: true,
    })
    expectTypeOf<QueryResult<typeof roleTitles>>().toEqualTypeOf<{title: string; slug: string}[]>()
    expectTypeOf<SameShape<QueryResult<typeof roleTitles>, Array<{title: string; slug: string}>>>().toEqualTypeOf<true>()
  })
})
