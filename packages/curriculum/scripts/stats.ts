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

// Languages: localized values per language (field by field) and the FAQs and guides written in it (document by document), with word counts.
const perLanguage = new Map<string, {values: number; valueWords: number; faqs: number; guides: number; proseWords: number}>()
const entry = (language: string) => {
  if (!perLanguage.has(language)) perLanguage.set(language, {values: 0, valueWords: 0, faqs: 0, guides: 0, proseWords: 0})
  return perLanguage.get(language)!
}
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length
const visit = (value: unknown): void => {
  if (Array.isArray(value)) return value.forEach(visit)
  if (!value || typeof value !== 'object') return
  const item = value as {_type?: string; language?: string; value?: unknown}
  if (item._type?.startsWith('internationalizedArray') && typeof item.value === 'string' && item.language) {
    entry(item.language).values++
    entry(item.language).valueWords += wordCount(item.value)
  } else Object.values(value).forEach(visit)
}
const blockText = (blocks: unknown) => ((blocks as {children?: {text: string}[]}[] | undefined) ?? []).map((b) => (b.children ?? []).map((c) => c.text).join('')).join(' ')
for (const doc of documents) {
  if (doc._type === 'translation.metadata') continue
  if (doc._type === 'faq' || doc._type === 'guide') {
    const e = entry(String(doc.language))
    if (doc._type === 'faq') e.faqs++
    else e.guides++
    e.proseWords += wordCount([doc.question, doc.title, doc.summary].filter((t) => typeof t === 'string').join(' ') + ' ' + blockText(doc.answer ?? doc.body))
  } else visit(doc)
}
console.log('\n| language | localized values | their words | FAQs | guides | FAQ and guide words |\n| --- | ---: | ---: | ---: | ---: | ---: |')
for (const [language, e] of perLanguage) console.log(`| ${language} | ${e.values} | ${e.valueWords} | ${e.faqs} | ${e.guides} | ${e.proseWords} |`)
console.log(`translation.metadata documents: ${documents.filter((d) => d._type === 'translation.metadata').length}`)
