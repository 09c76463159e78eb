import {defineField, getPublishedId, type NumberRule, type SlugValidationContext, type SlugRule, type UrlRule} from 'sanity'
import {API_VERSION, defaultLanguage, supportedLanguages} from './options'

/** Only web links: editors paste from many places, and `javascript:` or `mailto:` must never reach a site. */
export const httpUrl = (rule: UrlRule) =>
  rule.uri({scheme: ['http', 'https'], allowRelative: false}).error('Use a full web address starting with http:// or https://')

/**
 * A number within a range, reported with one message. Sanity runs `min`,
 * `max` and `integer` even on an empty required number, so chaining them gave
 * editors three messages for one gap; here `required()` alone reports a gap.
 */
export function numberInRange(options: {min: number; max: number; integer?: boolean; required?: boolean; message: string}) {
  return (rule: NumberRule) =>
    (options.required ? rule.required() : rule).custom((value: number | undefined) => {
      if (value === undefined || value === null) return true
      const inRange = value >= options.min && value <= options.max && (!options.integer || Number.isInteger(value))
      return inRange ? true : options.message
    })
}

/** `required()` reports a missing slug; this only judges the shape of one that is there. */
export function checkSlugShape(slug: {current?: string} | undefined): true | string {
  if (!slug?.current) return true
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug.current)
    ? true
    : 'Use lowercase letters, digits and single hyphens only (for example "support-analyst")'
}

export function slugField(options: {source?: string; group?: string; perLanguage?: boolean} = {}) {
  return defineField({
    name: 'slug',
    title: 'Slug',
    type: 'slug',
    group: options.group,
    description: options.perLanguage
      ? 'The readable id used in URLs (for example "is-help-desk-a-good-start"). Unique within one language: a translation may keep its original\'s slug.'
      : 'The readable id used in URLs and by the SDK (for example "help-desk-technician"). Generate it from the title, then keep it stable: links depend on it.',
    options: {source: options.source ?? 'title', maxLength: 96, ...(options.perLanguage ? {isUnique: isUniquePerLanguage} : {})},
    validation: (rule: SlugRule) => rule.required().custom(checkSlugShape),
  })
}

/**
 * Slugs of document-translated types clash only within one language. Every
 * version of the same document (draft, release versions) shares its slug, so
 * those are compared by published id with Sanity's own helper.
 */
export async function isUniquePerLanguage(slug: string, context: SlugValidationContext): Promise<boolean> {
  const {document, getClient} = context
  if (!document?._id) return true
  const client = getClient({apiVersion: API_VERSION})
  const ids = await client.fetch<string[]>(
    '*[_type == $type && slug.current == $slug && language == $language]._id',
    {type: document._type, slug, language: (document.language as string | undefined) ?? defaultLanguage},
  )
  const self = getPublishedId(document._id)
  return ids.every((id) => getPublishedId(id) === self)
}

/**
 * `language` means two things, and the description says which. FAQs and
 * guides are translated one document per language (the document-internationalization
 * plugin sets it and links the translations); resources and source articles
 * record the language the material itself is written in.
 */
export function languageField(purpose: 'translation' | 'material') {
  return defineField({
    name: 'language',
    title: purpose === 'translation' ? 'Language' : 'Language of the material',
    type: 'string',
    description:
      purpose === 'translation'
        ? 'The language this document is written in; each translation is a document of its own, linked to the others.'
        : 'The language the article, book or course itself is written in.',
    readOnly: purpose === 'translation',
    hidden: purpose === 'translation' && supportedLanguages.length < 2,
    initialValue: defaultLanguage,
    options: {list: supportedLanguages.map((l) => ({title: l.title, value: l.id}))},
    validation: (rule) => rule.required(),
  })
}

export function sourcesField(group?: string) {
  return defineField({
    name: 'sources',
    title: 'Sources',
    type: 'array',
    group,
    description: 'The articles this content is based on. Every fact should be traceable to at least one.',
    of: [{type: 'reference', to: [{type: 'sourceArticle'}]}],
    validation: (rule) => rule.unique().error('Each source should be listed once'),
  })
}

interface BlockLike {
  _type?: string
  children?: {text?: unknown}[]
}

/** Rich text is empty when no block has a non-blank span: an empty paragraph is not an answer. */
export function requireRichText(blocks: readonly BlockLike[] | undefined): true | string {
  const hasText = (blocks ?? []).some((block) =>
    (block.children ?? []).some((span) => typeof span.text === 'string' && span.text.trim() !== ''),
  )
  return hasText ? true : 'Write some text; empty paragraphs do not count'
}

/** Plain strings in a list must say something. */
export function noBlankItems(items: readonly unknown[] | undefined): true | string {
  return (items ?? []).some((item) => typeof item !== 'string' || item.trim() === '')
    ? 'Remove the empty line or write it out'
    : true
}
