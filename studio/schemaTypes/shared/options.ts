/**
 * Every closed list of values in the content model, in one place, and the
 * label catalogue: each entry's `title` is its English label (what the Studio's
 * forms show) and `i18n` its label in every other supported language (what the
 * SDK, the widget and the docs show readers). The SDK mirrors the values and
 * labels; its vocabulary tests fail if the two drift. A new language in
 * `supportedLanguages` fails the type check here until every entry has its label.
 */

/**
 * Languages the curriculum is written in. Adding one is adding a line here:
 * both translation plugins read this list, structured types translate field by
 * field, FAQs and guides document by document (see the Studio README: Languages).
 * `title` is the language's own name (the editors' language buttons and menus);
 * `name` is what it is called in each supported language, for messages and labels.
 * `studioLocale` is the Sanity Studio locale of its interface package, if one is installed.
 */
export const supportedLanguages = [
  {id: 'en', title: 'English', name: {en: 'English', es: 'inglés', de: 'Englisch'}, studioLocale: 'en-US'},
  {id: 'es', title: 'Español', name: {en: 'Spanish', es: 'español', de: 'Spanisch'}, studioLocale: 'es-ES'},
  {id: 'de', title: 'Deutsch', name: {en: 'German', es: 'alemán', de: 'Deutsch'}, studioLocale: 'de-DE'},
] as const

export type LanguageId = (typeof supportedLanguages)[number]['id']
/** English: the language every document is written in first, required on every localized field; the others fall back to it. */
export const defaultLanguage = supportedLanguages[0].id
export type TranslationLanguage = Exclude<LanguageId, typeof defaultLanguage>
/** The languages translated from English, in list order. */
export const translationLanguages = supportedLanguages.flatMap((l) => (l.id === defaultLanguage ? [] : [l.id])) as readonly TranslationLanguage[]

/** A label in every language but English (whose label is the entry's `title`). */
export type Translated = {readonly [L in TranslationLanguage]: string}

interface Labelled<V extends string | number> {
  readonly title: string
  readonly value: V
  readonly i18n: Translated
}

/** The label of `value` in `language`, from one of the lists below; English when the list has no such value's translation. */
export function optionTitle<V extends string | number>(list: readonly Labelled<V>[], value: V, language: LanguageId = defaultLanguage): string | undefined {
  const option = list.find((o) => o.value === value)
  if (!option) return undefined
  return language === defaultLanguage ? option.title : option.i18n[language]
}

/** The `{title, value}` items Sanity's `options.list` takes (English titles: the Studio's forms are in English). */
export const studioList = <V extends string | number>(list: readonly Labelled<V>[]) => list.map(({title, value}) => ({title, value}))

/**
 * Ladders climb by rung; a family groups single destinations (alternative
 * careers, the specialist and entry roles beside the ladders) that consumers
 * show as a group, never as a one-rung ladder.
 */
export const trackKinds = [
  {title: 'Individual contributor ladder', value: 'individual-contributor', i18n: {es: 'Trayectoria técnica (contribuidor individual)', de: 'Fachlaufbahn'}},
  {title: 'Management ladder', value: 'management', i18n: {es: 'Trayectoria de gestión', de: 'Führungslaufbahn'}},
  {title: 'Technician ladder', value: 'technician', i18n: {es: 'Trayectoria de técnico', de: 'Technikerlaufbahn'}},
  {title: 'Family of roles', value: 'family', i18n: {es: 'Familia de puestos', de: 'Rollenfamilie'}},
] as const satisfies readonly Labelled<string>[]

/** The kinds whose roles stand on rungs. */
export const ladderKinds = ['individual-contributor', 'management', 'technician'] as const

/**
 * One seniority scale across every ladder and family, so a move can be judged
 * whichever tracks it joins. Seven steps, after the idea of SFIA's seven levels
 * of responsibility (https://sfia-online.org/en/sfia-9/responsibilities); the
 * names are ours.
 */
export const seniorityLevels = [
  {title: 'Entry', value: 1, i18n: {es: 'Inicial', de: 'Einstieg'}},
  {title: 'Intermediate', value: 2, i18n: {es: 'Intermedio', de: 'Erfahren'}},
  {title: 'Senior', value: 3, i18n: {es: 'Sénior', de: 'Senior'}},
  {title: 'Lead', value: 4, i18n: {es: 'Líder', de: 'Lead'}},
  {title: 'Manager or principal', value: 5, i18n: {es: 'Gerente o principal', de: 'Manager oder Principal'}},
  {title: 'Director', value: 6, i18n: {es: 'Dirección', de: 'Bereichsleitung'}},
  {title: 'Executive', value: 7, i18n: {es: 'Alta dirección', de: 'Geschäftsleitung'}},
] as const satisfies readonly Labelled<number>[]

export const skillCategories = [
  {title: 'Technical', value: 'technical', i18n: {es: 'Técnica', de: 'Technik'}},
  {title: 'Interpersonal', value: 'interpersonal', i18n: {es: 'Interpersonal', de: 'Soziale Kompetenz'}},
  {title: 'Leadership', value: 'leadership', i18n: {es: 'Liderazgo', de: 'Führung'}},
  {title: 'Business', value: 'business', i18n: {es: 'Negocio', de: 'Wirtschaft'}},
] as const satisfies readonly Labelled<string>[]

/** Each kind has a checked meaning on the seniority scale (see `shared/seniority.ts`). */
export const transitionKinds = [
  {title: 'Promotion (to a higher seniority)', value: 'promotion', i18n: {es: 'Ascenso (a un nivel superior)', de: 'Beförderung (auf eine höhere Stufe)'}},
  {title: 'Lateral move (same seniority)', value: 'lateral', i18n: {es: 'Cambio lateral (mismo nivel)', de: 'Seitenwechsel (gleiche Stufe)'}},
  {title: 'Specialisation (same or higher seniority)', value: 'specialisation', i18n: {es: 'Especialización (mismo nivel o superior)', de: 'Spezialisierung (gleiche oder höhere Stufe)'}},
] as const satisfies readonly Labelled<string>[]

export const certificationLevels = [
  {title: 'Entry', value: 'entry', i18n: {es: 'Inicial', de: 'Einstieg'}},
  {title: 'Associate', value: 'associate', i18n: {es: 'Asociado', de: 'Associate'}},
  {title: 'Professional', value: 'professional', i18n: {es: 'Profesional', de: 'Professional'}},
  {title: 'Expert', value: 'expert', i18n: {es: 'Experto', de: 'Expert'}},
] as const satisfies readonly Labelled<string>[]

export const certificationStatuses = [
  {title: 'Active', value: 'active', i18n: {es: 'Vigente', de: 'Aktuell'}},
  {title: 'Retired', value: 'retired', i18n: {es: 'Retirada', de: 'Eingestellt'}},
] as const satisfies readonly Labelled<string>[]

export const degreeLevels = [
  {title: 'Associate degree', value: 'associate', i18n: {es: 'Título de grado asociado', de: 'Associate Degree (Kurzstudium)'}},
  {title: 'Bachelor\'s degree', value: 'bachelor', i18n: {es: 'Grado (licenciatura)', de: 'Bachelor'}},
  {title: 'Master\'s degree', value: 'master', i18n: {es: 'Máster', de: 'Master'}},
  {title: 'Doctorate', value: 'doctorate', i18n: {es: 'Doctorado', de: 'Promotion (Doktorat)'}},
] as const satisfies readonly Labelled<string>[]

export const resourceKinds = [
  {title: 'Article', value: 'article', i18n: {es: 'Artículo', de: 'Artikel'}},
  {title: 'Course', value: 'course', i18n: {es: 'Curso', de: 'Kurs'}},
  {title: 'Book', value: 'book', i18n: {es: 'Libro', de: 'Buch'}},
  {title: 'Community', value: 'community', i18n: {es: 'Comunidad', de: 'Community'}},
  {title: 'Organisation', value: 'organisation', i18n: {es: 'Organización', de: 'Organisation'}},
  {title: 'Certification programme', value: 'certification-programme', i18n: {es: 'Programa de certificación', de: 'Zertifizierungsprogramm'}},
  {title: 'Tool', value: 'tool', i18n: {es: 'Herramienta', de: 'Werkzeug'}},
  {title: 'Publication', value: 'publication', i18n: {es: 'Publicación', de: 'Publikation'}},
] as const satisfies readonly Labelled<string>[]

export const resourceCosts = [
  {title: 'Free', value: 'free', i18n: {es: 'Gratis', de: 'Kostenlos'}},
  {title: 'Free to audit', value: 'free-audit', i18n: {es: 'Gratis como oyente', de: 'Kostenlos ohne Zertifikat'}},
  {title: 'Paid', value: 'paid', i18n: {es: 'De pago', de: 'Kostenpflichtig'}},
] as const satisfies readonly Labelled<string>[]

/**
 * Where a figure or a link comes from. `source`: a source article gives it
 * (name the article). `estimate`: our editorial estimate (figures). `added`:
 * we added it; no source gives it (links, mostly official home pages).
 */
export const basisKinds = [
  {title: 'From a source article', value: 'source', i18n: {es: 'De un artículo fuente', de: 'Aus einem Quellartikel'}},
  {title: 'Our estimate', value: 'estimate', i18n: {es: 'Estimación nuestra', de: 'Unsere Schätzung'}},
  {title: 'Added by us', value: 'added', i18n: {es: 'Añadido por nosotros', de: 'Von uns ergänzt'}},
] as const satisfies readonly Labelled<string>[]

/** What each proficiency level (1-5) means. */
export const proficiencyLevels = [
  {title: 'Awareness', value: 1, i18n: {es: 'Nociones', de: 'Grundkenntnisse'}},
  {title: 'Working knowledge', value: 2, i18n: {es: 'Conocimiento práctico', de: 'Anwendungswissen'}},
  {title: 'Practitioner', value: 3, i18n: {es: 'Competente', de: 'Praxiserfahren'}},
  {title: 'Advanced', value: 4, i18n: {es: 'Avanzado', de: 'Fortgeschritten'}},
  {title: 'Expert', value: 5, i18n: {es: 'Experto', de: 'Expertenwissen'}},
] as const satisfies readonly Labelled<number>[]

/** The English proficiency labels; index 0 is level 1. */
export const proficiencyLabels = proficiencyLevels.map((level) => level.title) as readonly (typeof proficiencyLevels)[number]['title'][]

/** Types translated one document per language (@sanity/document-internationalization). */
export const documentTranslatedTypes = ['faq', 'guide'] as const

/** Types translated field by field (sanity-plugin-internationalized-array); their forms get the plugin's language filter. */
export const fieldTranslatedTypes = ['track', 'role', 'skill', 'certification', 'degree', 'organisation', 'learningPath', 'resource'] as const

export const API_VERSION = '2025-02-19'

export type OptionValue<T extends readonly {value: string | number}[]> = T[number]['value']
