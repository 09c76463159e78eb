import {BulbOutlineIcon} from '@sanity/icons/BulbOutline'
import {defineField, defineType} from 'sanity'
import {languageField, slugField, sourcesField} from '../shared/fields'
import {skillCategories} from '../shared/options'

export const skill = defineType({
  name: 'skill',
  title: 'Skill',
  type: 'document',
  icon: BulbOutlineIcon,
  fields: [
    defineField({name: 'title', title: 'Title', type: 'string', description: 'A short name, for example "Troubleshooting".', validation: (rule) => rule.required()}),
    slugField(),
    defineField({
      name: 'category',
      title: 'Category',
      type: 'string',
      description: 'Technical, interpersonal, leadership or business.',
      options: {list: [...skillCategories], layout: 'radio', direction: 'horizontal'},
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 3,
      description: 'What the skill means in IT support and how it shows at work.',
      validation: (rule) => rule.required().min(20),
    }),
    sourcesField(),
    languageField(),
  ],
  preview: {
    select: {title: 'title', category: 'category'},
    prepare: ({title, category}) => ({title, subtitle: skillCategories.find((c) => c.value === category)?.title}),
  },
})
