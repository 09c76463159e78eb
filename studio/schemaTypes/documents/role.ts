import {UserIcon} from '@sanity/icons/User'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {languageField, numberInRange, slugField, sourcesField, summaryField} from '../shared/fields'
import {findPromotionCycle} from '../shared/rules'

export const role = defineType({
  name: 'role',
  title: 'Role',
  type: 'document',
  icon: UserIcon,
  groups: [
    {name: 'overview', title: 'Overview', default: true},
    {name: 'requirements', title: 'Skills & credentials'},
    {name: 'progression', title: 'Next moves'},
    {name: 'meta', title: 'Sources & language'},
  ],
  fields: [
    defineField({name: 'title', title: 'Title', type: 'string', group: 'overview', description: 'The job title as most employers write it.', validation: (rule) => rule.required().min(2).max(80)}),
    slugField({group: 'overview'}),
    defineField({
      name: 'aliases',
      title: 'Other names',
      type: 'array',
      group: 'overview',
      description: 'Other titles for the same job (for example "IT support specialist" for "Support specialist"). Search finds the role by these too.',
      of: [{type: 'string'}],
      options: {layout: 'tags'},
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'track',
      title: 'Track',
      type: 'reference',
      group: 'overview',
      to: [{type: 'track'}],
      description: 'The ladder this role sits on. Add the role to that track\'s list of roles too.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'level',
      title: 'Level',
      type: 'number',
      group: 'overview',
      description: 'Position within the track, starting at 1 for the entry role. Higher levels must come later in the track.',
      validation: numberInRange({min: 1, max: 20, integer: true, required: true, message: 'Level is a whole number from 1 to 20'}),
    }),
    summaryField({group: 'overview'}),
    defineField({
      name: 'responsibilities',
      title: 'Responsibilities',
      type: 'array',
      group: 'overview',
      description: 'What the job involves day to day, one line each, most important first.',
      of: [{type: 'string'}],
      validation: (rule) => rule.required().min(1),
    }),
    defineField({
      name: 'skills',
      title: 'Skills',
      type: 'array',
      group: 'requirements',
      description: 'Skills the role needs and how well. The same skill should rise in proficiency up a ladder.',
      of: [defineArrayMember({type: 'roleSkill'})],
      validation: (rule) =>
        rule.custom((items: {skill?: {_ref?: string}}[] | undefined) => {
          const seen = new Set<string>()
          for (const item of items ?? []) {
            const ref = item.skill?._ref
            if (ref && seen.has(ref)) return 'Each skill should be listed once; change its proficiency instead of adding it again'
            if (ref) seen.add(ref)
          }
          return true
        }),
    }),
    defineField({
      name: 'certifications',
      title: 'Recommended certifications',
      type: 'array',
      group: 'requirements',
      description: 'Credentials that help people reach or do this role.',
      of: [defineArrayMember({type: 'reference', to: [{type: 'certification'}]})],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'experience',
      title: 'Typical experience',
      type: 'experienceRange',
      group: 'requirements',
      description: 'Years of experience people usually have when they hold this role: from, and to if there is a usual ceiling.',
    }),
    defineField({
      name: 'education',
      title: 'Education notes',
      type: 'text',
      rows: 3,
      group: 'requirements',
      description: 'What schooling employers usually ask for, and what can stand in for it.',
    }),
    defineField({
      name: 'resources',
      title: 'Learning resources',
      type: 'array',
      group: 'requirements',
      description: 'Books, courses and communities that help someone grow into this role.',
      of: [defineArrayMember({type: 'reference', to: [{type: 'resource'}]})],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'transitions',
      title: 'Next moves',
      type: 'array',
      group: 'progression',
      description: 'Where people usually go from here. Promotions must never lead back to this role.',
      of: [defineArrayMember({type: 'transition'})],
      validation: (rule) =>
        rule.custom(async (transitions: {kind?: string; to?: {_ref?: string}}[] | undefined, context) => {
          const loop = await findPromotionCycle(transitions, context)
          return loop ? `Promotions form a loop: ${loop.join(' → ')}. A promotion must lead upwards.` : true
        }),
    }),
    sourcesField('meta'),
    languageField(),
  ],
  orderings: [
    {title: 'Level', name: 'levelAsc', by: [{field: 'level', direction: 'asc'}]},
    {title: 'Title', name: 'titleAsc', by: [{field: 'title', direction: 'asc'}]},
  ],
  preview: {
    select: {title: 'title', level: 'level', track: 'track.title'},
    prepare: ({title, level, track}) => ({title, subtitle: [typeof level === 'number' ? `Level ${level}` : undefined, track].filter(Boolean).join(' · ')}),
  },
})
