/** Prints how many documents of each type the v1 fixture and the v2 dataset hold, plus a few content totals. */
import {documents, migrationReport, v1Documents} from '../src/documents.ts'
import {isRole, isTrack, ladderKinds, type CurriculumDocument} from '../src/types.ts'

const count = (docs: readonly CurriculumDocument[]) => {
  const counts = new Map<string, number>()
  for (const doc of docs) counts.set(doc._type, (counts.get(doc._type) ?? 0) + 1)
  return counts
}
const v1 = count(v1Documents)
const v2 = count(documents)
const types = [...new Set([...v1.keys(), ...v2.keys()])].sort()
const width = Math.max(...types.map((t) => t.length), '**total**'.length)
console.log('| type | v1 fixture | v2 dataset |\n| --- | ---: | ---: |')
for (const type of types) console.log(`| ${type.padEnd(width)} | ${v1.get(type) ?? 0} | ${v2.get(type) ?? 0} |`)
console.log(`| ${'**total**'.padEnd(width)} | ${v1Documents.length} | ${documents.length} |`)

const roles = documents.filter(isRole)
const tracks = documents.filter(isTrack)
const ladders = tracks.filter((t) => (ladderKinds as readonly string[]).includes(t.kind)).length
const transitions = roles.reduce((n, r) => n + (r.transitions?.length ?? 0), 0)
const path = documents.find((d) => d._type === 'learningPath') as {modules?: {topics?: unknown[]}[]} | undefined
const modules = path?.modules?.length ?? 0
const topics = path?.modules?.reduce((n, m) => n + (m.topics?.length ?? 0), 0) ?? 0
console.log(`\n${ladders} ladders and ${tracks.length - ladders} families; ${transitions} role transitions; learning-path modules: ${modules}, topics: ${topics}`)
console.log(`migration report: ${migrationReport.length} lines (pnpm run build -- --report prints them)`)
