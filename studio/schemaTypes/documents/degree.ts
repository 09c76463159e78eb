import {BookmarkIcon} from '@sanity/icons/Bookmark'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {slugField, sourcesField} from '../shared/fields'
import {defaultText, localizedSummary, localizedTitle} from '../shared/localized'
import {degreeLevels, studioList} from '../shared/options'

/** An academic qualification. Not a certification: it has no vendor page, exam level or retirement. */
export const degree = defineType({
  name: 'degree',
  title: 'Degree',
  type: 'document',
  icon: BookmarkIcon,
  fields: [
    localizedTitle('The qualification as employers name it, for example "Bachelor\'s degree in computer science".'),
    slugField(),
    defineField({
      name: 'level',
      title: 'Level',
      type: 'string',
      description: 'Associate, bachelor\'s, master\'s or doctorate.',
      options: {list: studioList(degreeLevels), layout: 'radio', direction: 'horizontal'},
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'awardingBody',
      title: 'Awarding body',
      type: 'reference',
      to: [{type: 'organisation'}],
      description: 'Only when one institution is meant; leave empty for a degree any university awards.',
    }),
    localizedSummary(),
    defineField({
      name: 'skills',
      title: 'Skills it covers',
      type: 'array',
      of: [defineArrayMember({type: 'reference', to: [{type: 'skill'}]})],
      description: 'Used to suggest this degree when someone needs these skills.',
      validation: (rule) => rule.unique(),
    }),
    sourcesField(),
  ],
  preview: {
    select: {title: 'title', level: 'level'},
    prepare: ({title, level}) => ({title: defaultText(title) ?? 'Untitled degree', subtitle: degreeLevels.find((l) => l.value === level)?.title}),
  },
})
