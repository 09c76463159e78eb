import type {CurriculumDocument} from './types.ts'

/** System keys first, in Sanity's customary order; every other key alphabetically. */
const leadingKeys = ['_id', '_type', '_key', '_ref']

function compareKeys(a: string, b: string): number {
  const ia = leadingKeys.indexOf(a)
  const ib = leadingKeys.indexOf(b)
  if (ia >= 0 || ib >= 0) return (ia < 0 ? leadingKeys.length : ia) - (ib < 0 ? leadingKeys.length : ib)
  return a < b ? -1 : a > b ? 1 : 0
}

/** A deep copy with keys in canonical order, so output never depends on how a source file was written. */
export function canonicalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalise)
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => compareKeys(a, b))
    return Object.fromEntries(entries.map(([k, v]) => [k, canonicalise(v)]))
  }
  return value
}

/** Documents ordered by `_id`; the order of the source files does not matter. */
export function sortDocuments<T extends {_id: string}>(documents: readonly T[]): T[] {
  return [...documents].sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))
}

/** The dataset as `sanity dataset import` takes it: one JSON document per line, ending in a newline. */
export function toNdjson(documents: readonly CurriculumDocument[]): string {
  return sortDocuments(documents)
    .map((doc) => JSON.stringify(canonicalise(doc)))
    .join('\n')
    .concat('\n')
}

export class NdjsonParseError extends Error {
  override readonly name = 'NdjsonParseError'
  readonly line: number
  constructor(line: number, message: string) {
    super(`NDJSON line ${line}: ${message}`)
    this.line = line
  }
}

export function isNdjsonParseError(error: unknown): error is NdjsonParseError {
  return error instanceof NdjsonParseError
}

/** Parses NDJSON into documents; a bad line throws an error naming its line number. */
export function parseNdjson(text: string): Record<string, unknown>[] {
  const docs: Record<string, unknown>[] = []
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return
    let parsed: unknown
    try {
      parsed = JSON.parse(line)
    } catch (error) {
      throw new NdjsonParseError(index + 1, (error as Error).message)
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new NdjsonParseError(index + 1, 'expected a JSON object')
    const doc = parsed as Record<string, unknown>
    if (typeof doc._id !== 'string' || typeof doc._type !== 'string') throw new NdjsonParseError(index + 1, 'a document needs string _id and _type')
    docs.push(doc)
  })
  return docs
}
