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
 * Loads documents from a file, by content: a snapshot (a JSON object with
 * `format: "careerpath-snapshot"`) or NDJSON (one document per line).
 */
export async function loadDocuments(file: string, options: NdjsonOptions = {}): Promise<{kind: 'snapshot' | 'ndjson'} & NdjsonResult> {
  const head = await readHead(file)
  if (head.startsWith('{') && /"format"\s*:\s*"careerpath-snapshot"/.test(head)) {
    const snapshot = await loadSnapshot(file)
    return {kind: 'snapshot', documents: snapshot.documents, errors: [], lines: 0}
  }
  return {kind: 'ndjson', ...(await loadNdjson(file, options))}
}

async function readHead(file: string): Promise<string> {
  const stream = createReadStream(file, {encoding: 'utf8', start: 0, end: 4095})
  let text = ''
  for await (const chunk of stream) text += chunk
  return text.trimStart()
}
