/** The curriculum in German. */
import type {LanguageTranslations} from '../shape.ts'

export const de: LanguageTranslations = {
  language: 'de',
  structured: {},
  faqs: {},
  guides: {},
}
