import {describe, expect, test} from 'vitest'
import {z} from 'zod'
import {schemaIssues} from '../validation/schemaIssues'
import {array, literal, number, object, oneOf, string, type Infer} from './kit'
import {discriminatedUnion} from './union'
import {httpUrl, isoDate} from './formats'
import {text} from './primitives'

const messages = (issues: readonly {path: readonly (string | number)[]; message: string}[]) => issues.map((i) => `${i.path.join('.')}: ${i.message}`)

const role = object({
  _id: string(),
  title: text,
  rung: number().int().min(1).nullable(),
  seniority: oneOf([1, 2, 3]),
  skills: array(object({skill: object({_ref: string()}), proficiency: oneOf([1, 2, 3, 4, 5])})),
  aliases: array(string()).optional(),
})

describe('schema kit', () => {
  test('every issue, with its path; unknown keys ignored; the valid value itself comes back', () => {
    const value = {_id: 'r', title: ' ', rung: 2.5, seniority: 9, skills: [{skill: {_ref: 's'}, proficiency: 3}, {skill: {}, proficiency: 6}], extra: true}
    expect(messages(role.issues(value))).toEqual([
      'title: Must not be empty',
      'rung: Invalid input: expected int, received number',
      'seniority: Invalid option: expected one of 1|2|3',
      'skills.1.skill._ref: Invalid input: expected string, received undefined',
      'skills.1.proficiency: Invalid option: expected one of 1|2|3|4|5',
    ])
    const valid = {...value, title: 'Lead', rung: null, seniority: 2, skills: []}
    const result = role.safeParse(valid)
    expect(result.success && result.data).toBe(valid)
  })

  test('default messages read as zod 4’s English ones for the same schema and input', () => {
    const kit = object({a: string(), b: number().min(1).max(5), c: oneOf(['x', 'y']), d: literal('only'), e: array(string()).min(2), f: string().min(3)})
    const zod = z.object({a: z.string(), b: z.number().min(1).max(5), c: z.enum(['x', 'y']), d: z.literal('only'), e: z.array(z.string()).min(2), f: z.string().min(3)})
    for (const input of [{a: 1, b: 0, c: 'z', d: 'other', e: ['x'], f: 'ab'}, {a: null, b: 9, c: null, d: 1, e: 'no', f: 7}, {b: Number.NaN}]) {
      expect(messages(kit.issues(input))).toEqual(messages(schemaIssues(zod, input).map((i) => ({path: i.path as (string | number)[], message: i.message}))))
    }
  })

  test('refinements run when the structure is sound, also after a failed check, never on a wrong type (as in zod)', () => {
    const ranged = object({min: number().min(0), max: number()}).refine((v, report) => {
      if (v.min > v.max) report(['min'], '"from" must not be more than "to"')
    })
    expect(messages(ranged.issues({min: 5, max: 2}))).toEqual(['min: "from" must not be more than "to"'])
    expect(ranged.issues({min: 1, max: 2})).toEqual([])
    expect(messages(ranged.issues({min: -1, max: -2}))).toEqual(['min: Too small: expected number to be >=0', 'min: "from" must not be more than "to"'])
    expect(messages(ranged.issues({min: 'five', max: 2}))).toEqual(['min: Invalid input: expected number, received string'])
  })

  test('discriminated unions pick the option by its tag and report an unknown tag at the tag', () => {
    const hit = discriminatedUnion('_type', [object({_type: literal('role'), slug: string()}), object({_type: literal('resource'), slug: literal(null)})])
    expect(hit.issues({_type: 'role', slug: 'a'})).toEqual([])
    expect(messages(hit.issues({_type: 'resource', slug: 'a'}))).toEqual(['slug: Invalid input: expected null'])
    expect(messages(hit.issues({_type: 'skill'}))).toEqual(['_type: Invalid option: expected one of "role"|"resource"'])
    expect(messages(hit.issues([]))).toEqual([': Invalid input: expected object, received array'])
  })

  test('links, dates and trimmed lengths', () => {
    expect(httpUrl.issues('https://example.org/a')).toEqual([])
    for (const bad of ['ftp://example.org', 'javascript:alert(1)', '/relative', 'not a url']) expect(httpUrl.issues(bad)).toHaveLength(1)
    expect(isoDate.issues('2024-02-29')).toEqual([])
    for (const bad of ['2023-02-29', '2024-13-01', '2024-1-01', '2024-04-31T00:00']) expect(messages(isoDate.issues(bad))).toEqual([': Invalid ISO date'])
    expect(string().trim().min(3).issues('  ab  ')).toHaveLength(1)
    expect(string().min(3).issues('  ab  ')).toEqual([])
  })

  test('Standard Schema v1 both ways: the kit validates through ~standard, and zod schemas validate through the SDK with the same paths', async () => {
    const standard = role['~standard']
    expect(standard).toMatchObject({version: 1, vendor: 'careerpath'})
    const failed = await standard.validate({_id: 'r'})
    expect(failed.issues?.map((i) => i.path?.join('.'))).toEqual(['title', 'rung', 'seniority', 'skills'])
    const value = {_id: 'r', title: 'T', rung: 1, seniority: 1, skills: []}
    expect(await standard.validate(value)).toEqual({value})

    const zodRole = z.object({skills: z.array(z.object({proficiency: z.literal([1, 2, 3, 4, 5])}))})
    expect(schemaIssues(zodRole, {_id: 'r', _type: 'role', skills: [{proficiency: 1}, {proficiency: 9}]})).toEqual([
      {documentId: 'r', documentType: 'role', path: ['skills', 1, 'proficiency'], field: 'skills[1].proficiency', message: 'Invalid option: expected one of 1|2|3|4|5'},
    ])
  })

  test('types: optional keys are optional, nullable values nullable, literals literal', () => {
    type Role = Infer<typeof role>
    const typed: Role = {_id: 'r', title: 'T', rung: null, seniority: 3, skills: [{skill: {_ref: 's'}, proficiency: 5}]}
    // @ts-expect-error seniority 4 is not in the list
    const wrong: Role = {...typed, seniority: 4}
    expect([typed, wrong]).toHaveLength(2)
  })
})
