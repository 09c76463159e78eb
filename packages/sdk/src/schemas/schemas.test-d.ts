import {describe, expectTypeOf, test} from 'vitest'
import type {Infer} from './kit'
import type * as Generated from '../generated/sanity.types'
import type {StoredForm} from '../client/types'
import type * as schemas from './index'

/**
 * The schemas (runtime validation) and TypeGen's types (from the Studio
 * schema and the GROQ text) must describe the same values. Each pair is checked
 * both ways, so a field added, dropped, renamed or retyped on either side fails
 * `pnpm typecheck`.
 */
type Item<T> = T extends readonly (infer U)[] ? U : never
type Inferred<S> = Infer<S>

/** true when each type is assignable to the other (tuples stop unions from distributing). */
type Agree<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false

describe('query results: item schema ⇔ TypeGen result', () => {
  test('tracks', () => {
    expectTypeOf<Agree<Inferred<typeof schemas.trackListItem>, Item<Generated.TrackListQueryResult>>>().toEqualTypeOf<true>()
    expectTypeOf<Agree<Inferred<typeof schemas.trackDetail>, NonNullable<Generated.TrackQueryResult>>>().toEqualTypeOf<true>()
  })
  test('roles', () => {
    expectTypeOf<Agree<Inferred<typeof schemas.roleListItem>, Item<Generated.RoleListQueryResult>>>().toEqualTypeOf<true>()
    expectTypeOf<Agree<Inferred<typeof schemas.roleDetail>, NonNullable<Generated.RoleQueryResult>>>().toEqualTypeOf<true>()
  })
  test('skills', () => {
    expectTypeOf<Agree<Inferred<typeof schemas.skillListItem>, Item<Generated.SkillListQueryResult>>>().toEqualTypeOf<true>()
    expectTypeOf<Agree<Inferred<typeof schemas.skillDetail>, NonNullable<Generated.SkillQueryResult>>>().toEqualTypeOf<true>()
  })
  test('certifications', () => {
    expectTypeOf<Agree<Inferred<typeof schemas.certificationListItem>, Item<Generated.CertificationListQueryResult>>>().toEqualTypeOf<true>()
    expectTypeOf<Agree<Inferred<typeof schemas.certificationDetail>, NonNullable<Generated.CertificationQueryResult>>>().toEqualTypeOf<true>()
  })
  test('resources', () => {
    expectTypeOf<Agree<Inferred<typeof schemas.resourceListItem>, Item<Generated.ResourceListQueryResult>>>().toEqualTypeOf<true>()
    expectTypeOf<Agree<Inferred<typeof schemas.resourceDetail>, NonNullable<Generated.ResourceQueryResult>>>().toEqualTypeOf<true>()
  })
  test('degrees', () => {
    expectTypeOf<Agree<Inferred<typeof schemas.degreeListItem>, Item<Generated.DegreeListQueryResult>>>().toEqualTypeOf<true>()
    expectTypeOf<Agree<Inferred<typeof schemas.degreeDetail>, NonNullable<Generated.DegreeQueryResult>>>().toEqualTypeOf<true>()
  })
  test('organisations', () => {
    expectTypeOf<Agree<Inferred<typeof schemas.organisationListItem>, Item<Generated.OrganisationListQueryResult>>>().toEqualTypeOf<true>()
    expectTypeOf<Agree<Inferred<typeof schemas.organisationDetail>, NonNullable<Generated.OrganisationQueryResult>>>().toEqualTypeOf<true>()
  })
  test('learning paths', () => {
    expectTypeOf<Agree<Inferred<typeof schemas.learningPathListItem>, Item<Generated.LearningPathListQueryResult>>>().toEqualTypeOf<true>()
    expectTypeOf<Agree<Inferred<typeof schemas.learningPathDetail>, NonNullable<Generated.LearningPathQueryResult>>>().toEqualTypeOf<true>()
  })
  test('faqs', () => {
    expectTypeOf<Agree<Inferred<typeof schemas.faqListItem>, Item<Generated.FaqListQueryResult>>>().toEqualTypeOf<true>()
    expectTypeOf<Agree<Inferred<typeof schemas.faqDetail>, NonNullable<Generated.FaqQueryResult>>>().toEqualTypeOf<true>()
  })
  test('guides', () => {
    expectTypeOf<Agree<Inferred<typeof schemas.guideListItem>, Item<Generated.GuideListQueryResult>>>().toEqualTypeOf<true>()
    expectTypeOf<Agree<Inferred<typeof schemas.guideDetail>, NonNullable<Generated.GuideQueryResult>>>().toEqualTypeOf<true>()
  })
  test('search', () => {
    expectTypeOf<Agree<Inferred<typeof schemas.searchHit>, Item<Generated.SearchQueryResult>>>().toEqualTypeOf<true>()
  })
  test('raw documents', () => {
    expectTypeOf<Agree<Inferred<typeof schemas.curriculumDocument>, StoredForm<Item<Generated.CurriculumDocumentsQueryResult>>>>().toEqualTypeOf<true>()
    expectTypeOf<Agree<Inferred<typeof schemas.graphDocument>, StoredForm<Item<Generated.GraphDocumentsQueryResult>>>>().toEqualTypeOf<true>()
  })
})

describe('raw documents: schema ⇔ TypeGen schema types (system fields optional: files for import lack them)', () => {
  test('each document type', () => {
    expectTypeOf<Agree<Inferred<typeof schemas.trackDocument>, StoredForm<Generated.Track>>>().toEqualTypeOf<true>()
    expectTypeOf<Agree<Inferred<typeof schemas.roleDocument>, StoredForm<Generated.Role>>>().toEqualTypeOf<true>()
    expectTypeOf<Agree<Inferred<typeof schemas.skillDocument>, StoredForm<Generated.Skill>>>().toEqualTypeOf<true>()
    expectTypeOf<Agree<Inferred<typeof schemas.certificationDocument>, StoredForm<Generated.Certification>>>().toEqualTypeOf<true>()
    expectTypeOf<Agree<Inferred<typeof schemas.degreeDocument>, StoredForm<Generated.Degree>>>().toEqualTypeOf<true>()
    expectTypeOf<Agree<Inferred<typeof schemas.organisationDocument>, StoredForm<Generated.Organisation>>>().toEqualTypeOf<true>()
    expectTypeOf<Agree<Inferred<typeof schemas.resourceDocument>, StoredForm<Generated.Resource>>>().toEqualTypeOf<true>()
    expectTypeOf<Agree<Inferred<typeof schemas.learningPathDocument>, StoredForm<Generated.LearningPath>>>().toEqualTypeOf<true>()
    expectTypeOf<Agree<Inferred<typeof schemas.faqDocument>, StoredForm<Generated.Faq>>>().toEqualTypeOf<true>()
    expectTypeOf<Agree<Inferred<typeof schemas.guideDocument>, StoredForm<Generated.Guide>>>().toEqualTypeOf<true>()
    expectTypeOf<Agree<Inferred<typeof schemas.sourceArticleDocument>, StoredForm<Generated.SourceArticle>>>().toEqualTypeOf<true>()
  })
  test('closed lists match the Studio options', () => {
    expectTypeOf<Agree<schemas.TrackKind, Generated.Track['kind']>>().toEqualTypeOf<true>()
    expectTypeOf<Agree<schemas.ResourceKind, Generated.Resource['kind']>>().toEqualTypeOf<true>()
    expectTypeOf<Agree<schemas.Proficiency, Generated.RoleSkill['proficiency']>>().toEqualTypeOf<true>()
    expectTypeOf<Agree<schemas.Seniority, Generated.Role['seniority']>>().toEqualTypeOf<true>()
    expectTypeOf<Agree<schemas.DegreeLevel, Generated.Degree['level']>>().toEqualTypeOf<true>()
    expectTypeOf<Agree<schemas.BasisKind, Generated.Basis['kind']>>().toEqualTypeOf<true>()
    expectTypeOf<Agree<schemas.Language, Generated.Faq['language']>>().toEqualTypeOf<true>()
  })
})

describe('the check itself catches drift', () => {
  test('a missing field or a widened type does not agree', () => {
    type Role = Inferred<typeof schemas.roleListItem>
    type Result = Item<Generated.RoleListQueryResult>
    expectTypeOf<Agree<Role, Result>>().toEqualTypeOf<true>()
    expectTypeOf<Agree<Omit<Role, 'summary'>, Result>>().toEqualTypeOf<false>()
    expectTypeOf<Agree<Omit<Role, 'rung'> & {rung: number}, Result>>().toEqualTypeOf<false>()
    expectTypeOf<Agree<Omit<Role, 'seniority'> & {seniority: number}, Result>>().toEqualTypeOf<false>()
    expectTypeOf<Agree<Role & {extra: string}, Result>>().toEqualTypeOf<false>()
    expectTypeOf<Agree<Omit<Role, 'experience'> & {experience: {min: number; max: number}}, Result>>().toEqualTypeOf<false>()
  })
})

describe('languages', () => {
  test('the schemas\' languages are the client\'s and the Studio\'s (TypeGen)', () => {
    expectTypeOf<Infer<typeof import('./enums').language>>().toEqualTypeOf<import('../languages').LanguageId>()
    expectTypeOf<Generated.Faq['language']>().toEqualTypeOf<import('../languages').LanguageId>()
  })
})
