/**
 * How a language's translations are written down. Structured documents are
 * translated field by field, so a document's translation is shaped like the
 * document: a localized field is its text, a list of lines (responsibilities,
 * conditions, key points) maps each line's `_key` to its text, and a list of
 * objects (moves, modules, topics) maps each `_key` to that object's fields.
 * FAQs and guides are prose, translated document by document in the markup of
 * `../portableText.ts`.
 */
import type {TranslationLanguage} from '../../../../../studio/schemaTypes/shared/options.ts'

export type {TranslationLanguage}

/** A localized field's text, or the texts of the fields and keyed items below it. */
export type TextTree = string | {readonly [fieldOrKey: string]: TextTree}

/** Per document id, its fields' translations. */
export type StructuredTranslations = Readonly<Record<string, {readonly [field: string]: TextTree}>>

export interface FaqTranslation {
  /** In the language's own punctuation (Spanish opens with ¿). */
  question: string
  /** Markup of `portableText.ts`. */
  answer: string
}

export interface GuideTranslation {
  title: string
  summary: string
  /** Markup of `portableText.ts`. */
  body: string
}

export interface LanguageTranslations {
  language: TranslationLanguage
  structured: StructuredTranslations
  /** Per English FAQ id. */
  faqs: Readonly<Record<string, FaqTranslation>>
  /** Per English guide id. */
  guides: Readonly<Record<string, GuideTranslation>>
}
