import {describe, expect, test} from 'vitest'
import {isContentValidationError} from '../errors'
import {roleListItem} from '../schemas'
import {validateList, validateOne} from './results'

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
})

describe('result validation modes', () => {
  const rows = [role('a'), role('b', 'two'), role('c'), {...role('d'), track: null}]

  test('strict throws with every issue, naming document and field', () => {
    try {
      validateList(roleListItem, rows, 'strict', 'listRoles')
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

  test('lenient returns the valid rows unchanged and reports the rest', () => {
    const {items, report} = validateList(roleListItem, rows, 'lenient', 'listRoles')
    expect(items.map((r) => r._id)).toEqual(['a', 'c'])
    expect(items[0]).toBe(rows[0])
    expect(report).toMatchObject({context: 'listRoles', checked: 4, rejected: 2})
  })

  test('off trusts the data', () => {
    expect(validateList(roleListItem, rows, 'off', 'listRoles').items).toBe(rows)
  })

  test('a non-list result is an issue too', () => {
    expect(() => validateList(roleListItem, {oops: true}, 'strict', 'x')).toThrow(/Expected a list/)
  })

  test('single results throw in lenient mode as well', () => {
    expect(validateOne(roleListItem, rows[0], 'lenient', 'getRole')).toBe(rows[0])
    expect(() => validateOne(roleListItem, rows[1], 'lenient', 'getRole')).toThrow(/getRole/)
  })
})
