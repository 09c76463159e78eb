// Text that came in English on a page in another language: the note that says so, and `lang="en"` on that text.
import type {Lang} from './i18n'
import {messages} from './messages'

/** A field path as the SDK's `fallbacks` names it (`summary`, `transitions[].advice`) → the note's words for it. */
const fieldKey = (path: string) => path.match(/(\w+)$/)?.[1] ?? path

/** "Not yet translated, shown in English: the title and the summary." — or null when nothing fell back. */
export function fallbackParts(fallbacks: readonly string[], lang: Lang): string | null {
  if (fallbacks.length === 0) return null
  const m = messages(lang)
  const fields = m.fields as Record<string, string>
  const words = [...new Set(fallbacks.map((f) => fields[fieldKey(f)] ?? m.fields.other))]
  const list = new Intl.ListFormat(lang, {type: 'conjunction'}).format(words)
  return m.layout.fallbackNote(list)
}

/** `lang` for an element showing `field` of `doc`: `'en'` when that field fell back to English, else nothing. */
export function englishIf(doc: {fallbacks?: readonly string[]} | undefined, field: string): 'en' | undefined {
  return doc?.fallbacks?.some((f) => f === field || f.startsWith(`${field}[`) || f.startsWith(`${field}.`)) ? 'en' : undefined
}

