/**
 * Writes dist/careerpath-seed.json: the seed curriculum (@careerpath/curriculum's
 * NDJSON) as a snapshot the widget fetches lazily when it has no other source.
 * Only the document types the career graph reads are kept, to keep it small.
 */
import {readFileSync, writeFileSync, mkdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {createSnapshot, type SnapshotDocument} from '@careerpath/sdk/snapshot'

const GRAPH_TYPES = new Set(['track', 'role', 'skill', 'certification', 'resource'])
const input = fileURLToPath(import.meta.resolve('@careerpath/curriculum/dataset/careerpath.ndjson'))
const output = fileURLToPath(new URL('../dist/careerpath-seed.json', import.meta.url))

const documents: SnapshotDocument[] = []
readFileSync(input, 'utf8')
  .split('\n')
  .forEach((line, index) => {
    if (!line.trim()) return
    let doc: SnapshotDocument
    try {
      doc = JSON.parse(line)
    } catch (error) {
      throw new Error(`${input}:${index + 1}: not valid JSON (${(error as Error).message})`)
    }
    const id = String(doc._id ?? '')
    if (GRAPH_TYPES.has(String(doc._type)) && !id.startsWith('drafts.') && !id.startsWith('versions.')) documents.push(doc)
  })

// The SDK's snapshot envelope; the time is the build's, or SOURCE_DATE_EPOCH for reproducible builds.
const takenAt = new Date(process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.now())
const snapshot = createSnapshot(documents, {kind: 'embedded', perspective: 'published'}, takenAt)
// Compact JSON: this file travels to every visitor.
const text = JSON.stringify(snapshot)
mkdirSync(new URL('../dist/', import.meta.url), {recursive: true})
writeFileSync(output, text)
console.log(`careerpath-seed.json: ${documents.length} documents, ${(text.length / 1024).toFixed(1)} KiB`)
