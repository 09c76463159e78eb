import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {fixtureDocuments} from '../../test/fixtures'
import {validateDataset} from '../validation/dataset'
import {findCycles} from './cycles'

const promotion = (to: string, key: string) => ({_type: 'transition', _key: key, to: {_type: 'reference', _ref: to}, kind: 'promotion', typicalYears: 1})

test('every promotion loop is reported, also two loops through one role', () => {
  // A → B → C → A and A → C → A: two loops sharing A and C. Seniorities are left out so only the loop rule speaks.
  const docs = fixtureDocuments().filter((d) => d._type !== 'role' && d._type !== 'faq')
  const role = (id: string, transitions: unknown[]) => ({
    _id: id, _type: 'role', title: [{_key: 'en', _type: 'internationalizedArrayStringValue', language: 'en', value: id.toUpperCase()}],
    slug: {_type: 'slug', current: id}, track: {_type: 'reference', _ref: 'track-mgmt'}, seniority: 3,
    summary: [{_key: 'en', _type: 'internationalizedArrayTextValue', language: 'en', value: 'A short description long enough for the twenty character minimum.'}],
    responsibilities: [{_key: 'l0', _type: 'localizedLine', text: [{_key: 'en', _type: 'internationalizedArrayStringValue', language: 'en', value: 'Work'}]}],
    transitions,
  })
  docs.push(role('a', [promotion('b', 't1'), promotion('c', 't2')]), role('b', [promotion('c', 't1')]), role('c', [promotion('a', 't1')]))
  const {report} = validateDataset(docs, {mode: 'lenient'})
  const loops = report.issues.filter((i) => i.message.startsWith('Promotions form a loop')).map((i) => i.message)
  expect(loops).toEqual(expect.arrayContaining([expect.stringContaining('A → B → C → A'), expect.stringContaining('A → C → A')]))
  expect(loops).toHaveLength(2)
})

describe('findCycles', () => {
  const graph = (spec: Record<string, string[]>) => new Map(Object.entries(spec))

  test('each elementary loop once, from its earliest node', () => {
    expect(findCycles(graph({a: ['b', 'c'], b: ['c'], c: ['a']}))).toEqual([
      ['a', 'b', 'c'],
      ['a', 'c'],
    ])
    expect(findCycles(graph({a: ['b'], b: ['a', 'c'], c: ['b']}))).toEqual([
      ['a', 'b'],
      ['b', 'c'],
    ])
    expect(findCycles(graph({a: ['a'], b: []}))).toEqual([['a']])
    expect(findCycles(graph({a: ['b'], b: ['c'], c: []}))).toEqual([])
  })

  test('matches brute force on random small graphs', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(5), fc.nat(5)), {maxLength: 14}), (pairs) => {
        const spec: Record<string, string[]> = {}
        for (let i = 0; i < 6; i++) spec[`n${i}`] = []
        for (const [from, to] of pairs) if (!spec[`n${from}`]!.includes(`n${to}`)) spec[`n${from}`]!.push(`n${to}`)
        const found = findCycles(graph(spec)).map((loop) => loop.join('>'))
        expect(new Set(found).size).toBe(found.length)
        expect(found.sort()).toEqual(bruteForceLoops(spec).sort())
      }),
      {numRuns: 300},
    )
  })

  test('stops at the cap on graphs with very many loops', () => {
    const complete: Record<string, string[]> = {}
    const nodes = Array.from({length: 9}, (_, i) => `n${i}`)
    for (const n of nodes) complete[n] = nodes.filter((m) => m !== n)
    expect(findCycles(graph(complete), 50)).toHaveLength(50)
  })
})

/** Every simple cycle, each written from its smallest node (by key order), by trying every path. */
function bruteForceLoops(spec: Record<string, string[]>): string[] {
  const keys = Object.keys(spec)
  const out: string[] = []
  const walk = (start: string, path: string[]) => {
    for (const next of spec[path.at(-1)!]!) {
      if (next === start) out.push(path.join('>'))
      else if (!path.includes(next) && keys.indexOf(next) > keys.indexOf(start)) walk(start, [...path, next])
    }
  }
  for (const start of keys) walk(start, [start])
  return out
}
