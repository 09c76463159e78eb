import {StarIcon} from '@sanity/icons/Star'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {httpUrl, languageField, slugField, sourcesField, summaryField} from '../shared/fields'
import {certificationLevels, certificationStatuses, credentialKinds} from '../shared/options'
import {publishedId} from '../shared/rules'

export const certification = defineType({
  name: 'certification',
  title: 'Certification',
  type: 'document',
  icon: StarIcon,
  groups: [
    {name: 'overview', title: 'Overview', default: true},
    {name: 'status', title: 'Status'},
    {name: 'meta', title: 'Sources & language'},
  ],
  fields: [
    defineField({name: 'title', title: 'Title', type: 'string', group: 'overview', description: 'The credential\'s official name, for example "CompTIA A+".', validation: (rule) => rule.required()}),
    slugField({group: 'overview'}),
    defineField({
      name: 'kind',
      title: 'Kind',
      type: 'string',
      group: 'overview',
      description: 'A vendor certification or an academic degree.',
      initialValue: 'certification',
      options: {list: [...credentialKinds], layout: 'radio', direction: 'horizontal'},
      validation: (rule) => rule.required(),
    }),
    defineField({name: 'vendor', title: 'Vendor', type: 'string', group: 'overview', description: 'Who awards it: CompTIA, Microsoft, Cisco, AXELOS, a university…', validation: (rule) => rule.required()}),
    defineField({
      name: 'level',
      title: 'Level',
      type: 'string',
      group: 'overview',
      description: 'Entry, associate, professional or expert, as the vendor places it.',
      options: {list: [...certificationLevels], layout: 'radio', direction: 'horizontal'},
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'url',
      title: 'Official page',
      type: 'url',
      group: 'overview',
      description: 'The vendor\'s own page for this credential (http or https). Leave empty rather than guess.',
      validation: (rule) => httpUrl(rule),
    }),
    summaryField({group: 'overview'}),
    defineField({
      name: 'skills',
      title: 'Skills it covers',
      type: 'array',
      group: 'overview',
      of: [defineArrayMember({type: 'reference', to: [{type: 'skill'}]})],
      description: 'Used to suggest this credential when someone needs these skills.',
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'status',
      title: 'Status',
      type: 'string',
      group: 'status',
      description: 'Retired credentials stay listed so people can see what replaced them.',
      initialValue: 'active',
      options: {list: [...certificationStatuses], layout: 'radio', direction: 'horizontal'},
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'retiredOn',
      title: 'Retired on',
      type: 'date',
      group: 'status',
      description: 'When the vendor stopped awarding it. Required for retired credentials.',
      hidden: ({document}) => document?.status !== 'retired',
      validation: (rule) =>
        rule.custom((value, context) =>
          context.document?.status === 'retired' && !value ? 'A retired certification needs its retirement date' : true,
        ),
    }),
    defineField({
      name: 'successor',
      title: 'Replaced by',
      type: 'reference',
      group: 'status',
      to: [{type: 'certification'}],
      description: 'The credential the vendor points people to instead, if there is one.',
      hidden: ({document}) => document?.status !== 'retired',
      validation: (rule) =>
        rule.custom((value: {_ref?: string} | undefined, context) => {
          if (value?._ref && context.document?._id && publishedId(value._ref) === publishedId(context.document._id)) {
            return 'A certification cannot replace itself'
          }
          if (value?._ref && context.document?.status !== 'retired') return 'Only a retired certification has a successor'
          return true
        }),
    }),
    sourcesField('meta'),
    languageField(),
  ],
  orderings: [{title: 'Vendor, then title', name: 'vendorAsc', by: [{field: 'vendor', direction: 'asc'}, {field: 'title', direction: 'asc'}]}],
  preview: {
    select: {title: 'title', vendor: 'vendor', level: 'level', status: 'status'},
    prepare: ({title, vendor, level, status}) => ({
      title: status === 'retired' ? `${title} (retired)` : title,
      subtitle: [vendor, certificationLevels.find((l) => l.value === level)?.title].filter(Boolean).join(' · '),
    }),
  },
})
