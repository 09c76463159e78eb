/**
 * Projection pieces shared by the queries. Plain strings and functions of
 * string literals: TypeGen follows the imports and calls and inlines them, so
 * every query is typed as the full text it sends.
 */

const inLanguage = '[language == $language][0].value'
const inEnglish = '[language == "en"][0].value'

/**
 * The one place a localized field (sanity-plugin-internationalized-array) is
 * read: the requested `$language`, else English. `orElse` is what an absent
 * text becomes: `""` for required fields (typed `string`; the zod schemas
 * reject an empty text, so a missing title surfaces as a validation issue),
 * `null` for optional ones.
 */
export const localized = (field: string, orElse = 'null') => `coalesce(${field}${inLanguage}, ${field}${inEnglish}, ${orElse})`

/** A list of `localizedLine`s (responsibilities, conditions, key points) as plain lines. */
export const localizedLines = (field: string) => `coalesce(${field}[]{"line": ${localized('text', '""')}}.line, [])`

export const title = `"title": ${localized('title', '""')}`
export const summary = `"summary": ${localized('summary', '""')}`

/** Sorts by the title people read, in the requested language. */
export const byTitle = `${localized('title')} asc`
/** Roles of one track: by rung on a ladder, by seniority then title in a family. */
export const roleOrder = `rung asc, seniority asc, ${localized('title')} asc, _id asc`

/** The fields every linkable document shows when it is mentioned elsewhere. */
export const cardFields = `_id, _type, ${title}, "slug": slug.current`

/** Provenance of a figure or link: the article it comes from, our estimate, or added by us. */
export const basisFields = `kind, "source": source->{_id, title}, "note": coalesce(note, null)`

export const trackCardFields = `${cardFields}, kind`
export const roleCardFields = `${cardFields}, "rung": coalesce(rung, null), seniority`

/** A role's years of experience with what they rest on (the list and the detail of a role). */
export const experienceField = `"experience": experience{min, "max": coalesce(max, null), "basis": basis{${basisFields}}}`

/*
 * A field fell back when it has no text in `$language` but one in English
 * (absent in English too is no fallback: there was nothing to fall back to).
 * The check is written out in each helper: TypeGen inlines a helper's own
 * parameters and this module's constants, not parameters passed on to another helper.
 */
/** A localized field's name when it fell back, else null. */
export const fallback = (field: string) =>
  `select(!defined(${field}${inLanguage}) && defined(${field}${inEnglish}) => "${field}")`
/**
 * A list's name when any of its items fell back: `items` is a GROQ path to
 * the items holding `field` (`responsibilities` with `text`,
 * `transitions[].conditions[]` with `text`, `transitions` with `advice`);
 * named once per list, so the check stays one count per list.
 */
export const fallbackIn = (items: string, field: string, name: string) =>
  `select(count(${items}[!defined(${field}${inLanguage}) && defined(${field}${inEnglish})]) > 0 => "${name}")`

/**
 * The one place a result says what language it is in and which of its own
 * localized fields fell back to English: `checks` are `fallback`/`fallbackIn`
 * calls, comma-separated. Nothing is checked when English was asked for.
 * `language` is a literal `select` so TypeGen types it `"en" | "es" | "de"` (a
 * parameter would be `unknown`); the client sends only languages it knows
 * (src/languages.ts), and a test checks the select covers each.
 */
export const translation = (checks: string) =>
  `"language": select($language == "es" => "es", $language == "de" => "de", "en"), "fallbacks": select($language == "en" => [], [${checks}][defined(@)])`
