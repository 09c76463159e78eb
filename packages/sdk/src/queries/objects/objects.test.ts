import {describe, expect, test} from 'vitest'
import {defineCareerQuery} from '../define'
import {queries} from './index'

describe("the SDK's query objects", () => {
  test.each(Object.entries(queries))('%s is exactly what defineCareerQuery makes of it (its name and GROQ pass the public checks)', (_, query) => {
    const defined = defineCareerQuery(query)
    expect(defined).toStrictEqual({...query, defaults: {...query.defaults}})
    expect(Object.keys(query).sort()).toEqual(Object.keys(defined).sort())
  })

  test('names are unique, so request tags and reports tell them apart', () => {
    const names = Object.values(queries).map((q) => q.name)
    expect(new Set(names).size).toBe(names.length)
  })
})
