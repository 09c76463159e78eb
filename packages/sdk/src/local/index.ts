/**
 * Node-only helpers: load a dataset from an NDJSON export or a snapshot file,
 * write snapshots. The only entry point of the SDK that uses Node built-ins.
 *
 * @packageDocumentation
 */
export {loadDocuments, loadNdjson, loadSnapshot, writeSnapshot} from './files'
export {parseNdjson, parseNdjsonLine} from './ndjson'
export type {NdjsonOptions, NdjsonResult} from './ndjson'
export type {StoredDocument} from '../sources/perspective'
export {isNdjsonParseError, isSnapshotFormatError, NdjsonParseError, SnapshotFormatError} from '../core'
