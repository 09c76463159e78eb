import {BookIcon} from '@sanity/icons/Book'
import {defineField, defineType} from 'sanity'
import {httpUrl, languageField, noBlankItems, sourcesField} from '../shared/fields'
import {defaultText, localizedSummary} from '../shared/localized'
import {resourceCosts, resourceKinds, studioList} from '../shared/options'

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
    defineField({
      name: 'urlBasis',
      title: 'Where the URL comes from',
      type: 'basis',
      description: 'A source article gives it, or we added it (no source gives it).',
      hidden: ({document, value}) => !document?.url && !value,
    }),
    defineField({name: 'publisher', title: 'Publisher', type: 'reference', to: [{type: 'organisation'}], description: 'Who publishes or runs it, for example Harvard Business Review.'}),
    defineField({
      name: 'kind',
      title: 'Kind',
      type: 'string',
      options: {list: studioList(resourceKinds)},
      description: 'What sort of resource it is; the site groups resources by this.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'cost',
      title: 'Cost',
      type: 'string',
      options: {list: studioList(resourceCosts), layout: 'radio', direction: 'horizontal'},
      description: '"Free to audit" is for courses you can follow for free but pay to certify.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'costBasis',
      title: 'Where the cost comes from',
      type: 'basis',
      description: 'The source article that says so, or our estimate of the publisher\'s usual model.',
    }),
    defineField({
      name: 'authors',
      title: 'Authors',
      type: 'array',
      of: [{type: 'string'}],
      description: 'For books: every author, as printed on the cover.',
      // Shown for books, and whenever authors are filled in, so a leftover list can be seen.
      hidden: ({document, value}) => document?.kind !== 'book' && !(value as unknown[] | undefined)?.length,
      validation: (rule) =>
        rule.custom((authors: string[] | undefined, context) =>
          context.document?.kind === 'book' && !authors?.some((a) => a.trim()) ? 'A book needs at least one author' : noBlankItems(authors),
        ),
    }),
    localizedSummary({description: 'What someone gets from it, in your own words (translated; the title stays as the publisher gives it).'}),
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
    languageField('material'),
  ],
  preview: {
    select: {title: 'title', kind: 'kind', publisher: 'publisher.title', cost: 'cost'},
    prepare: ({title, kind, publisher, cost}) => ({
      title,
      subtitle: [resourceKinds.find((k) => k.value === kind)?.title, defaultText(publisher), resourceCosts.find((c) => c.value === cost)?.title].filter(Boolean).join(' · '),
    }),
  },
})
