import {defineField, type NumberRule, type SlugRule, type UrlRule} from 'sanity'
import {defaultLanguage, supportedLanguages} from './options'

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

export function slugField(options: {source?: string; group?: string} = {}) {
  return defineField({
    name: 'slug',
    title: 'Slug',
    type: 'slug',
    group: options.group,
    description: 'The readable id used in URLs and by the SDK (for example "help-desk-technician"). Generate it from the title, then keep it stable: links depend on it.',
    options: {source: options.source ?? 'title', maxLength: 96},
    validation: (rule: SlugRule) =>
      rule.required().custom(checkSlugShape),
  })
}

export function languageField() {
  return defineField({
    name: 'language',
    title: 'Language',
    type: 'string',
    description: 'The language this document is written in. One document per language; see the Studio README.',
    readOnly: true,
    hidden: supportedLanguages.length < 2,
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

export function summaryField(options: {group?: string; description?: string} = {}) {
  return defineField({
    name: 'summary',
    title: 'Summary',
    type: 'text',
    rows: 3,
    group: options.group,
    description: options.description ?? 'Two or three sentences in plain language, shown in lists and previews.',
    validation: (rule) => rule.required().min(20).max(600),
  })
}
