/** Prints how many documents of each type the dataset holds, plus a few content totals. */
import {documents} from '../src/documents.ts'

const counts = new Map<string, number>()
for (const doc of documents) counts.set(doc._type, (counts.get(doc._type) ?? 0) + 1)

const rows: [string, number][] = [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1))
let transitions = 0
let topics = 0
let modules = 0
for (const doc of documents) {
  if (doc._type === 'role') transitions += doc.transitions?.length ?? 0
  if (doc._type === 'learningPath') {
    modules += doc.modules.length
    topics += doc.modules.reduce((n, m) => n + m.topics.length, 0)
  }
}
const width = Math.max(...rows.map(([t]) => t.length), 'documents'.length)
console.log('| type | count |\n| --- | ---: |')
for (const [type, n] of rows) console.log(`| ${type.padEnd(width)} | ${n} |`)
console.log(`| ${'**total**'.padEnd(width)} | ${documents.length} |`)
console.log(`\nrole transitions: ${transitions}; learning-path modules: ${modules}, topics: ${topics}`)
