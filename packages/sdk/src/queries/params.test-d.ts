import {describe, expectTypeOf, test} from 'vitest'
import {createCareerPathClient} from '../client/createClient'
import type {CertificationLevel, CertificationStatus, ResourceCost, ResourceKind, SkillCategory} from '../schemas'
import type {CertificationListParams, ResourceListParams, RoleListParams, RoleParams, SkillListParams} from '.'

/** Query parameters are typed: a wrong type or an unknown value does not compile, on the client or with the raw queries. */
const client = createCareerPathClient()

describe('client filters', () => {
  test('accept the right types', () => {
    expectTypeOf(client.listRoles).toBeCallableWith({track: 'it-support', level: 2})
    expectTypeOf(client.listCertifications).toBeCallableWith({vendor: 'CompTIA', level: 'entry', status: 'active'})
    expectTypeOf(client.listResources).toBeCallableWith({kind: 'book', cost: 'free-audit', topic: 'itil'})
    expectTypeOf(client.search).toBeCallableWith('itil', {types: ['role', 'faq'], limit: 3})
  })

  test('refuse wrong types and unknown values', () => {
    // @ts-expect-error a level is a number
    void client.listRoles({level: '2'})
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
  })
})
