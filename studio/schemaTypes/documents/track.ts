import {SplitVerticalIcon} from '@sanity/icons/SplitVertical'
import {defineField, defineType} from 'sanity'
import {slugField, sourcesField} from '../shared/fields'
import {defaultText, localizedSummary, localizedTitle} from '../shared/localized'
import {API_VERSION, ladderKinds, studioList, trackKinds} from '../shared/options'
import {getPublishedId, overlayFor} from '../shared/overlay'

/**
 * A ladder (roles on rungs) or a family (single destinations shown as a group).
 * A track does not list its roles: each role names its track and rung, so
 * membership and order are stored once and a new ladder can be published
 * before its roles exist.
 */
export const track = defineType({
  name: 'track',
  title: 'Track',
  type: 'document',
  icon: SplitVerticalIcon,
  fields: [
    localizedTitle('The ladder\'s or family\'s name, for example "Support engineering".'),
    slugField(),
    defineField({
      name: 'kind',
      title: 'Kind',
      type: 'string',
      description: 'Ladders climb rung by rung and need at least two roles; a family groups roles that are not steps of one ladder (alternative careers, specialist roles).',
      options: {list: studioList(trackKinds), layout: 'radio'},
      validation: (rule) => [
        rule.required(),
        // A warning, not an error: a new ladder is published before its roles, in the order an editor works.
        rule.custom(async (kind: string | undefined, context) => {
          if (!kind || !(ladderKinds as readonly string[]).includes(kind) || !context.document?._id) return true
          const client = context.getClient({apiVersion: API_VERSION})
          const rows = await client.fetch<{_id: string; track?: string}[]>('*[_type == "role" && defined(track._ref)]{_id, "track": track._ref}')
          const self = getPublishedId(context.document._id)
          const count = [...overlayFor(context.document._id, rows).values()].filter((r) => r.track && getPublishedId(r.track) === self).length
          return count >= 2 ? true : `A ladder needs at least two roles; this one has ${count}. Add roles that name this track, or make it a family.`
        }).warning(),
      ],
    }),
    localizedSummary(),
    sourcesField(),
  ],
  preview: {
    select: {title: 'title', kind: 'kind'},
    prepare: ({title, kind}) => ({title: defaultText(title) ?? 'Untitled track', subtitle: trackKinds.find((k) => k.value === kind)?.title}),
  },
})
