import type {LanguageId, LanguageInfo} from './languages'

/** Each language's own name (`title`, for a switcher) and its name in each language; the Studio's `supportedLanguages`, in order. */
export const LANGUAGES = [
  {id: 'en', title: 'English', name: {en: 'English', es: 'inglés', de: 'Englisch'}},
  {id: 'es', title: 'Español', name: {en: 'Spanish', es: 'español', de: 'Spanisch'}},
  {id: 'de', title: 'Deutsch', name: {en: 'German', es: 'alemán', de: 'Deutsch'}},
] as const satisfies readonly (LanguageInfo & {id: LanguageId})[]
