import {defineField, defineType} from 'sanity'
import {basisKinds, studioList} from '../shared/options'

/**
 * Provenance of one figure or link, machine-readable: the source article that
 * gives it, our editorial estimate, or added by us. Consumers show estimates as
 * estimates ("about 2 years · estimate").
 */
export const basis = defineType({
  name: 'basis',
  title: 'Where this comes from',
  type: 'object',
  options: {columns: 2},
  fields: [
    defineField({
      name: 'kind',
      title: 'Basis',
      type: 'string',
      description: 'From a source article, our estimate, or added by us (no source gives it).',
      options: {list: studioList(basisKinds), layout: 'radio', direction: 'horizontal'},
      validation: (rule) => rule.required().error('Say where this comes from: a source article, our estimate, or added by us'),
    }),
    defineField({
      name: 'source',
      title: 'Source article',
      type: 'reference',
      to: [{type: 'sourceArticle'}],
      description: 'The article that gives this figure or link.',
      // Shown while it is the basis, and while a leftover value is there so its error can be seen and cleared.
      hidden: ({parent, value}) => (parent as {kind?: string} | undefined)?.kind !== 'source' && !value,
      validation: (rule) =>
        rule.custom((value, context) => {
          const kind = (context.parent as {kind?: string} | undefined)?.kind
          if (kind === 'source' && !value) return 'Pick the source article that gives it'
          if (kind !== 'source' && value) return 'Only a basis "From a source article" names an article; clear this field'
          return true
        }),
    }),
    defineField({
      name: 'note',
      title: 'Note',
      type: 'string',
      description: 'Optional: how the estimate was made, or where in the article the figure is.',
    }),
  ],
  preview: {
    select: {kind: 'kind', source: 'source.title'},
    prepare: ({kind, source}) => ({title: basisKinds.find((k) => k.value === kind)?.title ?? 'No basis', subtitle: source}),
  },
})
