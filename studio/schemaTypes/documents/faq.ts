import {HelpCircleIcon} from '@sanity/icons/HelpCircle'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {languageField, requireRichText, slugField, sourcesField} from '../shared/fields'
import {studioMessages} from '../shared/messages'
import {questionProblem} from '../shared/punctuation'

/** Prose: translated one document per language (@sanity/document-internationalization). */
export const faq = defineType({
  name: 'faq',
  title: 'FAQ',
  type: 'document',
  icon: HelpCircleIcon,
  fields: [
    defineField({
      name: 'question',
      title: 'Question',
      type: 'string',
      description: 'As a reader would ask it, with the question marks of its language.',
      validation: (rule) =>
        rule.required().custom((question: string | undefined, context) => {
          if (question !== undefined && !question.trim()) return 'Write the question; spaces alone are not one'
          const problem = questionProblem(question, context.document?.language as string | undefined)
          return problem ? studioMessages(problem) : true
        }),
    }),
    slugField({source: 'question', perLanguage: true}),
    defineField({
      name: 'answer',
      title: 'Answer',
      type: 'blockContent',
      description: 'A direct answer first, then the detail.',
      validation: (rule) => rule.required().custom(requireRichText),
    }),
    defineField({
      name: 'roles',
      title: 'Related roles',
      type: 'array',
      of: [defineArrayMember({type: 'reference', to: [{type: 'role'}], options: {disableNew: true}})],
      description: 'The FAQ is shown on these roles\' pages.',
      validation: (rule) => rule.unique(),
    }),
    sourcesField(),
    languageField('translation'),
  ],
  preview: {
    select: {title: 'question', roles: 'roles', language: 'language'},
    prepare: ({title, roles, language}) => ({title, subtitle: [language?.toUpperCase(), roles?.length ? `${roles.length} related roles` : 'General'].filter(Boolean).join(' · ')}),
  },
})
