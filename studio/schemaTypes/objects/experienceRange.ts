import {defineField, defineType} from 'sanity'
import {numberInRange} from '../shared/fields'

export const experienceRange = defineType({
  name: 'experienceRange',
  title: 'Typical experience',
  type: 'object',
  description: 'Years of experience people usually have when they hold this role.',
    fields: [
    defineField({
      name: 'min',
      title: 'From (years)',
      type: 'number',
      description: 'The fewest years usually seen; 0 for entry roles.',
      validation: numberInRange({min: 0, max: 50, required: true, message: 'Years of experience are a number from 0 to 50'}),
    }),
    defineField({
      name: 'max',
      title: 'To (years)',
      type: 'number',
      description: 'The most years usually seen; leave empty when there is no upper bound.',
      validation: numberInRange({min: 0, max: 50, message: 'Years of experience are a number from 0 to 50'}),
    }),
    defineField({
      name: 'basis',
      title: 'Where the range comes from',
      type: 'basis',
      description: 'The source article that gives it, or our estimate.',
    }),
  ],
  validation: (rule) =>
    rule.custom((value: {min?: number; max?: number} | undefined) => {
      if (value && typeof value.min === 'number' && typeof value.max === 'number' && value.min > value.max) {
        return `Experience "from" (${value.min}) must not be more than "to" (${value.max})`
      }
      return true
    }),
})
