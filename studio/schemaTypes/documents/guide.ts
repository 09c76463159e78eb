import {DocumentTextIcon} from '@sanity/icons/DocumentText'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {languageField, requireRichText, slugField, sourcesField} from '../shared/fields'

/** Prose: translated one document per language (@sanity/document-internationalization). */
export const guide = defineType({
  name: 'guide',
  title: 'Guide',
  type: 'document',
  icon: DocumentTextIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'A title that says what the reader will be able to do.',
      validation: (rule) => rule.required().custom((t: string | undefined) => (t !== undefined && !t.trim() ? 'Write the title; spaces alone are not one' : true)),
    }),
    slugField({perLanguage: true}),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'text',
      rows: 3,
      description: 'Two or three sentences in plain language, shown in lists and previews.',
      validation: (rule) => rule.required().min(20).max(600),
    }),
    defineField({name: 'body', title: 'Body', type: 'blockContent', description: 'The advice, with figures and where they come from.', validation: (rule) => rule.required().custom(requireRichText)}),
    defineField({
      name: 'roles',
      title: 'Related roles',
      type: 'array',
      of: [defineArrayMember({type: 'reference', to: [{type: 'role'}], options: {disableNew: true}})],
      description: 'Roles this guide is most useful for.',
      validation: (rule) => rule.unique(),
    }),
    sourcesField(),
    languageField('translation'),
  ],
  preview: {select: {title: 'title', language: 'language'}, prepare: ({title, language}) => ({title, subtitle: language?.toUpperCase()})},
})
