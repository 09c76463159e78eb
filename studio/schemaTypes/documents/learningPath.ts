import {ListIcon} from '@sanity/icons/List'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {slugField, sourcesField} from '../shared/fields'
import {defaultText, localizedSummary, localizedTitle} from '../shared/localized'

export const learningPath = defineType({
  name: 'learningPath',
  title: 'Learning path',
  type: 'document',
  icon: ListIcon,
  fields: [
    localizedTitle('The path\'s name.'),
    slugField(),
    localizedSummary(),
    defineField({
      name: 'roles',
      title: 'For roles',
      type: 'array',
      of: [defineArrayMember({type: 'reference', to: [{type: 'role'}]})],
      description: 'Roles this path prepares people for.',
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'modules',
      title: 'Modules',
      type: 'array',
      of: [defineArrayMember({type: 'learningModule'})],
      description: 'In the order to take them. Each module holds ordered topics with key points and resources.',
      validation: (rule) =>
        rule.required().min(1).custom((modules: {slug?: {current?: string}}[] | undefined) => {
          const slugs = (modules ?? []).map((m) => m.slug?.current).filter(Boolean)
          return new Set(slugs).size === slugs.length ? true : 'Module slugs must be unique within a path'
        }),
    }),
    sourcesField(),
  ],
  preview: {select: {title: 'title', modules: 'modules'}, prepare: ({title, modules}) => ({title: defaultText(title), subtitle: `${modules?.length ?? 0} modules`})},
})
