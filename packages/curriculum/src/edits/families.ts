/**
 * The migration turns each one-role v1 track into a family of one. The
 * curriculum groups them instead: the four ways out of support, and the entry
 * and specialist roles beside the main ladders. The one-role tracks go.
 */
import {isRole, isTrack, type CurriculumDocument, type Reference, type TrackDocument} from '../types.ts'
import {CurriculumEditError, en, ref, type Edit} from './edit.ts'

interface Family {
  slug: string
  title: string
  summary: string
  /** Role ids, in the order the family lists them. */
  roles: readonly string[]
}

export const families: Record<string, Family> = {
  'track-alternative-careers': {
    slug: 'alternative-careers',
    title: 'Alternative careers',
    summary:
      'Jobs beyond support that its experience opens up: customer success, product management, sales engineering and developer relations. Each is a destination of its own, reached sideways from a senior support role, not a step on one ladder.',
    roles: ['role-customer-success-manager', 'role-product-manager', 'role-sales-engineer', 'role-developer-advocate'],
  },
  'track-specialist-roles': {
    slug: 'specialist-roles',
    title: 'Specialist and entry roles',
    summary:
      'Roles that sit beside the main ladders: support and IT analysts at entry level, systems administrators and network engineers in the middle, and subject-matter experts. People reach them from the help desk and move on towards lead and management roles.',
    roles: ['role-support-analyst', 'role-it-analyst', 'role-systems-administrator', 'role-network-engineer', 'role-subject-matter-expert'],
  },
}

const NAME = 'families'

export const familiesEdit: Edit = {
  name: 'merge one-role tracks into two families',
  apply(documents) {
    const byId = new Map(documents.map((d) => [d._id, d]))
    const newTrack = new Map<string, string>()
    const emptied = new Set<string>()
    for (const [trackId, family] of Object.entries(families)) {
      for (const roleId of family.roles) {
        const role = byId.get(roleId)
        if (!role || !isRole(role)) throw new CurriculumEditError(NAME, `${roleId} is not in the dataset`)
        newTrack.set(roleId, trackId)
        emptied.add(role.track._ref)
      }
    }
    // A track is removed only when every role it held moves into a family.
    for (const trackId of emptied) {
      const left = documents.filter((d) => isRole(d) && d.track._ref === trackId && !newTrack.has(d._id))
      if (left.length) throw new CurriculumEditError(NAME, `${trackId} would keep ${left.map((d) => d._id).join(', ')}; move them too or keep the track`)
    }
    const tracks: TrackDocument[] = Object.entries(families).map(([trackId, family]) => {
      const sources = new Map<string, Reference>()
      for (const old of emptied) {
        const track = byId.get(old)
        if (!track || !isTrack(track)) continue
        if (!family.roles.some((r) => (byId.get(r) as {track?: Reference} | undefined)?.track?._ref === old)) continue
        for (const s of track.sources ?? []) sources.set(s._ref, s)
      }
      return {
        _id: trackId,
        _type: 'track',
        title: en(family.title),
        slug: {_type: 'slug', current: family.slug},
        kind: 'family',
        summary: en(family.summary, 'text'),
        sources: [...sources.values()].sort((a, b) => (a._ref < b._ref ? -1 : 1)),
      }
    })
    const kept = documents
      .filter((d) => !emptied.has(d._id))
      .map((d): CurriculumDocument => {
        const to = newTrack.get(d._id)
        if (!to || !isRole(d)) return d
        const {rung: _rung, ...rest} = d
        return {...rest, track: ref(to)}
      })
    return [...kept, ...tracks]
  },
}
