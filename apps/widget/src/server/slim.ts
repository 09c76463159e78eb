/**
 * The seed as the widget reads it, one file per language (and the data a server render embeds). The full documents
 * carry what editors and the docs site need (every language, citations,
 * descriptions, Sanity's `_key` and nested `_type`s); the widget reads one
 * language through the career graph, so each seed keeps only that: smaller to
 * fetch and faster to parse on every careers page. A localized field becomes
 * its text in the seed's language, which the graph reads as it reads a plain
 * string; one not translated stays a one-item English field, which the graph
 * reads as the English fallback and the widget reports and marks as English.
 */
import type {SnapshotDocument} from '@careerpath/sdk/snapshot'

/** Fields the career graph never reads. */
const DROP = new Set(['_key', '_rev', '_createdAt', '_updatedAt', 'sources', 'description', 'urlBasis', 'authors'])
/** Types whose `summary` the widget shows (the graph reads no other). */
const SUMMARIES = new Set(['role', 'track'])
const isLocalized = (value: unknown[]): boolean => value.length > 0 && value.every((v) => !!v && typeof v === 'object' && typeof (v as {language?: unknown}).language === 'string' && 'value' in v)

function localized(items: {language: string; value: unknown}[], language: string): unknown {
  const find = (l: string) => items.find((v) => v.language === l && typeof v.value === 'string' && v.value.trim())?.value
  const text = find(language)
  if (text !== undefined || language === 'en') return text
  const en = find('en')
  return en === undefined ? undefined : [{language: 'en', value: en}]
}

function slim(value: unknown, language: string): unknown {
  if (Array.isArray(value)) return isLocalized(value) ? localized(value as {language: string; value: unknown}[], language) : value.map((v) => slim(v, language))
  if (!value || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(value)) {
    // Nested objects need no `_type`: the graph tells references by `_ref` and localized text by `language`.
    if (DROP.has(key) || key === '_type') continue
    const slimmed = slim(field, language)
    if (slimmed !== undefined) out[key] = slimmed
  }
  return out
}

/** The languages with a seed: `careerpath-seed.json` (English) and `careerpath-seed.{es,de}.json`. */
export const SEED_LANGUAGES = ['en', 'es', 'de'] as const
export const seedFile = (language: string): string => (language === 'en' ? 'careerpath-seed.json' : `careerpath-seed.${language}.json`)

export function slimDocuments(documents: readonly SnapshotDocument[], language = 'en'): SnapshotDocument[] {
  return documents.map((doc) => {
    const out = slim(doc, language) as Record<string, unknown>
    if (!SUMMARIES.has(doc._type)) delete out.summary
    // A resource's `language` is the language of the material: the widget says so when it is not the page's.
    if (doc._type === 'resource' && (language === 'en' || out.language === language)) delete out.language
    return {...out, _id: doc._id, _type: doc._type}
  })
}
