/**
 * Field-level translation, stored the way sanity-plugin-internationalized-array
 * v5 stores it: an array of `{_key, _type, language, value}`, one item per
 * language (https://github.com/sanity-io/sanity-plugin-internationalized-array#shape-of-stored-data).
 * The plugin draws the input; these helpers add the rules it leaves to us.
 */
import {defineField, type FieldDefinition, type Rule} from 'sanity'
import {defaultLanguage, supportedLanguages} from './options'
import type {LocalizedValue} from './text'

export {defaultText, type LocalizedValue} from './text'

const languageTitle = (id: string) => supportedLanguages.find((l) => l.id === id)?.title ?? id
const characters = (n: number) => (n === 1 ? '1 character' : `${n} characters`)
const knownLanguages = new Set<string>(supportedLanguages.map((l) => l.id))

export interface LocalizedRuleOptions {
  /** The default language's text must be there (and not blank). */
  required?: boolean
  min?: number
  max?: number
}

/**
 * Judges one localized value: the default language present when required, no
 * blank text (whitespace is not text), each language once and known to the
 * Studio, lengths per language. Returns the first problem in an editor's words.
 */
export function checkLocalized(values: readonly LocalizedValue[] | undefined, options: LocalizedRuleOptions = {}): true | string {
  // Not an array (a v1 plain string): Sanity's type check reports it; do not judge its characters as items.
  if (values !== undefined && values !== null && !Array.isArray(values)) return true
  const items = values ?? []
  const seen = new Set<string>()
  for (const item of items) {
    const language = item.language
    if (!language) return 'A translation has no language; remove it and add it again from the language buttons'
    if (!knownLanguages.has(language)) {
      return `"${language}" is not one of the Studio's languages (${[...knownLanguages].join(', ')}); remove this translation`
    }
    if (seen.has(language)) return `${languageTitle(language)} is given twice; keep one`
    seen.add(language)
    const text = typeof item.value === 'string' ? item.value.trim() : ''
    if (!text) return `The ${languageTitle(language)} text is empty; write it or remove that language`
    if (options.min !== undefined && text.length < options.min) {
      return `The ${languageTitle(language)} text has ${characters(text.length)}; write at least ${options.min}`
    }
    if (options.max !== undefined && text.length > options.max) {
      return `The ${languageTitle(language)} text has ${characters(text.length)}; keep it to ${options.max}`
    }
  }
  if (options.required && !seen.has(defaultLanguage)) return `Write the ${languageTitle(defaultLanguage)} text; it is required`
  return true
}

interface LocalizedFieldOptions extends LocalizedRuleOptions {
  name: string
  title: string
  description: string
  group?: string
  /** `text` for several lines (summaries), `string` for one (titles). */
  kind?: 'string' | 'text'
}

export function localizedField(options: LocalizedFieldOptions): FieldDefinition {
  const {name, title, description, group, kind = 'string', ...rule} = options
  return defineField({
    name,
    title,
    type: kind === 'text' ? 'internationalizedArrayText' : 'internationalizedArrayString',
    group,
    description,
    validation: (r: Rule) => r.custom((value: LocalizedValue[] | undefined) => checkLocalized(value, rule)),
  }) as FieldDefinition
}

/** A localized title: required, one line. */
export const localizedTitle = (description: string, group?: string, extra: LocalizedRuleOptions = {}) =>
  localizedField({name: 'title', title: 'Title', description, group, required: true, ...extra})

/** Two or three sentences in plain language, shown in lists and previews. */
export const localizedSummary = (options: {group?: string; description?: string; required?: boolean} = {}) =>
  localizedField({
    name: 'summary',
    title: 'Summary',
    kind: 'text',
    group: options.group,
    description: options.description ?? 'Two or three sentences in plain language, shown in lists and previews.',
    required: options.required ?? true,
    min: 20,
    max: 600,
  })
