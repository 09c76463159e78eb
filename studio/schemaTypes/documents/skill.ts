import {BulbOutlineIcon} from '@sanity/icons/BulbOutline'
import {defineField, defineType} from 'sanity'
import {slugField, sourcesField} from '../shared/fields'
import {defaultText, localizedField, localizedTitle} from '../shared/localized'
import {skillCategories, studioList} from '../shared/options'

export const skill = defineType({
  name: 'skill',
  title: 'Skill',
  type: 'document',
  icon: BulbOutlineIcon,
  fields: [
    localizedTitle('A short name, for example "Troubleshooting".'),
    slugField(),
    defineField({
      name: 'category',
      title: 'Category',
      type: 'string',
      description: 'Technical, interpersonal, leadership or business.',
      options: {list: studioList(skillCategories), layout: 'radio', direction: 'horizontal'},
      validation: (rule) => rule.required(),
    }),
    localizedField({name: 'description', title: 'Description', kind: 'text', description: 'What the skill means in IT support and how it shows at work.', required: true, min: 20}),
    sourcesField(),
  ],
  preview: {
    select: {title: 'title', category: 'category'},
    prepare: ({title, category}) => ({title: defaultText(title), subtitle: skillCategories.find((c) => c.value === category)?.title}),
  },
})
