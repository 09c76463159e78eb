import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {isCareerPathError} from '../src/core'
import {createCareerGraph} from '../src/graph'
import {parseSnapshot, createSnapshot, serializeSnapshot} from '../src/snapshot/format'
import {validateDataset} from '../src/validation/dataset'
import {fixtureDocuments as sharedFixture} from './fixtures'

/** A deep copy: the fixture shares some field values between documents (and calls), and mutations must stay in one. */
const fixtureDocuments = (): Record<string, any>[] => JSON.parse(JSON.stringify(sharedFixture())) // structuredClone would keep the sharing

/**
 * Mutated and malformed documents and snapshots: the SDK answers with typed
 * errors or warnings only (never a TypeError from reading a field of
 * something that is not an object), and every document nobody touched stays.
 */
const junk = fc.oneof(
  fc.constantFrom(null, undefined, 0, -1, 1.5, Number.NaN, '', ' ', 'x', true, [], {}, [null], [{}], {_ref: 'nowhere'}, {_ref: 42}, {current: null}, [{_key: 'k'}]),
  fc.string({maxLength: 6}),
  fc.integer(),
  fc.array(fc.anything({maxDepth: 2}), {maxLength: 3}),
  fc.anything({maxDepth: 2}),
)
/** Field paths found in the fixture's documents, one or two levels deep. */
const fieldsOf = (doc: Record<string, unknown>) =>
  Object.entries(doc).flatMap(([key, value]) => [
    [key],
    ...(Array.isArray(value) ? value.flatMap((item, i) => (item && typeof item === 'object' ? Object.keys(item).map((k) => [key, i, k]) : [[key, i]])) : []),
    ...(value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value).map((k) => [key, k]) : []),
  ])

function mutate(docs: Record<string, any>[], picks: {doc: number; field: number; value: unknown}[]): Set<number> {
  const touched = new Set<number>()
  for (const pick of picks) {
    const index = pick.doc % docs.length
    const doc = docs[index]!
    const paths = fieldsOf(doc)
    const path = paths[pick.field % paths.length]!
    let target: any = doc
    for (const key of path.slice(0, -1)) target = target?.[key]
    if (target && typeof target === 'object') {
      target[path.at(-1)!] = pick.value
      touched.add(index)
    }
  }
  return touched
}
const picks = fc.array(fc.record({doc: fc.nat(), field: fc.nat(), value: junk}), {minLength: 1, maxLength: 4})
/** Documents that refer to a touched one may be rejected for it (a reference to a now-invalid document); the rest must stay. */
const referencesOf = (doc: unknown): string[] => JSON.stringify(doc).match(/"_ref":"([^"]+)"/g)?.map((m) => m.slice(8, -1)) ?? []

function neverUntyped(run: () => unknown) {
  try {
    run()
  } catch (error) {
    expect(isCareerPathError(error), `threw ${String(error)}`).toBe(true)
  }
}

describe('fuzz', () => {
  test('validateDataset: issues, never a TypeError; untouched documents that refer to nothing touched are kept', () => {
    fc.assert(
      fc.property(picks, (chosen) => {
        const docs = fixtureDocuments()
        const original = JSON.parse(JSON.stringify(docs)) as Record<string, any>[]
        const touched = mutate(docs, chosen)
        const touchedIds = new Set([...touched].map((i) => original[i]!._id))
        let result: ReturnType<typeof validateDataset> | undefined
        neverUntyped(() => (result = validateDataset(docs, {mode: 'lenient'})))
        const kept = new Set(result!.documents.map((d) => (d as {_id: string})._id))
        docs.forEach((doc, i) => {
          if (touched.has(i) || typeof doc._id !== 'string') return
          const dependsOnTouched = referencesOf(doc).some((ref) => touchedIds.has(ref)) || [...touched].some((t) => referencesOf(original[t]).includes(doc._id as string))
          if (!dependsOnTouched) expect(kept.has(doc._id as string), `${String(doc._id)} was dropped`).toBe(true)
        })
      }),
      {numRuns: 300},
    )
  })

  test('the career graph: warnings, never a throw while indexing; methods throw typed errors only; untouched roles stay', () => {
    fc.assert(
      fc.property(picks, fc.array(junk, {maxLength: 3}), (chosen, extra) => {
        const docs: any[] = fixtureDocuments()
        const touched = mutate(docs, chosen)
        docs.push(...extra)
        const graph = createCareerGraph(docs)
        const slugs = docs.filter((d, i) => !touched.has(i) && d?._type === 'role').map((d) => d.slug.current as string)
        for (const slug of slugs) expect(graph.hasRole(slug)).toBe(true)
        for (const a of ['technician', 'lead', 'manager', 'nobody']) {
          for (const b of ['technician', 'lead', 'manager']) {
            neverUntyped(() => graph.paths(a, b))
            neverUntyped(() => graph.plan(a, b))
            neverUntyped(() => graph.gap(a, b))
            neverUntyped(() => graph.compare(a, b))
          }
        }
        neverUntyped(() => graph.tracks())
        neverUntyped(() => graph.transitions())
      }),
      {numRuns: 200},
    )
  })

  test('parseSnapshot: a SnapshotFormatError for anything that is not a snapshot, never a TypeError', () => {
    const good = JSON.parse(serializeSnapshot(createSnapshot(fixtureDocuments() as never, {kind: 'documents', perspective: 'published', language: 'en'})))
    const envelopeKeys = ['format', 'version', 'takenAt', 'source', 'documents']
    fc.assert(
      fc.property(fc.constantFrom(...envelopeKeys, 'source.kind', 'source.perspective', 'source.language', 'documents.0', 'documents.0._id'), junk, (path, value) => {
        const copy = structuredClone(good)
        const keys = path.split('.')
        let target = copy
        for (const key of keys.slice(0, -1)) target = target[key]
        target[keys.at(-1)!] = value
        neverUntyped(() => parseSnapshot(copy))
        neverUntyped(() => parseSnapshot(JSON.stringify(copy)))
      }),
      {numRuns: 400},
    )
    fc.assert(fc.property(fc.oneof(fc.string(), fc.anything()), (input) => neverUntyped(() => parseSnapshot(input))), {numRuns: 300})
  })
})
