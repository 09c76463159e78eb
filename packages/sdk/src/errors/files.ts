import {CareerPathError, isCareerPathError} from './core'

// Errors of reading files and snapshots: only local sources and snapshot readers load them.

/** A line of an NDJSON file that is not a JSON object; `line` is 1-based. */
export class NdjsonParseError extends CareerPathError {
  readonly line: number
  readonly file: string | null

  constructor(line: number, reason: string, options: {file?: string; cause?: unknown} = {}) {
    super('NDJSON_PARSE', `${options.file ?? 'NDJSON'} line ${line}: ${reason}`, {cause: options.cause})
    this.name = 'NdjsonParseError'
    this.line = line
    this.file = options.file ?? null
  }
}

export function isNdjsonParseError(value: unknown): value is NdjsonParseError {
  return isCareerPathError(value) && value.code === 'NDJSON_PARSE'
}

/** A snapshot this SDK cannot read: not a snapshot at all, another format version, or a broken envelope. */
export class SnapshotFormatError extends CareerPathError {
  /** Field of the snapshot envelope at fault, e.g. `version` or `documents[3]._id`. */
  readonly field: string

  constructor(field: string, message: string) {
    super('SNAPSHOT_FORMAT', message)
    this.name = 'SnapshotFormatError'
    this.field = field
  }
}

export function isSnapshotFormatError(value: unknown): value is SnapshotFormatError {
  return isCareerPathError(value) && value.code === 'SNAPSHOT_FORMAT'
}
