import {defineField, defineType} from 'sanity'
import {numberInRange} from '../shared/fields'
import {transitionKinds} from '../shared/options'
import {publishedId} from '../shared/rules'

export const transition = defineType({
  name: 'transition',
  title: 'Next move',
  type: 'object',
  fields: [
    defineField({
      name: 'to',
      title: 'To role',
      type: 'reference',
      to: [{type: 'role'}],
      description: 'The role people move to from this one.',
      validation: (rule) =>
        rule.required().custom((ref: {_ref?: string} | undefined, context) => {
          const self = context.document?._id
          if (ref?._ref && self && publishedId(ref._ref) === publishedId(self)) {
            return 'A role cannot lead to itself; pick a different role'
          }
          return true
        }),
    }),
    defineField({
      name: 'kind',
      title: 'Kind of move',
      type: 'string',
      description: 'Promotion: a step up the same ladder. Lateral: same level, different job. Specialisation: narrowing into a field.',
      options: {list: [...transitionKinds], layout: 'radio', direction: 'horizontal'},
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'typicalYears',
      title: 'Typical time (years)',
      type: 'number',
      description: 'How long people usually spend in this role before making the move.',
      validation: numberInRange({min: 0, max: 20, required: true, message: 'Typical time is a number of years from 0 to 20'}),
    }),
    defineField({
      name: 'conditions',
      title: 'Usual conditions',
      type: 'array',
      description: 'What usually has to be true first, one per line (for example "Has led a project end to end").',
      of: [{type: 'string'}],
    }),
  ],
  preview: {
    select: {title: 'to.title', kind: 'kind', years: 'typicalYears'},
    prepare: ({title, kind, years}) => ({
      title: title ?? 'Choose a role',
      subtitle: [kind, typeof years === 'number' ? `~${years} yr` : undefined].filter(Boolean).join(' · '),
    }),
  },
})
