import {describe, expect, test} from 'vitest'
import {isContentValidationError} from '../core'
import {defineCareerQuery} from '../queries/define'
import {roleListItem} from '../schemas'
import {validateResult} from './run'

const listQuery = defineCareerQuery({name: 'listRoles', query: '*', result: roleListItem, list: true})
const oneQuery = defineCareerQuery({name: 'getRole', query: '*', result: roleListItem})
const validateList = async (value: unknown, mode: 'strict' | 'lenient' | 'off') => {
  const {value: items, report} = await validateResult(listQuery, value, mode, 'listRoles')
  return {items: items as {_id: string}[], report}
}

const role = (id: string, rung: unknown = 1) => ({
  _id: id,
  _type: 'role',
  title: `Role ${id}`,
  slug: `role-${id}`,
  rung,
  seniority: 2,
  aliases: [],
  summary: 'Some summary text',
  track: {_id: 't', _type: 'track', title: 'Track', slug: 'track', kind: 'technician'},
  experience: null,
  language: 'en',
  fallbacks: [],
})

describe('result validation modes', () => {
  const rows = [role('a'), role('b', 'two'), role('c'), {...role('d'), track: null}]

  test('strict throws with every issue, naming document and field', async () => {
    try {
      await validateList(rows, 'strict')
      expect.unreachable()
    } catch (error) {
      expect(isContentValidationError(error)).toBe(true)
      if (!isContentValidationError(error)) return
      expect(error.context).toBe('listRoles')
      expect(error.issues.map((i) => [i.documentId, i.documentType, i.field])).toEqual([
        ['b', 'role', 'rung'],
        ['d', 'role', 'track'],
      ])
    }
  })

  test('lenient returns the valid rows unchanged and reports the rest', async () => {
    const {items, report} = await validateList(rows, 'lenient')
    expect(items.map((r) => r._id)).toEqual(['a', 'c'])
    expect(items[0]).toBe(rows[0])
    expect(report).toMatchObject({context: 'listRoles', checked: 4, rejected: 2})
  })

  test('off trusts the data', async () => {
    expect((await validateList(rows, 'off')).items).toBe(rows)
  })

  test('a non-list result is an issue too', async () => {
    await expect(validateList({oops: true}, 'strict')).rejects.toThrow(/Expected a list/)
  })

  test('single results throw in lenient mode as well', async () => {
    expect((await validateResult(oneQuery, rows[0], 'lenient', 'getRole')).value).toBe(rows[0])
    await expect(validateResult(oneQuery, rows[1], 'lenient', 'getRole')).rejects.toThrow(/getRole/)
  })
})
