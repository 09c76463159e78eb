import {BookIcon} from '@sanity/icons/Book'
import {defineField, defineType} from 'sanity'
import {httpUrl, languageField, sourcesField, summaryField} from '../shared/fields'
import {resourceCosts, resourceKinds} from '../shared/options'

export const resource = defineType({
  name: 'resource',
  title: 'Learning resource',
  type: 'document',
  icon: BookIcon,
  fields: [
    defineField({name: 'title', title: 'Title', type: 'string', description: 'As the publisher titles it.', validation: (rule) => rule.required()}),
    defineField({
      name: 'url',
      title: 'URL',
      type: 'url',
      description: 'Exactly the address the source gives (http or https). Leave empty for a book without an official page rather than invent one.',
      validation: (rule) => httpUrl(rule),
    }),
    defineField({name: 'publisher', title: 'Publisher', type: 'string', description: 'Who publishes or runs it, for example "Harvard Business Review".'}),
    defineField({
      name: 'kind',
      title: 'Kind',
      type: 'string',
      options: {list: [...resourceKinds]},
      description: 'What sort of resource it is; the site groups resources by this.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'cost',
      title: 'Cost',
      type: 'string',
      options: {list: [...resourceCosts], layout: 'radio', direction: 'horizontal'},
      description: '"Free to audit" is for courses you can follow for free but pay to certify.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'authors',
      title: 'Authors',
      type: 'array',
      of: [{type: 'string'}],
      description: 'For books: every author, as printed on the cover.',
      hidden: ({document}) => document?.kind !== 'book',
      validation: (rule) =>
        rule.custom((authors: string[] | undefined, context) =>
          context.document?.kind === 'book' && !authors?.length ? 'A book needs at least one author' : true,
        ),
    }),
    summaryField({description: 'What someone gets from it, in your own words.'}),
    defineField({
      name: 'topics',
      title: 'Topics',
      type: 'array',
      of: [{type: 'string'}],
      options: {layout: 'tags'},
      description: 'Lowercase tags such as "itil" or "leadership"; used by filters and skill-gap suggestions.',
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'skills',
      title: 'Skills it helps with',
      type: 'array',
      of: [{type: 'reference', to: [{type: 'skill'}]}],
      description: 'Used to suggest this resource to someone who needs these skills.',
      validation: (rule) => rule.unique(),
    }),
    sourcesField(),
    languageField(),
  ],
  preview: {
    select: {title: 'title', kind: 'kind', publisher: 'publisher', cost: 'cost'},
    prepare: ({title, kind, publisher, cost}) => ({
      title,
      subtitle: [resourceKinds.find((k) => k.value === kind)?.title, publisher, resourceCosts.find((c) => c.value === cost)?.title].filter(Boolean).join(' · '),
    }),
  },
})
