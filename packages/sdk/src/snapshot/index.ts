/**
 * Reading and writing careerpath snapshots without any heavy dependency
 * (no @sanity/client, groq-js or zod): safe for small browser bundles.
 *
 * @packageDocumentation
 */
export {createSnapshot, parseSnapshot, serializeSnapshot, SNAPSHOT_FORMAT, SNAPSHOT_VERSION} from './format'
export type {Snapshot, SnapshotDocument, SnapshotSource} from './format'
export {isSnapshotFormatError, SnapshotFormatError} from '../core'
