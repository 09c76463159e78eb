import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, expect, test} from 'vitest'
import {createSnapshot, serializeSnapshot} from '../snapshot/format'
import {loadDocuments} from './files'

/** loadDocuments tells a snapshot from NDJSON by parsing, never by a regex over the first bytes. */
let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'careerpath-detect-'))
})
afterAll(() => rm(dir, {recursive: true, force: true}))

const role = (i: number) => ({_id: `role-${i}`, _type: 'role', note: 'x'.repeat(200)})

test('a snapshot whose "format" comes after the first 4 KB is still a snapshot', async () => {
  const snapshot = createSnapshot(Array.from({length: 40}, (_, i) => role(i)), {kind: 'documents', perspective: 'published'})
  // Same envelope, documents first: valid JSON, but "format" is ~10 KB into the file.
  const {documents, ...envelope} = snapshot
  const file = join(dir, 'reordered.json')
  await writeFile(file, JSON.stringify({documents, ...envelope}, null, 2))
  const loaded = await loadDocuments(file)
  expect(loaded.kind).toBe('snapshot')
  expect(loaded.documents).toHaveLength(40)
})

test('an NDJSON line that merely mentions the snapshot format is NDJSON', async () => {
  const file = join(dir, 'mentions.ndjson')
  const lines = [{_id: 'faq-1', _type: 'faq', question: 'What is {"format": "careerpath-snapshot"}?'}, {_id: 'faq-2', _type: 'faq'}]
  // A document with a field named "format": its first line looks like a snapshot envelope to a regex.
  await writeFile(file, `{"_id": "a", "_type": "note", "format": "careerpath-snapshot"}\n${lines.map((l) => JSON.stringify(l)).join('\n')}\n`)
  const loaded = await loadDocuments(file)
  expect(loaded.kind).toBe('ndjson')
  expect(loaded.documents.map((d) => d._id)).toEqual(['a', 'faq-1', 'faq-2'])
})

test('a one-line (minified) snapshot and a pretty one both load as snapshots', async () => {
  const snapshot = createSnapshot([role(1)], {kind: 'documents', perspective: 'published'})
  for (const [name, text] of [['min.json', JSON.stringify(snapshot)], ['pretty.json', serializeSnapshot(snapshot)]] as const) {
    const file = join(dir, name)
    await writeFile(file, text)
    expect((await loadDocuments(file)).kind).toBe('snapshot')
  }
})
