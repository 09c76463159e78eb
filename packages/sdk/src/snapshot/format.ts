import {SnapshotFormatError} from '../core'

/**
 * A snapshot is the published curriculum frozen into one JSON file, for
 * readers that should not call Sanity (the widget, the docs build). It says
 * what it is, which format version, when and where it was taken. This module
 * has no dependencies, so browser bundles can read snapshots cheaply.
 */
export const SNAPSHOT_FORMAT = 'careerpath-snapshot'
/** 2: content model v2 (localized fields, rungs and seniority, organisations, degrees). Version 1 held v1 documents. */
export const SNAPSHOT_VERSION = 2

export interface SnapshotDocument {
  _id: string
  _type: string
  [field: string]: unknown
}

/** Where the documents came from. Never holds a token. */
export interface SnapshotSource {
  /** `embedded`: the seed bundled with the SDK; `sanity`: a Content Lake dataset; `documents`: documents the caller passed (e.g. an NDJSON file). */
  kind: 'embedded' | 'sanity' | 'documents'
  projectId?: string
  dataset?: string
  perspective: string
  /**
   * The language the snapshot was taken in: its FAQs and guides are the
   * documents in this language (structured documents hold every language).
   * Absent in snapshots from SDKs before it was recorded.
   */
  language?: string
}

export interface Snapshot<D extends SnapshotDocument = SnapshotDocument> {
  format: typeof SNAPSHOT_FORMAT
  version: typeof SNAPSHOT_VERSION
  /** ISO 8601 timestamp. */
  takenAt: string
  source: SnapshotSource
  documents: D[]
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const sourceKinds: readonly SnapshotSource['kind'][] = ['embedded', 'sanity', 'documents']

/** Builds the envelope around documents already validated. Copies `source` field by field so nothing else (a token) can slip in. */
export function createSnapshot<D extends SnapshotDocument>(documents: D[], source: SnapshotSource, takenAt: Date = new Date()): Snapshot<D> {
  const cleanSource: SnapshotSource = {kind: source.kind, perspective: source.perspective}
  if (source.projectId !== undefined) cleanSource.projectId = source.projectId
  if (source.dataset !== undefined) cleanSource.dataset = source.dataset
  if (source.language !== undefined) cleanSource.language = source.language
  return {format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, takenAt: takenAt.toISOString(), source: cleanSource, documents}
}

/**
 * Reads a snapshot (JSON text or the parsed value) and checks its envelope.
 *
 * @throws {@link SnapshotFormatError} when it is not a careerpath snapshot, is
 * of another format version (a newer SDK wrote it: upgrade), or is damaged.
 */
export function parseSnapshot(input: string | unknown): Snapshot {
  let value: unknown = input
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input)
    } catch (error) {
      throw new SnapshotFormatError('', `Not a snapshot: the text is not JSON (${error instanceof Error ? error.message : String(error)})`)
    }
  }
  if (!isObject(value)) throw new SnapshotFormatError('', 'Not a snapshot: expected a JSON object')
  if (value.format !== SNAPSHOT_FORMAT) {
    throw new SnapshotFormatError('format', `Not a careerpath snapshot: "format" is ${JSON.stringify(value.format)}, expected "${SNAPSHOT_FORMAT}"`)
  }
  const version = value.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new SnapshotFormatError('version', `Snapshot "version" must be a whole number from 1, got ${JSON.stringify(version)}`)
  }
  if (version !== SNAPSHOT_VERSION) {
    throw new SnapshotFormatError(
      'version',
      version > SNAPSHOT_VERSION
        ? `Snapshot format version ${version} is newer than this @careerpath/sdk reads (${SNAPSHOT_VERSION}): Upgrade @careerpath/sdk.`
        : `Snapshot format version ${version} (content model v${version}) is no longer read: take a new one with \`careerpath snapshot\` (version ${SNAPSHOT_VERSION}).`,
    )
  }
  if (typeof value.takenAt !== 'string' || Number.isNaN(Date.parse(value.takenAt))) {
    throw new SnapshotFormatError('takenAt', 'Snapshot "takenAt" must be an ISO 8601 date-time')
  }
  const source = value.source
  if (!isObject(source) || !sourceKinds.includes(source.kind as SnapshotSource['kind']) || typeof source.perspective !== 'string') {
    throw new SnapshotFormatError('source', `Snapshot "source" must be {kind: ${sourceKinds.map((k) => `"${k}"`).join(' | ')}, perspective, …}`)
  }
  for (const field of ['projectId', 'dataset', 'language'] as const) {
    if (source[field] !== undefined && typeof source[field] !== 'string') throw new SnapshotFormatError(`source.${field}`, `Snapshot "source.${field}" must be a string`)
  }
  if (source.kind === 'sanity' && (typeof source.projectId !== 'string' || typeof source.dataset !== 'string')) {
    throw new SnapshotFormatError('source', 'A snapshot taken from Sanity must name its projectId and dataset')
  }
  if (!Array.isArray(value.documents)) throw new SnapshotFormatError('documents', 'Snapshot "documents" must be an array')
  value.documents.forEach((doc, i) => {
    if (!isObject(doc) || typeof doc._id !== 'string' || typeof doc._type !== 'string') {
      throw new SnapshotFormatError(`documents[${i}]`, `Snapshot document ${i} must be an object with a string _id and _type`)
    }
  })
  return value as unknown as Snapshot
}

/** Stable, readable JSON for a snapshot file. */
export function serializeSnapshot(snapshot: Snapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`
}
