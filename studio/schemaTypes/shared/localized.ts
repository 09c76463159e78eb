/**
 * Field-level translation, stored the way sanity-plugin-internationalized-array
 * v5 stores it: an array of `{_key, _type, language, value}`, one item per
 * language (https://github.com/sanity-io/sanity-plugin-internationalized-array#shape-of-stored-data).
 * The plugin draws the input; these helpers add the rules it leaves to us.
 */
import {defineField, type FieldDefinition, type Rule} from 'sanity'
import {describeProblem, studioMessages, type Problem} from './messages'
import {defaultLanguage, supportedLanguages} from './options'
import type {LocalizedValue} from './text'

export {defaultText, type LocalizedValue} from './text'

const knownLanguages = new Set<string>(supportedLanguages.map((l) => l.id))

export interface LocalizedRuleOptions {
  /** The default language's text must be there (and not blank); the others may be missing and fall back to it. */
  required?: boolean
  min?: number
  max?: number
}

/**
 * Judges one localized value: the default language present when required, no
 * blank text (whitespace is not text), each language once and known to the
 * Studio, lengths per language. Returns the first problem, or undefined. A
 * missing translation is no problem: readers get the English text instead.
 */
export function localizedProblem(values: readonly LocalizedValue[] | undefined, options: LocalizedRuleOptions = {}): Problem | undefined {
  // Not an array (a v1 plain string): Sanity's type check reports it; do not judge its characters as items.
  if (values !== undefined && values !== null && !Array.isArray(values)) return undefined
  const items = values ?? []
  const seen = new Set<string>()
  for (const item of items) {
    const language = item.language
    if (!language) return {code: 'no-language'}
    if (!knownLanguages.has(language)) return {code: 'unknown-language', language}
    if (seen.has(language)) return {code: 'twice', language}
    seen.add(language)
    const text = typeof item.value === 'string' ? item.value.trim() : ''
    if (!text) return {code: 'empty', language}
    if (options.min !== undefined && text.length < options.min) return {code: 'too-short', language, length: text.length, min: options.min}
    if (options.max !== undefined && text.length > options.max) return {code: 'too-long', language, length: text.length, max: options.max}
  }
  if (options.required && !seen.has(defaultLanguage)) return {code: 'required', language: defaultLanguage}
  return undefined
}

/** `localizedProblem` in English words (the messages the README's rules table lists), or true. */
export function checkLocalized(values: readonly LocalizedValue[] | undefined, options: LocalizedRuleOptions = {}): true | string {
  const problem = localizedProblem(values, options)
  return problem ? describeProblem(problem) : true
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
    validation: (r: Rule) =>
      r.custom((value: LocalizedValue[] | undefined) => {
        const problem = localizedProblem(value, rule)
        return problem ? studioMessages(problem) : true
      }),
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
