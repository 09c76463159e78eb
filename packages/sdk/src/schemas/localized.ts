import {z} from 'zod'

/**
 * Field-level translations as sanity-plugin-internationalized-array v5 stores
 * them: `[{_key, _type, language, value}]`, one item per language. The rules
 * are the Studio's (studio/schemaTypes/shared/localized.ts): each language
 * once and known, no blank text, lengths per language, English when required.
 */
const LANGUAGES: readonly string[] = ['en']
const DEFAULT_LANGUAGE = 'en'

interface LocalizedRules {
  required?: boolean
  min?: number
  max?: number
}

function localizedArray<T extends string>(type: T, rules: LocalizedRules) {
  const item = z.object({_key: z.string(), _type: z.literal(type), language: z.string(), value: z.string().optional()})
  return z.array(item).superRefine((items, ctx) => {
    const seen = new Set<string>()
    items.forEach((entry, i) => {
      if (!LANGUAGES.includes(entry.language)) {
        ctx.addIssue({code: 'custom', path: [i, 'language'], message: `"${entry.language}" is not one of the curriculum's languages (${LANGUAGES.join(', ')})`})
      } else if (seen.has(entry.language)) {
        ctx.addIssue({code: 'custom', path: [i, 'language'], message: `"${entry.language}" is given twice; keep one`})
      }
      seen.add(entry.language)
      const value = entry.value?.trim() ?? ''
      if (!value) ctx.addIssue({code: 'custom', path: [i, 'value'], message: `The "${entry.language}" text is empty`})
      else if (rules.min !== undefined && value.length < rules.min) ctx.addIssue({code: 'custom', path: [i, 'value'], message: `Write at least ${rules.min} characters`})
      else if (rules.max !== undefined && value.length > rules.max) ctx.addIssue({code: 'custom', path: [i, 'value'], message: `Keep it to ${rules.max} characters`})
    })
    if (rules.required && !seen.has(DEFAULT_LANGUAGE)) ctx.addIssue({code: 'custom', path: [], message: `The "${DEFAULT_LANGUAGE}" text is required`})
  })
}

/** One line per language (titles). */
export const localizedString = (rules: LocalizedRules = {}) => localizedArray('internationalizedArrayStringValue', rules)
/** Several lines per language (summaries, notes). */
export const localizedText = (rules: LocalizedRules = {}) => localizedArray('internationalizedArrayTextValue', rules)

/** A list of translated lines (responsibilities, conditions, key points). */
export const localizedLines = () =>
  z.array(z.object({_key: z.string(), _type: z.literal('localizedLine'), text: localizedString({required: true}).optional()}))
