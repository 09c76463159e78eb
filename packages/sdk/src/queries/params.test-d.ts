import {describe, expectTypeOf, test} from 'vitest'
import {createCareerPathClient} from '../client/createClient'
import type {CertificationLevel, CertificationStatus, DegreeLevel, ResourceCost, ResourceKind, Seniority, SkillCategory} from '../schemas'
import type {CertificationListParams, DegreeListParams, ResourceListParams, RoleListParams, RoleParams, SkillListParams} from '.'

/** Query parameters are typed: a wrong type or an unknown value does not compile, on the client or with the raw queries. */
const client = createCareerPathClient()

describe('client filters', () => {
  test('accept the right types', () => {
    expectTypeOf(client.listRoles).toBeCallableWith({track: 'it-support', rung: 2, seniority: 3})
    expectTypeOf(client.listCertifications).toBeCallableWith({vendor: 'comptia', level: 'entry', status: 'active'})
    expectTypeOf(client.listDegrees).toBeCallableWith({level: 'bachelor'})
    expectTypeOf(client.listResources).toBeCallableWith({kind: 'book', cost: 'free-audit', topic: 'itil'})
    expectTypeOf(client.search).toBeCallableWith('itil', {types: ['role', 'faq'], limit: 3})
  })

  test('refuse wrong types and unknown values', () => {
    // @ts-expect-error a rung is a number
    void client.listRoles({rung: '2'})
    // @ts-expect-error seniority is 1-7
    void client.listRoles({seniority: 8})
    // @ts-expect-error v1's level is gone: rung (ladders) and seniority (every track)
    void client.listRoles({level: 2})
    // @ts-expect-error degree levels are associate, bachelor, master, doctorate
    void client.listDegrees({level: 'entry'})
    // @ts-expect-error no such filter
    void client.listRoles({trak: 'it-support'})
    // @ts-expect-error certification levels are entry, associate, professional, expert
    void client.listCertifications({level: 'guru'})
    // @ts-expect-error resources cost free, free-audit or paid
    void client.listResources({cost: 'cheap'})
    // @ts-expect-error skill categories are a fixed list
    void client.listSkills({category: 'magic'})
    // @ts-expect-error search types are the curriculum's document types
    void client.search('itil', {types: ['sourceArticle']})
    // @ts-expect-error a slug is a string
    void client.getRole(42)
  })
})

describe('parameters of the raw queries', () => {
  test('name every parameter with its type', () => {
    const role: RoleParams = {language: 'en', slug: 'help-desk-technician'}
    expectTypeOf(role).toEqualTypeOf<RoleParams>()
    // @ts-expect-error a slug is a string
    const wrong: RoleParams = {language: 'en', slug: 1}
    // @ts-expect-error every parameter of a list query is required (null for "any")
    const missing: RoleListParams = {language: 'en', track: 'it-support'}
    void wrong
    void missing
  })

  test('enumerated parameters are the zod schemas’ values, so the two cannot drift', () => {
    expectTypeOf<NonNullable<CertificationListParams['level']>>().toEqualTypeOf<CertificationLevel>()
    expectTypeOf<NonNullable<CertificationListParams['status']>>().toEqualTypeOf<CertificationStatus>()
    expectTypeOf<NonNullable<ResourceListParams['kind']>>().toEqualTypeOf<ResourceKind>()
    expectTypeOf<NonNullable<ResourceListParams['cost']>>().toEqualTypeOf<ResourceCost>()
    expectTypeOf<NonNullable<SkillListParams['category']>>().toEqualTypeOf<SkillCategory>()
    expectTypeOf<NonNullable<RoleListParams['seniority']>>().toEqualTypeOf<Seniority>()
    expectTypeOf<NonNullable<DegreeListParams['level']>>().toEqualTypeOf<DegreeLevel>()
  })
})
