import {defineField, defineType} from 'sanity'
import {defaultText} from '../shared/localized'
import {proficiencyLabels} from '../shared/options'

export const roleSkill = defineType({
  name: 'roleSkill',
  title: 'Skill with proficiency',
  type: 'object',
  fields: [
    defineField({
      name: 'skill',
      title: 'Skill',
      type: 'reference',
      to: [{type: 'skill'}],
      description: 'The skill this role expects.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'proficiency',
      title: 'Expected proficiency',
      type: 'number',
      description: '1 = awareness, 2 = working knowledge, 3 = practitioner, 4 = advanced, 5 = expert. Should rise along a ladder.',
      options: {list: proficiencyLabels.map((title, i) => ({title: `${i + 1} · ${title}`, value: i + 1}))},
      // The list already limits the value to 1-5; one message covers both a gap and a stray value.
      validation: (rule) => rule.required().error('Proficiency is a whole number from 1 to 5'),
    }),
    defineField({
      name: 'proficiencyBasis',
      title: 'Where the proficiency comes from',
      type: 'basis',
      description: 'The source article that gives it, or our estimate.',
    }),
  ],
  preview: {
    select: {title: 'skill.title', proficiency: 'proficiency'},
    prepare: ({title, proficiency}) => ({
      title: defaultText(title) ?? 'Choose a skill',
      subtitle: proficiency ? `Proficiency ${proficiency}/5 · ${proficiencyLabels[proficiency - 1] ?? ''}` : 'No proficiency set',
    }),
  },
})
