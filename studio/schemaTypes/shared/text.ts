/**
 * Reading a localized value (sanity-plugin-internationalized-array's
 * `{_key, _type, language, value}` items) without the Studio: for previews,
 * messages, and the React tools that are built on their own (career map,
 * visitor preview). The rules that write and judge them are in localized.ts.
 */
import {defaultLanguage, type LanguageId} from './options'

export interface LocalizedValue {
  _key?: string
  _type?: string
  language?: string
  value?: unknown
}

/** The text in the default language (else the first one given), for previews and messages. */
export function defaultText(values: readonly LocalizedValue[] | undefined | unknown): string | undefined {
  if (!Array.isArray(values)) return undefined
  const items = values as readonly LocalizedValue[]
  const item = items.find((v) => v?.language === defaultLanguage) ?? items[0]
  return typeof item?.value === 'string' ? item.value : undefined
}

/** The text in `language`, else in the default language (what a reader of that language is shown). */
export function textIn(values: readonly LocalizedValue[] | undefined | unknown, language: LanguageId): string | undefined {
  const own = Array.isArray(values) ? (values as readonly LocalizedValue[]).find((v) => v?.language === language)?.value : undefined
  return typeof own === 'string' && own.trim() !== '' ? own : defaultText(values)
}
