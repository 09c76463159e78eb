/**
 * What each translation was made from. For every field (and every FAQ and
 * guide) that has a translation, a short hash of its English text at the time
 * it was translated, committed in `sources.json`. When an edit later changes
 * the English, the hash no longer matches and the tests name the place, so a
 * Spanish or German text never silently goes on translating an older English
 * one. After updating the translations, `pnpm run build -- --translated`
 * records the new hashes.
 */
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import type {CurriculumDocument} from '../../types.ts'

export const sourcesPath = new URL('./sources.json', import.meta.url)

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12)

interface Item {
  _key?: string
  _type?: string
  language?: string
  value?: unknown
}
const isLocalized = (value: unknown): value is Item[] =>
  Array.isArray(value) && value.length > 0 && value.every((v: Item) => typeof v?._type === 'string' && v._type.startsWith('internationalizedArray') && typeof v.value === 'string')

/** Per place (`<id> <path>` for a field, `<id>` for a FAQ or guide), the hash of the English text its translations translate. */
export function translationSources(documents: readonly CurriculumDocument[]): Record<string, string> {
  const out: Record<string, string> = {}
  const translated = new Set(documents.filter((d) => d._type === 'translation.metadata').flatMap((m) => (m.translations as {language: string; value: {_ref: string}}[]).filter((t) => t.language === 'en').map((t) => t.value._ref)))
  for (const doc of documents) {
    if (doc._type === 'translation.metadata') continue
    if (doc._type === 'faq' || doc._type === 'guide') {
      if (translated.has(doc._id)) out[doc._id] = hash(doc._type === 'faq' ? [doc.question, doc.answer] : [doc.title, doc.summary, doc.body])
      continue
    }
    const visit = (value: unknown, path: string): void => {
      if (isLocalized(value)) {
        const english = value.find((v) => v.language === 'en')
        if (english && value.some((v) => v.language !== 'en')) out[`${doc._id} ${path}`] = hash(english.value)
        return
      }
      if (Array.isArray(value)) value.forEach((item: Item, i) => visit(item, `${path}[${item?._key ?? i}]`))
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (!k.startsWith('_')) visit(v, path ? `${path}.${k}` : k)
    }
    visit(doc, '')
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

export const readRecordedSources = (): Record<string, string> => JSON.parse(readFileSync(sourcesPath, 'utf8')) as Record<string, string>

export const serialiseSources = (sources: Record<string, string>) => `${JSON.stringify(sources, null, 1)}\n`
