import {UserIcon} from '@sanity/icons/User'
import {defineArrayMember, defineField, defineType, type ValidationContext} from 'sanity'
import {numberInRange, slugField, sourcesField} from '../shared/fields'
import {loadNeighbourhood, loopMessage, moveProblems, promotionLoop, rungProblem, seniorityProblem} from '../shared/ladder'
import {defaultText, localizedField, localizedSummary, localizedTitle} from '../shared/localized'
import {seniorityLevels} from '../shared/options'
import {seniorityTitle} from '../shared/seniority'

interface MoveLike {
  _key?: string
  kind?: string
  to?: {_ref?: string}
}

/** Rules that read other roles return true when the neighbourhood cannot be read (no id yet). */
async function withNeighbourhood<T>(context: ValidationContext, judge: (n: NonNullable<Awaited<ReturnType<typeof loadNeighbourhood>>>) => T): Promise<T | true> {
  const n = await loadNeighbourhood(context)
  return n ? judge(n) : true
}

export const role = defineType({
  name: 'role',
  title: 'Role',
  type: 'document',
  icon: UserIcon,
  groups: [
    {name: 'overview', title: 'Overview', default: true},
    {name: 'requirements', title: 'Skills & credentials'},
    {name: 'progression', title: 'Next moves'},
    {name: 'meta', title: 'Sources'},
  ],
  fields: [
    localizedTitle('The job title as most employers write it.', 'overview', {min: 2, max: 80}),
    slugField({group: 'overview'}),
    defineField({
      name: 'aliases',
      title: 'Other names',
      type: 'array',
      group: 'overview',
      description: 'Other titles for the same job, in any language (for example "IT support specialist" for "Support specialist"). Search finds the role by these too.',
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
      description: 'The ladder or family this role belongs to. This is the only place that says so: tracks do not list their roles.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'rung',
      title: 'Rung',
      type: 'number',
      group: 'overview',
      description: 'Position on a ladder, 1 for the entry role; each rung holds one role. Leave empty for roles in a family.',
      validation: (rule) =>
        numberInRange({min: 1, max: 20, integer: true, message: 'A rung is a whole number from 1 to 20'})(rule).custom(async (_value, context) =>
          withNeighbourhood(context, (n) => rungProblem(n) ?? true),
        ),
    }),
    defineField({
      name: 'seniority',
      title: 'Seniority',
      type: 'number',
      group: 'overview',
      description: 'Where the role sits on the scale shared by every ladder, from entry to executive. Decides what counts as a promotion.',
      options: {list: seniorityLevels.map((level) => ({title: `${level.value} · ${level.title}`, value: level.value})), layout: 'radio'},
      // Two rules: `.error(message)` would replace the ladder rule's own message too.
      validation: (rule) => [
        rule.required().error('Pick the role\'s seniority, from 1 (entry) to 7 (executive)'),
        rule.custom(async (_value, context) => withNeighbourhood(context, (n) => seniorityProblem(n) ?? true)),
      ],
    }),
    localizedSummary({group: 'overview'}),
    defineField({
      name: 'responsibilities',
      title: 'Responsibilities',
      type: 'array',
      group: 'overview',
      description: 'What the job involves day to day, one line each, most important first.',
      of: [defineArrayMember({type: 'localizedLine'})],
      validation: (rule) => rule.required().min(1).error('List at least one responsibility'),
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
      name: 'credentials',
      title: 'Recommended credentials',
      type: 'array',
      group: 'requirements',
      description: 'Certifications and degrees that help people reach or do this role. Recommend current credentials, not retired ones.',
      of: [defineArrayMember({type: 'reference', to: [{type: 'certification'}, {type: 'degree'}]})],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'experience',
      title: 'Typical experience',
      type: 'experienceRange',
      group: 'requirements',
      description: 'Years of experience people usually have when they hold this role: from, and to if there is a usual ceiling.',
    }),
    localizedField({name: 'education', title: 'Education notes', kind: 'text', group: 'requirements', description: 'What schooling employers usually ask for, and what can stand in for it.'}),
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
      description: 'Where people usually go from here. A promotion goes to a higher seniority, a lateral move to the same, a specialisation to the same or higher.',
      of: [defineArrayMember({type: 'transition'})],
      validation: (rule) =>
        rule.custom(async (transitions: MoveLike[] | undefined, context) => {
          if (!transitions?.length) return true
          return withNeighbourhood(context, (n) => {
            const problems = moveProblems(n, transitions)
            if (problems.length) return problems.map((p) => ({message: p.message, path: p.key ? [{_key: p.key}, 'kind'] : []}))
            const loop = promotionLoop(n)
            return loop ? loopMessage(loop) : true
          })
        }),
    }),
    sourcesField('meta'),
  ],
  orderings: [
    {title: 'Seniority', name: 'seniorityAsc', by: [{field: 'seniority', direction: 'asc'}, {field: 'rung', direction: 'asc'}]},
    {title: 'Rung', name: 'rungAsc', by: [{field: 'rung', direction: 'asc'}]},
  ],
  preview: {
    select: {title: 'title', rung: 'rung', seniority: 'seniority', track: 'track.title'},
    prepare: ({title, rung, seniority, track}) => ({
      title: defaultText(title) ?? 'Untitled role',
      subtitle: [typeof rung === 'number' ? `Rung ${rung}` : undefined, typeof seniority === 'number' ? seniorityTitle(seniority) : undefined, defaultText(track)]
        .filter(Boolean)
        .join(' · '),
    }),
  },
})
