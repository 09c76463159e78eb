import {LinkIcon} from '@sanity/icons/Link'
import {defineField, defineType} from 'sanity'
import {httpUrl, languageField} from '../shared/fields'

/** An article the curriculum draws facts from; documents cite these so every fact stays attributable. */
export const sourceArticle = defineType({
  name: 'sourceArticle',
  title: 'Source article',
  type: 'document',
  icon: LinkIcon,
  fields: [
    defineField({name: 'title', title: 'Title', type: 'string', description: 'The article\'s own title, in its own language.', validation: (rule) => rule.required()}),
    defineField({name: 'publisher', title: 'Publisher', type: 'reference', to: [{type: 'organisation'}], description: 'Who published it, if known.'}),
    defineField({name: 'url', title: 'URL', type: 'url', description: 'Where it can be read (http or https), if known.', validation: (rule) => httpUrl(rule)}),
    defineField({name: 'note', title: 'Note', type: 'text', rows: 2, description: 'What the curriculum takes from it (for editors; not translated).'}),
    languageField('material'),
  ],
  preview: {select: {title: 'title', subtitle: 'publisher.title.0.value'}},
})
