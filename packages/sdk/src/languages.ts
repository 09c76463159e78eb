/**
 * The languages the curriculum is written in: the Studio's `supportedLanguages`
 * (studio/schemaTypes/shared/options.ts), mirrored because the SDK never
 * imports the Studio; `vocabulary.test.ts` keeps the two equal. English is the
 * language every document is written in first; the others fall back to it.
 * Only the ids live here (every client checks them); their names are in
 * `./languageNames`, loaded by `listLanguages()` (test/size).
 */
export const LANGUAGE_IDS = ['en', 'es', 'de'] as const

/** A language's code (`en`, `es`, `de`). */
export type LanguageId = (typeof LANGUAGE_IDS)[number]

/** A language as `listLanguages()` returns it: `title` in its own language, `name` in each supported one. */
export interface LanguageInfo {
  id: LanguageId
  title: string
  name: Record<LanguageId, string>
}

export const DEFAULT_LANGUAGE = 'en' satisfies LanguageId

export const isLanguage = (value: unknown): value is LanguageId => (LANGUAGE_IDS as readonly unknown[]).includes(value)
