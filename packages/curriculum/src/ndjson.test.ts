import {describe, expect, it} from 'vitest'
import {canonicalise, isNdjsonParseError, parseNdjson, toNdjson} from './ndjson.ts'
import type {CurriculumDocument} from './types.ts'

describe('ndjson', () => {
  it('orders keys canonically (_id, _type, _key, _ref first) whatever the source order', () => {
    expect(JSON.stringify(canonicalise({b: 1, _type: 't', a: [{_ref: 'r', _key: 'k', _type: 'reference'}], _id: 'x'}))).toBe(
      '{"_id":"x","_type":"t","a":[{"_type":"reference","_key":"k","_ref":"r"}],"b":1}',
    )
  })

  it('sorts documents by _id and ends with a newline', () => {
    const docs = [
      {_id: 'b', _type: 'sourceArticle', title: 'B', language: 'en'},
      {_id: 'a', _type: 'sourceArticle', title: 'A', language: 'en'},
    ] as CurriculumDocument[]
    expect(toNdjson(docs)).toBe('{"_id":"a","_type":"sourceArticle","language":"en","title":"A"}\n{"_id":"b","_type":"sourceArticle","language":"en","title":"B"}\n')
  })

  it('reports the line of a bad document', () => {
    try {
      parseNdjson('{"_id":"a","_type":"t"}\n\n{"_id": oops}\n')
      expect.unreachable()
    } catch (error) {
      expect(isNdjsonParseError(error)).toBe(true)
      expect((error as {line: number}).line).toBe(3)
    }
    expect(() => parseNdjson('{"_type":"t"}')).toThrow(/line 1: a document needs string _id and _type/)
  })
})
