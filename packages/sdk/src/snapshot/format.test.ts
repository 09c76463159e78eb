import {describe, expect, test} from 'vitest'
import {isSnapshotFormatError} from '../core'
import {createSnapshot, parseSnapshot, serializeSnapshot} from './format'

const docs = [{_id: 'a', _type: 'role'}]

function errorOf(input: unknown) {
  try {
    parseSnapshot(input)
  } catch (error) {
    if (isSnapshotFormatError(error)) return {field: error.field, message: error.message}
    throw error
  }
  throw new Error('expected a SnapshotFormatError')
}

describe('snapshots', () => {
  test('round-trips through its JSON text', () => {
    const snapshot = createSnapshot(docs, {kind: 'sanity', projectId: 'p1', dataset: 'production', perspective: 'published'}, new Date('2025-05-01T10:00:00Z'))
    expect(parseSnapshot(serializeSnapshot(snapshot))).toEqual({
      format: 'careerpath-snapshot',
      version: 2,
      takenAt: '2025-05-01T10:00:00.000Z',
      source: {kind: 'sanity', projectId: 'p1', dataset: 'production', perspective: 'published'},
      documents: docs,
    })
  })

  test('the envelope keeps only known source fields (a token cannot slip in)', () => {
    const source = {kind: 'sanity', projectId: 'p', dataset: 'd', perspective: 'published', token: 'sk-secret'} as const
    expect(JSON.stringify(createSnapshot(docs, source))).not.toContain('sk-secret')
  })

  test('a newer format version asks for an upgrade', () => {
    const snapshot = {...createSnapshot(docs, {kind: 'embedded', perspective: 'published'}), version: 3}
    expect(errorOf(snapshot)).toEqual({field: 'version', message: expect.stringContaining('Upgrade @careerpath/sdk')})
  })

  test('a version 1 snapshot (content model v1) says to take a new one', () => {
    const snapshot = {...createSnapshot(docs, {kind: 'embedded', perspective: 'published'}), version: 1}
    expect(errorOf(snapshot)).toEqual({field: 'version', message: expect.stringContaining('take a new one with `careerpath snapshot`')})
    expect(errorOf(snapshot).message).toContain('content model v1')
  })

  test('names what is wrong with a damaged file', () => {
    const good = createSnapshot(docs, {kind: 'embedded', perspective: 'published'})
    expect(errorOf('{not json').field).toBe('')
    expect(errorOf({...good, format: 'other'}).field).toBe('format')
    expect(errorOf({...good, takenAt: 'yesterday'}).field).toBe('takenAt')
    expect(errorOf({...good, source: {kind: 'sanity', perspective: 'published'}}).field).toBe('source')
    expect(errorOf({...good, documents: [{_id: 'a', _type: 'role'}, {_type: 'role'}]}).field).toBe('documents[1]')
  })
})
