/**
 * The messages of the rules that judge translations, in each language the
 * Studio's interface can be set to. A rule returns all of them as Sanity's
 * `LocalizedValidationMessages` (keyed by Studio locale, `en-US`, `es-ES`,
 * `de-DE`), and the Studio shows the one for the editor's interface language,
 * falling back to `en-US`. Every message names the language of the text it
 * judges, in the editor's language ("The German text…", "El texto en alemán…",
 * "Der Text auf Deutsch…"). German follows the Sanity locale's impersonal style.
 */
import type {LocalizedValidationMessages} from 'sanity'
import {defaultLanguage, supportedLanguages, type LanguageId} from './options'

/** One thing wrong with a localized value or a question, before it is put into words. */
export type Problem =
  | {code: 'no-language'}
  | {code: 'unknown-language'; language: string}
  | {code: 'twice'; language: string}
  | {code: 'empty'; language: string}
  | {code: 'too-short'; language: string; length: number; min: number}
  | {code: 'too-long'; language: string; length: number; max: number}
  | {code: 'required'; language: string}
  | {code: 'no-question-mark'}
  | {code: 'no-opening-mark'; language: string; mark: string}

const known = supportedLanguages.map((l) => l.id).join(', ')

/** What `language` is called in the interface language `ui` (its id when the Studio does not know it). */
export function languageName(language: string, ui: LanguageId = defaultLanguage): string {
  return supportedLanguages.find((l) => l.id === language)?.name[ui] ?? language
}

const say: {readonly [L in LanguageId]: (p: Problem) => string} = {
  en: (p) => {
    const name = 'language' in p ? languageName(p.language, 'en') : ''
    const chars = (n: number) => (n === 1 ? '1 character' : `${n} characters`)
    switch (p.code) {
      case 'no-language':
        return 'A translation has no language; remove it and add it again from the language buttons'
      case 'unknown-language':
        return `"${p.language}" is not one of the Studio's languages (${known}); remove this translation`
      case 'twice':
        return `${name} is given twice; keep one`
      case 'empty':
        return `The ${name} text is empty; write it or remove that language`
      case 'too-short':
        return `The ${name} text has ${chars(p.length)}; write at least ${p.min}`
      case 'too-long':
        return `The ${name} text has ${chars(p.length)}; keep it to ${p.max}`
      case 'required':
        return `Write the ${name} text; it is required`
      case 'no-question-mark':
        return 'End the question with a question mark'
      case 'no-opening-mark':
        return `Start the question with "${p.mark}", as ${name} writes it`
    }
  },
  es: (p) => {
    const name = 'language' in p ? languageName(p.language, 'es') : ''
    const chars = (n: number) => (n === 1 ? '1 carácter' : `${n} caracteres`)
    switch (p.code) {
      case 'no-language':
        return 'Una traducción no tiene idioma; elimínala y vuelve a añadirla con los botones de idioma'
      case 'unknown-language':
        return `«${p.language}» no es uno de los idiomas del Studio (${known}); elimina esta traducción`
      case 'twice':
        return `El texto en ${name} aparece dos veces; deja uno solo`
      case 'empty':
        return `El texto en ${name} está vacío; escríbelo o quita ese idioma`
      case 'too-short':
        return `El texto en ${name} tiene ${chars(p.length)}; escribe al menos ${p.min}`
      case 'too-long':
        return `El texto en ${name} tiene ${chars(p.length)}; no pases de ${p.max}`
      case 'required':
        return `Escribe el texto en ${name}; es obligatorio`
      case 'no-question-mark':
        return 'Termina la pregunta con un signo de interrogación'
      case 'no-opening-mark':
        return `Empieza la pregunta con «${p.mark}», como se escribe en ${name}`
    }
  },
  de: (p) => {
    const name = 'language' in p ? languageName(p.language, 'de') : ''
    const chars = (n: number) => (n === 1 ? '1 Zeichen' : `${n} Zeichen`)
    switch (p.code) {
      case 'no-language':
        return 'Eine Übersetzung hat keine Sprache; sie entfernen und über die Sprachschaltflächen neu hinzufügen'
      case 'unknown-language':
        return `„${p.language}“ ist keine Sprache dieses Studios (${known}); diese Übersetzung entfernen`
      case 'twice':
        return `Der Text auf ${name} ist zweimal angegeben; nur einen behalten`
      case 'empty':
        return `Der Text auf ${name} ist leer; ihn schreiben oder die Sprache entfernen`
      case 'too-short':
        return `Der Text auf ${name} hat ${chars(p.length)}; mindestens ${p.min} schreiben`
      case 'too-long':
        return `Der Text auf ${name} hat ${chars(p.length)}; höchstens ${p.max} sind erlaubt`
      case 'required':
        return `Den Text auf ${name} schreiben; er ist Pflicht`
      case 'no-question-mark':
        return 'Die Frage mit einem Fragezeichen beenden'
      case 'no-opening-mark':
        return `Die Frage mit „${p.mark}“ beginnen, wie man auf ${name} schreibt`
    }
  },
}

/** The problem in the interface language `ui`. */
export const describeProblem = (problem: Problem, ui: LanguageId = defaultLanguage): string => say[ui](problem)

/** The problem in every interface language, as a rule returns it to Sanity (keyed by Studio locale). */
export function studioMessages(problem: Problem): LocalizedValidationMessages {
  return Object.fromEntries(supportedLanguages.map((l) => [l.studioLocale, say[l.id](problem)]))
}
