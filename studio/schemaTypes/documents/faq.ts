import {HelpCircleIcon} from '@sanity/icons/HelpCircle'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {languageField, slugField, sourcesField} from '../shared/fields'

export const faq = defineType({
  name: 'faq',
  title: 'FAQ',
  type: 'document',
  icon: HelpCircleIcon,
  fields: [
    defineField({name: 'question', title: 'Question', type: 'string', description: 'As a reader would ask it, ending with a question mark.', validation: (rule) => rule.required().custom((q: string | undefined) => (!q || q.trim().endsWith('?') ? true : 'End the question with a question mark'))}),
    slugField({source: 'question'}),
    defineField({name: 'answer', title: 'Answer', type: 'blockContent', description: 'A direct answer first, then the detail.', validation: (rule) => rule.required().min(1)}),
    defineField({
      name: 'roles',
      title: 'Related roles',
      type: 'array',
      of: [defineArrayMember({type: 'reference', to: [{type: 'role'}]})],
      description: 'The FAQ is shown on these roles\' pages.',
      validation: (rule) => rule.unique(),
    }),
    sourcesField(),
    languageField(),
  ],
  preview: {select: {title: 'question', roles: 'roles'}, prepare: ({title, roles}) => ({title, subtitle: roles?.length ? `${roles.length} related roles` : 'General'})},
})
