import {describe, expect, test} from 'vitest'
import type {Curriculum} from '../types'
import {HIDEABLE, restrictDocuments, unknownSlugs} from './restrict'

const attrs = (values: Record<string, string>) => (name: string) => values[name]
const data = {tracks: [{slug: 'it-support'}], roles: [{slug: 'help-desk-technician'}]} as unknown as Curriculum

describe('hide', () => {
  test('takes exactly the views a host may take away and the sections it may drop, listed once', () => {
    expect(HIDEABLE).toEqual(['plan', 'compare', 'assess', 'resources', 'certifications', 'degrees'])
  })

  test('names a value it does not know, with the values it takes, and nothing for those it knows', () => {
    expect(unknownSlugs(data, attrs({hide: 'plan, degrees,ladders ,bogus'}))).toEqual([
      `hide: "ladders" is not one of ${HIDEABLE.join(', ')}.`,
      `hide: "bogus" is not one of ${HIDEABLE.join(', ')}.`,
    ])
    expect(unknownSlugs(data, attrs({hide: HIDEABLE.join(',')}))).toEqual([])
  })

  test('drops the documents of a hidden section and keeps the rest', () => {
    const docs = [
      {_id: 't', _type: 'track', slug: {current: 'it-support'}},
      {_id: 'r', _type: 'role', track: {_ref: 't'}},
      {_id: 'res', _type: 'resource'},
      {_id: 'c', _type: 'certification'},
    ]
    expect(restrictDocuments(docs, attrs({hide: 'resources,plan'})).map((d) => (d as {_id: string})._id)).toEqual(['t', 'r', 'c'])
  })
})
