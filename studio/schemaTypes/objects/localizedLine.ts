import {defineType} from 'sanity'
import {defaultText, localizedField} from '../shared/localized'

/**
 * One line of a list (a responsibility, a condition, a key point) translated
 * field by field: the list's order and length are shared by every language,
 * each line's text is per language.
 */
export const localizedLine = defineType({
  name: 'localizedLine',
  title: 'Line',
  type: 'object',
  fields: [localizedField({name: 'text', title: 'Text', description: 'One line, in each language.', required: true})],
  preview: {select: {text: 'text'}, prepare: ({text}) => ({title: defaultText(text) ?? 'Empty line'})},
})
