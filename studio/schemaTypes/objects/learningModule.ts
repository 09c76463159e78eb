import {defineArrayMember, defineField, defineType} from 'sanity'
import {checkSlugShape} from '../shared/fields'
import {defaultText, localizedField, localizedTitle} from '../shared/localized'

export const learningTopic = defineType({
  name: 'learningTopic',
  title: 'Topic',
  type: 'object',
  fields: [
    localizedTitle('What the topic is about.'),
    defineField({
      name: 'keyPoints',
      title: 'Key points',
      type: 'array',
      description: 'What a learner should take away, one point per line, in order.',
      of: [defineArrayMember({type: 'localizedLine'})],
      validation: (rule) => rule.required().min(1).error('Add at least one key point'),
    }),
    defineField({
      name: 'resources',
      title: 'Resources',
      type: 'array',
      description: 'Where to learn it, in the order to read them.',
      of: [defineArrayMember({type: 'reference', to: [{type: 'resource'}]})],
      validation: (rule) => rule.unique(),
    }),
  ],
  preview: {select: {title: 'title', points: 'keyPoints'}, prepare: ({title, points}) => ({title: defaultText(title), subtitle: `${points?.length ?? 0} key points`})},
})

export const learningModule = defineType({
  name: 'learningModule',
  title: 'Module',
  type: 'object',
  fields: [
    localizedTitle('The module heading.'),
    defineField({
      name: 'slug',
      title: 'Slug',
      type: 'slug',
      description: 'Used in the module page URL; unique within this path.',
      options: {
        source: (_doc, ctx) => defaultText((ctx.parent as {title?: {language?: string; value?: unknown}[]})?.title) ?? '',
        // Sanity cannot check slugs inside arrays across documents, and they only need to be unique within
        // the path, which the path's `modules` rule checks.
        disableArrayWarning: true,
      },
      validation: (rule) => rule.required().custom(checkSlugShape),
    }),
    localizedField({name: 'summary', title: 'Summary', kind: 'text', description: 'What the module covers, in a sentence or two.'}),
    defineField({
      name: 'topics',
      title: 'Topics',
      type: 'array',
      description: 'In the order a learner should take them.',
      of: [defineArrayMember({type: 'learningTopic'})],
      validation: (rule) => rule.required().min(1),
    }),
  ],
  preview: {select: {title: 'title', topics: 'topics'}, prepare: ({title, topics}) => ({title: defaultText(title), subtitle: `${topics?.length ?? 0} topics`})},
})
