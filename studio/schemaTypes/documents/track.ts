import {SplitVerticalIcon} from '@sanity/icons/SplitVertical'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {languageField, slugField, sourcesField, summaryField} from '../shared/fields'
import {trackKinds} from '../shared/options'
import {checkLadderOrder} from '../shared/rules'

export const track = defineType({
  name: 'track',
  title: 'Track',
  type: 'document',
  icon: SplitVerticalIcon,
  fields: [
    defineField({name: 'title', title: 'Title', type: 'string', description: 'The ladder\'s name, for example "Support engineering (individual contributor)".', validation: (rule) => rule.required()}),
    slugField(),
    defineField({
      name: 'kind',
      title: 'Kind',
      type: 'string',
      description: 'Individual contributor and management ladders climb by level; alternative paths are ways out of support.',
      options: {list: [...trackKinds], layout: 'radio'},
      validation: (rule) => rule.required(),
    }),
    summaryField(),
    defineField({
      name: 'roles',
      title: 'Roles, in ladder order',
      type: 'array',
      description: 'From the entry role to the top. Each role must name this track and have a higher level than the one above it in this list.',
      of: [defineArrayMember({type: 'reference', to: [{type: 'role'}]})],
      validation: (rule) => rule.required().min(1).unique().custom((roles: {_ref?: string}[] | undefined, context) => checkLadderOrder(roles, context)),
    }),
    sourcesField(),
    languageField(),
  ],
  preview: {
    select: {title: 'title', kind: 'kind', roles: 'roles'},
    prepare: ({title, kind, roles}) => ({
      title,
      subtitle: [trackKinds.find((k) => k.value === kind)?.title, `${roles?.length ?? 0} roles`].filter(Boolean).join(' · '),
    }),
  },
})
