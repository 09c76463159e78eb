import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {isNdjsonParseError, isSnapshotFormatError} from '../core'
import {createSnapshot} from '../snapshot/format'
import {loadDocuments, loadNdjson, loadSnapshot, writeSnapshot} from './files'
import {parseNdjson} from './ndjson'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'careerpath-sdk-'))
})
afterAll(() => rm(dir, {recursive: true, force: true}))

const lines = ['{"_id":"a","_type":"role"}', '', '{"_id":"b","_type":"skill"', '[1,2]', '{"_type":"skill"}', '{"_id":"c","_type":"track"}']

describe('NDJSON', () => {
  test('strict: the first malformed line throws naming the file and line', async () => {
    const file = join(dir, 'broken.ndjson')
    await writeFile(file, lines.join('\n'))
    const error = await loadNdjson(file).catch((e: unknown) => e)
    expect(isNdjsonParseError(error)).toBe(true)
    expect(error).toMatchObject({line: 3, file})
    expect(String((error as Error).message)).toMatch(/broken\.ndjson line 3: not valid JSON/)
  })

  test('lenient: keeps every good line and reports each bad one', async () => {
    const file = join(dir, 'mixed.ndjson')
    await writeFile(file, `${lines.join('\r\n')}\n`)
    const result = await loadNdjson(file, {mode: 'lenient'})
    expect(result.documents.map((d) => d._id)).toEqual(['a', 'c'])
    expect(result.errors.map((e) => [e.line, e.message.replace(/^.*line \d+: /, '')])).toEqual([
      [3, expect.stringMatching(/^not valid JSON/)],
      [4, 'expected a JSON object, got an array'],
      [5, 'the document has no string "_id"'],
    ])
    expect(result.lines).toBe(6)
  })

  test('parses text the same way', () => {
    expect(parseNdjson(lines.join('\n'), {mode: 'lenient'}).errors.map((e) => e.line)).toEqual([3, 4, 5])
    expect(() => parseNdjson('{"_id": "x"}')).toThrow(/line 1: document "x" has no string "_type"/)
  })
})

describe('snapshot files', () => {
  test('written atomically, read back, and recognised by loadDocuments', async () => {
    const file = join(dir, 'snap.json')
    const snapshot = createSnapshot([{_id: 'a', _type: 'role'}], {kind: 'embedded', perspective: 'published'})
    await writeSnapshot(file, snapshot)
    expect(await loadSnapshot(file)).toEqual(snapshot)
    expect(await loadDocuments(file)).toMatchObject({kind: 'snapshot', documents: [{_id: 'a'}]})
  })

  test('creates the folders a snapshot is written into', async () => {
    const file = join(dir, 'public', 'careers', 'curriculum.json')
    const snapshot = createSnapshot([{_id: 'b', _type: 'track'}], {kind: 'embedded', perspective: 'published'})
    await writeSnapshot(file, snapshot)
    expect(await loadSnapshot(file)).toEqual(snapshot)
  })

  test('an incompatible snapshot file is a SnapshotFormatError', async () => {
    const file = join(dir, 'future.json')
    await writeFile(file, JSON.stringify({...createSnapshot([], {kind: 'embedded', perspective: 'published'}), version: 9}))
    expect(isSnapshotFormatError(await loadSnapshot(file).catch((e: unknown) => e))).toBe(true)
  })
})
