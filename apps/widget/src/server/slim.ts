/**
 * The seed as the widget reads it (its seed file, and the data a server render embeds). The full documents carry what editors and
 * the docs site need (every language, citations, descriptions, Sanity's `_key`
 * and nested `_type`s); the widget reads English through the career graph, so
 * its seed keeps only that: smaller to fetch and faster to parse on every
 * careers page. Localized fields become their English text, which the graph
 * reads as it reads a plain string.
 */
import type {SnapshotDocument} from '@careerpath/sdk/snapshot'

/** Fields the career graph never reads. */
const DROP = new Set(['_key', '_rev', '_createdAt', '_updatedAt', 'sources', 'description', 'urlBasis', 'authors'])
/** Types whose `summary` the widget shows (the graph reads no other). */
const SUMMARIES = new Set(['role', 'track'])
const LANGUAGE = 'en'

const isLocalized = (value: unknown[]): boolean => value.length > 0 && value.every((v) => !!v && typeof v === 'object' && typeof (v as {language?: unknown}).language === 'string' && 'value' in v)

function slim(value: unknown): unknown {
  if (Array.isArray(value)) return isLocalized(value) ? (value as {language: string; value: unknown}[]).find((v) => v.language === LANGUAGE)?.value : value.map(slim)
  if (!value || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(value)) {
    // Nested objects need no `_type`: the graph tells references by `_ref` and localized text by `language`.
    if (DROP.has(key) || key === '_type') continue
    const slimmed = slim(field)
    if (slimmed !== undefined) out[key] = slimmed
  }
  return out
}

export function slimDocuments(documents: readonly SnapshotDocument[]): SnapshotDocument[] {
  return documents.map((doc) => {
    const out = slim(doc) as Record<string, unknown>
    if (!SUMMARIES.has(doc._type)) delete out.summary
    // A resource's `language` is the language of the material, which the widget does not show.
    if (doc._type === 'resource') delete out.language
    return {...out, _id: doc._id, _type: doc._type}
  })
}
