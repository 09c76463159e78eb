import {NdjsonParseError} from '../core'
import type {StoredDocument} from '../sources/perspective'

/**
 * One NDJSON line as a Sanity document. Blank lines are allowed (exports end
 * with one); anything else must be a JSON object with a string `_id` and `_type`.
 * Returns null for a blank line.
 */
export function parseNdjsonLine(text: string, line: number, file?: string): StoredDocument | null {
  if (text.trim() === '') return null
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new NdjsonParseError(line, `not valid JSON (${error instanceof Error ? error.message : String(error)})`, {file, cause: error})
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new NdjsonParseError(line, `expected a JSON object, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`, {file})
  }
  const doc = value as Record<string, unknown>
  if (typeof doc._id !== 'string' || doc._id === '') throw new NdjsonParseError(line, 'the document has no string "_id"', {file})
  if (typeof doc._type !== 'string' || doc._type === '') throw new NdjsonParseError(line, `document "${doc._id}" has no string "_type"`, {file})
  return doc as StoredDocument
}

export interface NdjsonOptions {
  /**
   * strict (default): the first malformed line throws an NdjsonParseError naming it.
   * lenient: malformed lines are skipped and returned in `errors`; every good line is kept.
   */
  mode?: 'strict' | 'lenient'
}

export interface NdjsonResult {
  documents: StoredDocument[]
  /** Malformed lines (lenient mode), in file order. */
  errors: NdjsonParseError[]
  /** Lines read, blank ones included. */
  lines: number
}

/** Collects documents line by line; shared by the string parser and the file streamer. */
export function ndjsonCollector(options: NdjsonOptions & {file?: string}) {
  const result: NdjsonResult = {documents: [], errors: [], lines: 0}
  return {
    result,
    push(text: string) {
      result.lines++
      try {
        const doc = parseNdjsonLine(text, result.lines, options.file)
        if (doc) result.documents.push(doc)
      } catch (error) {
        if (options.mode !== 'lenient') throw error
        result.errors.push(error as NdjsonParseError)
      }
    },
  }
}

/** Parses NDJSON text (a Sanity export's `data.ndjson`, or a dataset file). */
export function parseNdjson(text: string, options: NdjsonOptions = {}): NdjsonResult {
  const collector = ndjsonCollector(options)
  const lines = text.split(/\r?\n/)
  if (lines.at(-1) === '') lines.pop()
  for (const line of lines) collector.push(line)
  return collector.result
}
