import {LANGUAGE_VALUES} from '../queries/shared'
import {array, literal, object, string} from '../queries/shared'

/**
 * Field-level translations as sanity-plugin-internationalized-array v5 stores
 * them: `[{_key, _type, language, value}]`, one item per language. The rules
 * are the Studio's (studio/schemaTypes/shared/localized.ts): each language
 * once and known, no blank text, lengths per language, English when required.
 */
const LANGUAGES: readonly string[] = LANGUAGE_VALUES
const DEFAULT_LANGUAGE = LANGUAGE_VALUES[0]

interface LocalizedRules {
  required?: boolean
  min?: number
  max?: number
}

function localizedArray<T extends string>(type: T, rules: LocalizedRules) {
  const item = object({_key: string(), _type: literal(type), language: string(), value: string().optional()})
  return array(item).refine((items, report) => {
    const seen = new Set<string>()
    items.forEach((entry, i) => {
      if (!LANGUAGES.includes(entry.language)) {
        report([i, 'language'], `"${entry.language}" is not one of the curriculum's languages (${LANGUAGES.join(', ')})`)
      } else if (seen.has(entry.language)) {
        report([i, 'language'], `"${entry.language}" is given twice; keep one`)
      }
      seen.add(entry.language)
      const value = entry.value?.trim() ?? ''
      if (!value) report([i, 'value'], `The "${entry.language}" text is empty`)
      else if (rules.min !== undefined && value.length < rules.min) report([i, 'value'], `Write at least ${rules.min} characters`)
      else if (rules.max !== undefined && value.length > rules.max) report([i, 'value'], `Keep it to ${rules.max} characters`)
    })
    if (rules.required && !seen.has(DEFAULT_LANGUAGE)) report([], `The "${DEFAULT_LANGUAGE}" text is required`)
  })
}

/** One line per language (titles). */
export const localizedString = (rules: LocalizedRules = {}) => localizedArray('internationalizedArrayStringValue', rules)
/** Several lines per language (summaries, notes). */
export const localizedText = (rules: LocalizedRules = {}) => localizedArray('internationalizedArrayTextValue', rules)

/** A list of translated lines (responsibilities, conditions, key points). */
export const localizedLines = () =>
  array(object({_key: string(), _type: literal('localizedLine'), text: localizedString({required: true}).optional()}))
