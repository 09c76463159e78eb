/**
 * The curriculum in Spanish and German, applied to the finished English
 * dataset (after every other edit but provenance, which adds no text).
 *
 * - Structured documents (tracks, roles, skills, certifications, degrees,
 *   organisations, resources, the learning path) get an `es` and a `de` item
 *   in each internationalized array, after the English one, as
 *   sanity-plugin-internationalized-array stores them. A field without a
 *   translation keeps its English text only, and readers fall back to it.
 * - FAQs and guides get one document per language (`<id>-<language>`, as
 *   `faq-advance-beyond-technician-es`: ids stay lowercase words and hyphens)
 *   with the original's slug, roles and sources, linked to the English one by a
 *   `translation.metadata` document (`i18n-<id>`) as
 *   @sanity/document-internationalization stores it.
 *
 * Every translation is keyed by the document id and the `_key`s of its lines
 * and moves; a key the dataset does not have is an error, so a translation can
 * never silently stop applying.
 */
import {supportedLanguages, translationLanguages} from '../../../../../studio/schemaTypes/shared/options.ts'
import type {CurriculumDocument} from '../../types.ts'
import {CurriculumEditError, type Edit} from '../edit.ts'
import {portableText} from '../portableText.ts'
import {de} from './de/index.ts'
import {es} from './es/index.ts'
import type {LanguageTranslations, TextTree, TranslationLanguage} from './shape.ts'

const NAME = 'translations'

export const translations: Readonly<Record<TranslationLanguage, LanguageTranslations>> = {es, de}

export interface TranslationStatus {
  /** `machine-assisted`: written by an AI model from the English text; `human`: written by a person. */
  method: 'machine-assisted' | 'human'
  reviewedByNativeSpeaker: boolean
  note: string
}

/**
 * How each language was written, kept here because the content model has no
 * field for it (a translated value is `{language, value}` only). Change it when
 * a native speaker has reviewed the texts.
 */
export const translationStatus: Readonly<Record<TranslationLanguage, TranslationStatus>> = {
  es: {
    method: 'machine-assisted',
    reviewedByNativeSpeaker: false,
    note: 'Written by an AI model from the English text, for readers in Spain and Latin America (neutral Spanish, "TI", tú); not yet reviewed by a native speaker.',
  },
  de: {
    method: 'machine-assisted',
    reviewedByNativeSpeaker: false,
    note: 'Written by an AI model from the English text for German readers (Sie, gender colon in job titles); not yet reviewed by a native speaker.',
  },
}

/**
 * Localized fields that stay English in every language, and why. They hold no
 * `es`/`de` value, so every reader gets the English text.
 */
export const keptInEnglish: Readonly<Record<string, {fields: readonly string[]; reason: string}>> = Object.fromEntries([
  ...[
    'org-adplist', 'org-amazon-web-services', 'org-association-for-computing-machinery', 'org-axelos', 'org-cisco', 'org-cloud-native-computing-foundation',
    'org-comptia', 'org-coursera', 'org-edx', 'org-forbes', 'org-freecodecamp', 'org-gainsight', 'org-gartner', 'org-github', 'org-google', 'org-google-cloud',
    'org-harvard-business-publishing', 'org-intercom', 'org-isaca', 'org-it-revolution-press', 'org-lara-hogan', 'org-linkedin', 'org-mckinsey-company',
    'org-meetup', 'org-microsoft', 'org-mindtools', 'org-mit-sloan-executive-education', 'org-no-starch-press', 'org-oreilly-media', 'org-portfolio',
    'org-postman', 'org-professor-messer', 'org-progression-fyi', 'org-project-management-institute', 'org-shrm', 'org-stripe', 'org-support-driven',
    'org-techcrunch', 'org-techrepublic', 'org-techtarget', 'org-thoughtworks', 'org-udemy', 'org-zendesk',
  ].map((id) => [id, {fields: ['title'], reason: 'The organisation\'s own name; none of them uses another name in Spanish or German.'}] as const),
  ...[
    'cert-comptia-a-plus', 'cert-comptia-network-plus', 'cert-comptia-security-plus', 'cert-cisco-ccna', 'cert-itil-foundation', 'cert-microsoft-mcitp',
    'cert-microsoft-mcse', 'cert-pmp',
  ].map((id) => [id, {fields: ['title'], reason: 'The credential\'s own name, which its vendor does not translate.'}] as const),
])

/** The id of a FAQ's or guide's translation into `language`. */
export const translationId = (id: string, language: string) => `${id}-${language}`
/** The id of the `translation.metadata` document that links a FAQ or guide with its translations. */
export const metadataId = (id: string) => `i18n-${id}`

const order = new Map<string, number>(supportedLanguages.map((l, i) => [l.id, i]))

interface LocalizedItem {
  _key: string
  _type: string
  language: string
  value: string
}

const isLocalized = (value: unknown): value is LocalizedItem[] =>
  Array.isArray(value) && value.length > 0 && value.every((v) => v && typeof v === 'object' && typeof (v as {_type?: unknown})._type === 'string' && (v as {_type: string})._type.startsWith('internationalizedArray'))

/** `value` with `tree`'s texts added in `language`; `where` names the place for errors. */
function translate(value: unknown, tree: TextTree, language: TranslationLanguage, where: string): unknown {
  if (isLocalized(value)) {
    if (typeof tree !== 'string') throw new CurriculumEditError(NAME, `${where} is one text, not a group of fields`)
    if (!tree.trim()) throw new CurriculumEditError(NAME, `${where} (${language}) is blank`)
    const english = value.find((v) => v.language === 'en')
    if (!english) throw new CurriculumEditError(NAME, `${where} has no English text to translate`)
    const item: LocalizedItem = {_key: language, _type: english._type, language, value: tree}
    return [...value.filter((v) => v.language !== language), item].sort((a, b) => (order.get(a.language) ?? 99) - (order.get(b.language) ?? 99))
  }
  if (typeof tree === 'string') throw new CurriculumEditError(NAME, `${where} is not a localized field`)
  if (Array.isArray(value)) {
    const byKey = new Map((value as {_key?: string}[]).map((item) => [item._key, item]))
    for (const key of Object.keys(tree)) if (!byKey.has(key)) throw new CurriculumEditError(NAME, `${where} has no item keyed "${key}"`)
    return (value as {_key?: string; _type?: string; text?: unknown}[]).map((item) => {
      const sub = item._key === undefined ? undefined : tree[item._key]
      if (sub === undefined) return item
      if (item._type === 'localizedLine') return {...item, text: translate(item.text, sub, language, `${where}[${item._key}]`)}
      return translate(item, sub, language, `${where}[${item._key}]`)
    })
  }
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>
    const next = {...object}
    for (const [field, sub] of Object.entries(tree)) {
      if (!(field in object)) throw new CurriculumEditError(NAME, `${where} has no field "${field}"`)
      next[field] = translate(object[field], sub, language, where ? `${where}.${field}` : field)
    }
    return next
  }
  throw new CurriculumEditError(NAME, `${where} holds no text to translate`)
}

const isEnglishProse = (doc: CurriculumDocument) => (doc._type === 'faq' || doc._type === 'guide') && doc.language === 'en'

export const translationsEdit: Edit = {
  name: 'the curriculum in Spanish and German',
  apply(documents) {
    const byId = new Map(documents.map((d) => [d._id, d]))
    const out = documents.map((d) => ({...d}))
    const index = new Map(out.map((d, i) => [d._id, i]))
    const added: CurriculumDocument[] = []
    const linked = new Map<string, {type: string; languages: Map<string, string>}>()

    for (const language of translationLanguages) {
      const t = translations[language]
      if (t.language !== language) throw new CurriculumEditError(NAME, `the ${language} translations say they are ${t.language}`)
      for (const [id, fields] of Object.entries(t.structured)) {
        const at = index.get(id)
        if (at === undefined) throw new CurriculumEditError(NAME, `${language}: ${id} is not in the dataset`)
        const doc = out[at]!
        if (doc._type === 'faq' || doc._type === 'guide') throw new CurriculumEditError(NAME, `${language}: ${id} is translated document by document`)
        out[at] = translate(doc, fields, language, id) as CurriculumDocument
      }
      const prose = [
        ...Object.entries(t.faqs).map(([id, f]) => [id, 'faq', {question: f.question, answer: portableText(f.answer, 'answer')}] as const),
        ...Object.entries(t.guides).map(([id, g]) => [id, 'guide', {title: g.title, summary: g.summary, body: portableText(g.body, 'body')}] as const),
      ]
      for (const [id, type, fields] of prose) {
        const original = byId.get(id)
        if (!original || original._type !== type || !isEnglishProse(original)) throw new CurriculumEditError(NAME, `${language}: ${id} is not an English ${type} in the dataset`)
        const translated: CurriculumDocument = {...original, ...fields, _id: translationId(id, language), language}
        added.push(translated)
        const link = linked.get(id) ?? {type, languages: new Map([['en', id]])}
        link.languages.set(language, translated._id)
        linked.set(id, link)
      }
    }

    const metadata = [...linked].map(([id, {type, languages}]): CurriculumDocument => ({
      _id: metadataId(id),
      _type: 'translation.metadata',
      schemaTypes: [type],
      translations: [...languages]
        .sort(([a], [b]) => (order.get(a) ?? 99) - (order.get(b) ?? 99))
        .map(([language, ref]) => ({_key: language, _type: 'internationalizedArrayReferenceValue', language, value: {_type: 'reference', _ref: ref}})),
    }))
    for (const doc of [...added, ...metadata]) if (byId.has(doc._id)) throw new CurriculumEditError(NAME, `${doc._id} is already in the dataset`)
    return [...out, ...added, ...metadata]
  },
}
