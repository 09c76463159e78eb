import {StarIcon} from '@sanity/icons/Star'
import {defineArrayMember, defineField, defineType, type ConditionalPropertyCallback} from 'sanity'
import {httpUrl, slugField, sourcesField} from '../shared/fields'
import {defaultText, localizedSummary, localizedTitle} from '../shared/localized'
import {certificationLevels, certificationStatuses, studioList} from '../shared/options'
import {samePublished} from '../shared/overlay'

/** Shown while the credential is retired, and while a leftover value is there so its error can be seen and cleared. */
const retiredOnly: ConditionalPropertyCallback = ({document, value}) => document?.status !== 'retired' && !value

export const certification = defineType({
  name: 'certification',
  title: 'Certification',
  type: 'document',
  icon: StarIcon,
  groups: [
    {name: 'overview', title: 'Overview', default: true},
    {name: 'status', title: 'Status'},
    {name: 'meta', title: 'Sources'},
  ],
  fields: [
    localizedTitle('The credential\'s official name, for example "CompTIA A+". Translate it only where the vendor names it differently in that language.', 'overview'),
    slugField({group: 'overview'}),
    defineField({
      name: 'vendor',
      title: 'Vendor',
      type: 'reference',
      group: 'overview',
      to: [{type: 'organisation'}],
      description: 'The organisation that awards it: CompTIA, Microsoft, Cisco, AXELOS…',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'level',
      title: 'Level',
      type: 'string',
      group: 'overview',
      description: 'Entry, associate, professional or expert, as the vendor places it.',
      options: {list: studioList(certificationLevels), layout: 'radio', direction: 'horizontal'},
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
    defineField({
      name: 'urlBasis',
      title: 'Where the official page comes from',
      type: 'basis',
      group: 'overview',
      description: 'A source article, or added by us.',
      hidden: ({document, value}) => !document?.url && !value,
    }),
    localizedSummary({group: 'overview'}),
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
      description: 'Retired credentials stay listed as history, with what replaced them; roles should not recommend them.',
      initialValue: 'active',
      options: {list: studioList(certificationStatuses), layout: 'radio', direction: 'horizontal'},
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'retiredOn',
      title: 'Retired on',
      type: 'date',
      group: 'status',
      description: 'When the vendor stopped awarding it. Required for retired credentials.',
      hidden: retiredOnly,
      validation: (rule) =>
        rule.custom((value, context) => {
          const retired = context.document?.status === 'retired'
          if (retired && !value) return 'A retired certification needs its retirement date'
          if (!retired && value) return 'Only a retired certification has a retirement date; clear it or set the status to retired'
          return true
        }),
    }),
    defineField({
      name: 'successor',
      title: 'Replaced by',
      type: 'reference',
      group: 'status',
      to: [{type: 'certification'}],
      description: 'The credential the vendor points people to instead, if there is one.',
      hidden: retiredOnly,
      validation: (rule) =>
        rule.custom((value: {_ref?: string} | undefined, context) => {
          if (value?._ref && context.document?._id && samePublished(value._ref, context.document._id)) {
            return 'A certification cannot replace itself'
          }
          if (value?._ref && context.document?.status !== 'retired') return 'Only a retired certification has a successor; clear it or set the status to retired'
          return true
        }),
    }),
    sourcesField('meta'),
  ],
  orderings: [{title: 'Level', name: 'levelAsc', by: [{field: 'level', direction: 'asc'}]}],
  preview: {
    select: {title: 'title', vendor: 'vendor.title', level: 'level', status: 'status'},
    prepare: ({title, vendor, level, status}) => {
      const name = defaultText(title) ?? 'Untitled certification'
      return {
        title: status === 'retired' ? `${name} (retired)` : name,
        subtitle: [defaultText(vendor), certificationLevels.find((l) => l.value === level)?.title].filter(Boolean).join(' · '),
      }
    },
  },
})
