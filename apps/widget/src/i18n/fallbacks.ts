/**
 * Content that came in English because it is not translated into the
 * language shown: found in the raw documents (a localized field without a
 * value in that language), reported in `el.data.fallbacks`, and marked
 * `lang="en"` where it appears, so screen readers pronounce it as English.
 */

/** One localized field shown in English. */
export interface Fallback {
  /** The document's `_id` and `_type`. */
  readonly id: string
  readonly type: string
  /** Where in the document, e.g. `summary` or `responsibilities[2].text`. */
  readonly field: string
  /** The English text shown instead. */
  readonly text: string
}

/** The document types the career graph reads (others in a snapshot are never shown). */
const SHOWN = new Set(['role', 'track', 'skill', 'certification', 'degree', 'organisation', 'resource'])

type Item = {language?: unknown; value?: unknown}
const isLocalized = (value: unknown[]): value is Item[] =>
  value.length > 0 && value.every((v) => !!v && typeof v === 'object' && typeof (v as Item).language === 'string' && 'value' in v)
const filled = (v: unknown): v is string => typeof v === 'string' && v.trim() !== ''

export function findFallbacks(documents: readonly unknown[], lang: string): Fallback[] {
  const found: Fallback[] = []
  if (lang === 'en') return found
  const walk = (value: unknown, field: string, doc: {_id: string; _type: string}) => {
    if (Array.isArray(value)) {
      if (!isLocalized(value)) return value.forEach((v, i) => walk(v, `${field}[${i}]`, doc))
      const en = value.find((v) => v.language === 'en')?.value
      if (filled(en) && !value.some((v) => v.language === lang && filled(v.value))) found.push({id: doc._id, type: doc._type, field, text: en})
    } else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) if (!key.startsWith('_')) walk(v, field ? `${field}.${key}` : key, doc)
    }
  }
  for (const doc of documents as {_id?: unknown; _type?: unknown}[]) {
    if (typeof doc?._id === 'string' && typeof doc._type === 'string' && SHOWN.has(doc._type) && !doc._id.startsWith('drafts.')) walk(doc, '', doc as {_id: string; _type: string})
  }
  return found
}

/**
 * A function that marks, under a node, each occurrence of these English texts
 * with `lang="en"`: the text's own element when it holds nothing else, else a
 * span around it. Text already inside `lang="en"` is left alone.
 */
export function englishMarker(texts: readonly string[]): (root: Node) => void {
  const unique = [...new Set(texts.filter((t) => t.trim().length > 1))].sort((a, b) => b.length - a.length)
  if (!unique.length) return () => {}
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  // Whole words only: "IT" must not match inside "ITIL".
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${unique.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
  return (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const nodes: Text[] = []
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text)
    for (const node of nodes) {
      const parent = node.parentElement
      const text = node.data
      if (!parent || parent.closest('[lang]')?.getAttribute('lang') === 'en') continue
      const matches = [...text.matchAll(pattern)]
      if (!matches.length) continue
      // An element holding only this text (or an <option>, which cannot hold a span) takes the attribute itself.
      if ((matches.length === 1 && matches[0]![0] === text.trim() && parent.childNodes.length === 1) || parent.localName === 'option') {
        if (matches[0]![0] === text.trim()) parent.lang = 'en'
        continue
      }
      let at = 0
      const pieces: Node[] = []
      for (const m of matches) {
        if (m.index > at) pieces.push(document.createTextNode(text.slice(at, m.index)))
        const span = document.createElement('span')
        span.lang = 'en'
        span.textContent = m[0]
        pieces.push(span)
        at = m.index + m[0].length
      }
      if (at < text.length) pieces.push(document.createTextNode(text.slice(at)))
      node.replaceWith(...pieces)
    }
  }
}
