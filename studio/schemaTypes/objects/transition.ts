import {defineField, defineType} from 'sanity'
import {numberInRange} from '../shared/fields'
import {studioList, transitionKinds} from '../shared/options'
import {defaultText, localizedField} from '../shared/localized'
import {samePublished} from '../shared/overlay'

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
      // A role made from here would have no track, rung or seniority chosen in context; create roles from their track.
      options: {disableNew: true},
      validation: (rule) =>
        rule.required().custom((ref: {_ref?: string} | undefined, context) => {
          const self = context.document?._id
          if (ref?._ref && self && samePublished(ref._ref, self)) {
            return 'A role cannot lead to itself; pick a different role'
          }
          return true
        }),
    }),
    defineField({
      name: 'kind',
      title: 'Kind of move',
      type: 'string',
      description: 'Promotion: to a higher seniority. Lateral: same seniority, different job. Specialisation: narrowing into a field, same seniority or higher.',
      options: {list: studioList(transitionKinds), layout: 'radio', direction: 'horizontal'},
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
      name: 'typicalYearsBasis',
      title: 'Where the typical time comes from',
      type: 'basis',
      description: 'The source article that gives it, or our estimate.',
    }),
    defineField({
      name: 'conditions',
      title: 'Usual conditions',
      type: 'array',
      description: 'What usually has to be true first, one per line (for example "Has led a project end to end"). Timing advice belongs in the advice field.',
      of: [{type: 'localizedLine'}],
    }),
    localizedField({
      name: 'advice',
      title: 'Advice',
      kind: 'text',
      description: 'Optional: advice on timing or approach for this move (for example when to look at other employers). Not a condition.',
    }),
  ],
  preview: {
    select: {title: 'to.title', kind: 'kind', years: 'typicalYears'},
    prepare: ({title, kind, years}) => ({
      title: defaultText(title) ?? 'Choose a role',
      subtitle: [kind, typeof years === 'number' ? `~${years} yr` : undefined].filter(Boolean).join(' · '),
    }),
  },
})
