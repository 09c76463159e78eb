import {DocumentTextIcon} from '@sanity/icons/DocumentText'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {languageField, slugField, sourcesField, summaryField} from '../shared/fields'

export const guide = defineType({
  name: 'guide',
  title: 'Guide',
  type: 'document',
  icon: DocumentTextIcon,
  fields: [
    defineField({name: 'title', title: 'Title', type: 'string', description: 'A title that says what the reader will be able to do.', validation: (rule) => rule.required()}),
    slugField(),
    summaryField(),
    defineField({name: 'body', title: 'Body', type: 'blockContent', description: 'The advice, with figures and where they come from.', validation: (rule) => rule.required().min(1)}),
    defineField({
      name: 'roles',
      title: 'Related roles',
      type: 'array',
      of: [defineArrayMember({type: 'reference', to: [{type: 'role'}]})],
      description: 'Roles this guide is most useful for.',
      validation: (rule) => rule.unique(),
    }),
    sourcesField(),
    languageField(),
  ],
})
