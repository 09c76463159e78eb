import {createReadStream} from 'node:fs'
import {mkdir, readFile, rename, writeFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {createInterface} from 'node:readline'
import {parseSnapshot, serializeSnapshot, type Snapshot} from '../snapshot/format'
import {ndjsonCollector, type NdjsonOptions, type NdjsonResult} from './ndjson'

/**
 * Streams an NDJSON file line by line (a large export never has to fit in one
 * string). Line numbers in errors are 1-based, as editors show them.
 */
export async function loadNdjson(file: string, options: NdjsonOptions = {}): Promise<NdjsonResult> {
  const collector = ndjsonCollector({...options, file})
  const stream = createReadStream(file, {encoding: 'utf8'})
  const lines = createInterface({input: stream, crlfDelay: Number.POSITIVE_INFINITY})
  try {
    for await (const line of lines) collector.push(line)
  } finally {
    lines.close()
    stream.destroy()
  }
  return collector.result
}

/** Reads and checks a snapshot file. @throws {@link SnapshotFormatError} for anything but a compatible snapshot. */
export async function loadSnapshot(file: string): Promise<Snapshot> {
  return parseSnapshot(await readFile(file, 'utf8'))
}

/**
 * Writes a snapshot next to its destination, then renames it into place, so readers never see half a file.
 * Missing folders are created: `--out public/careers/curriculum.json` should just work.
 */
export async function writeSnapshot(file: string, snapshot: Snapshot): Promise<void> {
  await mkdir(dirname(file), {recursive: true})
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`)
  await writeFile(temporary, serializeSnapshot(snapshot), 'utf8')
  await rename(temporary, file)
}

/**
 * Loads documents from a file, by what it parses as: a snapshot is one JSON
 * object with `format: "careerpath-snapshot"` (pretty-printed or on one line,
 * its fields in any order); anything else is NDJSON, one document per line.
 * The first line decides without reading the file twice in the common cases:
 * a line that is a whole JSON object starts NDJSON unless it is the only line
 * and a snapshot envelope; a first line that is not a whole JSON value (`{` of
 * a pretty-printed file) means the file is read as one JSON text.
 */
export async function loadDocuments(file: string, options: NdjsonOptions = {}): Promise<{kind: 'snapshot' | 'ndjson'} & NdjsonResult> {
  const first = await firstLine(file)
  let firstValue: unknown
  let whole = false
  try {
    firstValue = JSON.parse(first.line)
    whole = true
  } catch {
    whole = false
  }
  const isEnvelope = (value: unknown) => typeof value === 'object' && value !== null && (value as {format?: unknown}).format === 'careerpath-snapshot' && Array.isArray((value as {documents?: unknown}).documents)
  if (whole ? first.only && isEnvelope(firstValue) : first.line.trimStart().startsWith('{')) {
    const text = await readFile(file, 'utf8')
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      // Not one JSON text either: NDJSON whose first line is broken, reported by the NDJSON reader with its line number.
      return {kind: 'ndjson', ...(await loadNdjson(file, options))}
    }
    const snapshot = parseSnapshot(value)
    return {kind: 'snapshot', documents: snapshot.documents, errors: [], lines: 0}
  }
  return {kind: 'ndjson', ...(await loadNdjson(file, options))}
}

/** The first non-blank line, and whether nothing but white space follows it. */
async function firstLine(file: string): Promise<{line: string; only: boolean}> {
  const stream = createReadStream(file, {encoding: 'utf8'})
  const lines = createInterface({input: stream, crlfDelay: Number.POSITIVE_INFINITY})
  let line: string | undefined
  let only = true
  try {
    for await (const text of lines) {
      if (line === undefined) {
        if (text.trim() !== '') line = text
      } else if (text.trim() !== '') {
        only = false
        break
      }
    }
  } finally {
    lines.close()
    stream.destroy()
  }
  return {line: line ?? '', only}
}
