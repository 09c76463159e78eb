import {CaseIcon} from '@sanity/icons/Case'
import {defineField, defineType} from 'sanity'
import {httpUrl, slugField} from '../shared/fields'
import {defaultText, localizedField, localizedTitle} from '../shared/localized'

/**
 * A vendor, publisher, awarding body or professional association, kept once so
 * certifications, degrees, resources and sources point at the same one and
 * "certifications by vendor" never depends on how a name was typed.
 */
export const organisation = defineType({
  name: 'organisation',
  title: 'Organisation',
  type: 'document',
  icon: CaseIcon,
  fields: [
    localizedTitle('The organisation\'s own name, for example "CompTIA". Translate it only where it differs in that language.'),
    slugField(),
    defineField({
      name: 'aliases',
      title: 'Other names',
      type: 'array',
      of: [{type: 'string'}],
      options: {layout: 'tags'},
      description: 'Abbreviations and older names (for example "PMI"), so search finds the organisation by them.',
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'url',
      title: 'Home page',
      type: 'url',
      description: 'The organisation\'s own site (http or https). Leave empty rather than guess.',
      validation: (rule) => httpUrl(rule),
    }),
    defineField({
      name: 'urlBasis',
      title: 'Where the home page comes from',
      type: 'basis',
      description: 'A source article, or added by us.',
      hidden: ({document, value}) => !document?.url && !value,
    }),
    localizedField({name: 'note', title: 'Note', kind: 'text', description: 'Optional: what the organisation does, in a sentence.'}),
  ],
  preview: {select: {title: 'title', url: 'url'}, prepare: ({title, url}) => ({title: defaultText(title) ?? 'Untitled organisation', subtitle: url})},
})
