/**
 * The career map's model: every ladder, family and next move, and the
 * problems an editor should fix, computed from one query's rows. The ladder
 * rules (rung, seniority along a ladder, what each kind of move means,
 * promotion loops) are the validation's own (`schemaTypes/shared/ladder.ts`,
 * `seniority.ts`), run for every role against the same dataset; the map adds
 * what only a view of the whole can see: roles no move leads to, and retired
 * credentials still recommended. Pure: the React view renders it, tests run it.
 */
import {buildNeighbourhood, ladderProblems, roleRowOf, type EditedRole, type LadderRows} from '../schemaTypes/shared/ladder'
import {ladderKinds, trackKinds, transitionKinds} from '../schemaTypes/shared/options'
import {getPublishedId, overlayFor} from '../schemaTypes/shared/overlay'
import {seniorityTitle} from '../schemaTypes/shared/seniority'
import {defaultText} from '../schemaTypes/shared/text'

const localized = 'coalesce(title[language == $language][0].value, title[0].value)'

/** Every version of every role, track and credential: the map picks versions itself, as the validation does. */
export const MAP_QUERY = `{
  "roles": *[_type == "role"]{_id, title, "slug": slug.current, track, rung, seniority, transitions[]{_key, kind, to, typicalYears}, "credentials": credentials[]._ref},
  "tracks": *[_type == "track"]{_id, "title": ${localized}, "slug": slug.current, kind},
  "credentials": *[_type in ["certification", "degree"]]{_id, _type, "title": ${localized}, status, retiredOn, "successor": successor._ref}
}`
/** What the live query listens to: a change to any of these refetches the map. */
export const MAP_LISTEN = '*[_type in ["role", "track", "certification", "degree"]]'

export interface MapRoleRow extends EditedRole {
  slug?: string | null
  transitions?: {_key?: string; kind?: string; to?: {_ref?: string}; typicalYears?: number}[]
  credentials?: (string | null)[] | null
}
export interface MapTrackRow {
  _id: string
  title?: string | null
  slug?: string | null
  kind?: string | null
}
export interface MapCredentialRow {
  _id: string
  _type: string
  title?: string | null
  status?: string | null
  retiredOn?: string | null
  successor?: string | null
}
export interface MapRows {
  roles: MapRoleRow[]
  tracks: MapTrackRow[]
  credentials: MapCredentialRow[]
}

/** `drafts`: as it will be once every draft is published; `published`: as visitors see it now. */
export type MapMode = 'drafts' | 'published'

export type ProblemKind = 'no-way-in' | 'move-kind' | 'rung' | 'seniority' | 'loop' | 'retired-credential'

export const PROBLEM_TITLES: Record<ProblemKind, string> = {
  'no-way-in': 'No way in',
  'move-kind': 'Move breaks the seniority rule',
  rung: 'Rung',
  seniority: 'Seniority falls up the ladder',
  loop: 'Promotion loop',
  'retired-credential': 'Retired credential recommended',
}

export interface MapProblem {
  kind: ProblemKind
  message: string
}
export interface MapMove {
  key: string
  kind: string
  kindTitle: string
  toId: string
  toTitle: string
  /** The target is on another track. */
  elsewhere: boolean
  years: number | null
  problem: string | null
}
export interface MapRole {
  id: string
  title: string
  slug: string | null
  rung: number | null
  seniority: number | null
  /** "Rung 2 · Intermediate", or the seniority alone in a family. */
  place: string
  moves: MapMove[]
  /** How many moves of other roles lead here. */
  waysIn: number
  /** Where people start: the lowest rung of a ladder, or Entry seniority. Needs no way in. */
  entry: boolean
  /** The version shown is a draft (drafts mode only). */
  draft: boolean
  problems: MapProblem[]
}
export interface MapGroup {
  /** Track id; null for roles that name no known track. */
  id: string | null
  title: string
  kind: 'ladder' | 'family' | 'none'
  kindTitle: string
  roles: MapRole[]
}
export interface CareerMapModel {
  mode: MapMode
  groups: MapGroup[]
  /** Every problem, in map order, with the role it belongs to. */
  problems: (MapProblem & {roleId: string; roleTitle: string})[]
  counts: {roles: number; moves: number; ladders: number; families: number}
}

const isLadder = (kind: string | null | undefined) => (ladderKinds as readonly string[]).includes(kind ?? '')
const kindTitle = (kind: string | null | undefined) => trackKinds.find((k) => k.value === kind)?.title ?? 'Unknown kind'
const moveTitle = (kind: string | undefined) => transitionKinds.find((k) => k.value === kind)?.title.replace(/ \(.*\)$/, '') ?? 'Move'

function problemKind(field: 'rung' | 'seniority' | 'transitions', key: string | undefined): ProblemKind {
  if (field === 'transitions') return key ? 'move-kind' : 'loop'
  return field
}

/** The map as it is in `mode`, from every version's rows. */
export function buildCareerMap(rows: MapRows, mode: MapMode): CareerMapModel {
  // Which versions go live together: every draft over its published document, or published only.
  const liveWith = (id: string) => (mode === 'drafts' ? `drafts.${getPublishedId(id)}` : getPublishedId(id))
  const pick = <T extends {_id: string}>(list: readonly T[]) => overlayFor(liveWith('map'), list)
  const roles = pick(rows.roles)
  const tracks = pick(rows.tracks)
  const credentials = pick(rows.credentials)
  const ladderRows: LadderRows = {roles: rows.roles.map((r) => ({...roleRowOf(r), _id: r._id})), tracks: rows.tracks}

  const titleOf = (id: string) => {
    const role = roles.get(id)
    return role ? (defaultText(role.title) ?? role.slug ?? id) : id
  }
  const trackOf = (role: MapRoleRow) => (role.track?._ref ? getPublishedId(role.track._ref) : null)

  const waysIn = new Map<string, number>()
  for (const [id, role] of roles) {
    for (const move of role.transitions ?? []) {
      const to = move.to?._ref ? getPublishedId(move.to._ref) : null
      if (to && to !== id && roles.has(to)) waysIn.set(to, (waysIn.get(to) ?? 0) + 1)
    }
  }
  // The entry role of a ladder is its lowest rung: people start there, so no move has to lead to it.
  const lowestRung = new Map<string, number>()
  for (const role of roles.values()) {
    const track = trackOf(role)
    if (track && typeof role.rung === 'number') lowestRung.set(track, Math.min(lowestRung.get(track) ?? Infinity, role.rung))
  }

  const mapRole = (id: string, role: MapRoleRow): MapRole => {
    const track = trackOf(role)
    const onLadder = Boolean(track && isLadder(tracks.get(track)?.kind))
    const found = ladderProblems(buildNeighbourhood(role, ladderRows, liveWith(id)), role.transitions ?? [])
    const problems: MapProblem[] = found.filter((p) => !(p.field === 'transitions' && p.key)).map((p) => ({kind: problemKind(p.field, p.key), message: p.message}))
    const entry = role.seniority === 1 || (onLadder && typeof role.rung === 'number' && role.rung === lowestRung.get(track!))
    if (!waysIn.get(id) && !entry) {
      problems.push({kind: 'no-way-in', message: 'No next move of another role leads here, and it is not an entry role (the lowest rung of a ladder, or Entry seniority): add a move to it.'})
    }
    for (const credentialId of role.credentials ?? []) {
      const credential = credentialId ? credentials.get(getPublishedId(credentialId)) : undefined
      if (credential?.status !== 'retired') continue
      const successor = credential.successor ? credentials.get(getPublishedId(credential.successor)) : undefined
      const when = credential.retiredOn ? ` on ${credential.retiredOn}` : ''
      problems.push({
        kind: 'retired-credential',
        message: successor
          ? `Recommends "${credential.title ?? credential._id}", retired${when}: recommend its successor "${successor.title ?? successor._id}" instead.`
          : `Recommends "${credential.title ?? credential._id}", retired${when} with no successor: remove it.`,
      })
    }
    const moves: MapMove[] = (role.transitions ?? []).flatMap((move, index) => {
      const to = move.to?._ref ? getPublishedId(move.to._ref) : null
      if (!to) return []
      return [
        {
          key: move._key ?? String(index),
          kind: move.kind ?? '',
          kindTitle: moveTitle(move.kind),
          toId: to,
          toTitle: titleOf(to),
          elsewhere: roles.has(to) && trackOf(roles.get(to)!) !== track,
          years: typeof move.typicalYears === 'number' ? move.typicalYears : null,
          problem: found.find((p) => p.field === 'transitions' && p.key === move._key)?.message ?? null,
        },
      ]
    })
    const seniority = typeof role.seniority === 'number' ? seniorityTitle(role.seniority) : 'No seniority'
    return {
      id,
      title: titleOf(id),
      slug: role.slug ?? null,
      rung: typeof role.rung === 'number' ? role.rung : null,
      seniority: typeof role.seniority === 'number' ? role.seniority : null,
      place: onLadder ? `${typeof role.rung === 'number' ? `Rung ${role.rung}` : 'No rung'} · ${seniority}` : seniority,
      moves,
      waysIn: waysIn.get(id) ?? 0,
      entry,
      draft: role._id.startsWith('drafts.'),
      problems: [...problems.filter((p) => p.kind !== 'no-way-in'), ...problems.filter((p) => p.kind === 'no-way-in')],
    }
  }

  const byTrack = new Map<string | null, MapRole[]>()
  for (const [id, role] of roles) {
    const track = trackOf(role)
    const group = track && tracks.has(track) ? track : null
    byTrack.set(group, [...(byTrack.get(group) ?? []), mapRole(id, role)])
  }
  const order = (ladder: boolean) => (a: MapRole, b: MapRole) =>
    (ladder ? (a.rung ?? 99) - (b.rung ?? 99) : 0) || (a.seniority ?? 99) - (b.seniority ?? 99) || a.title.localeCompare(b.title, 'en')

  const groups: MapGroup[] = [...tracks.values()]
    .sort((a, b) => Number(!isLadder(a.kind)) - Number(!isLadder(b.kind)) || (a.title ?? a._id).localeCompare(b.title ?? b._id, 'en'))
    .map((t) => {
      const id = getPublishedId(t._id)
      const ladder = isLadder(t.kind)
      return {id, title: t.title ?? id, kind: ladder ? 'ladder' : 'family', kindTitle: kindTitle(t.kind), roles: (byTrack.get(id) ?? []).sort(order(ladder))} satisfies MapGroup
    })
  const unplaced = byTrack.get(null)
  if (unplaced?.length) groups.push({id: null, title: 'Not on a track', kind: 'none', kindTitle: 'Roles whose track is missing', roles: unplaced.sort(order(false))})

  const all = groups.flatMap((g) => g.roles)
  const problems = all.flatMap((role) => [
    ...role.problems.map((p) => ({...p, roleId: role.id, roleTitle: role.title})),
    ...role.moves.filter((m) => m.problem).map((m) => ({kind: 'move-kind' as const, message: m.problem!, roleId: role.id, roleTitle: role.title})),
  ])
  return {
    mode,
    groups,
    problems,
    counts: {
      roles: all.length,
      moves: all.reduce((n, r) => n + r.moves.length, 0),
      ladders: groups.filter((g) => g.kind === 'ladder').length,
      families: groups.filter((g) => g.kind === 'family').length,
    },
  }
}

/** The one line the map says about what it shows. */
export const describeMode = (mode: MapMode) =>
  mode === 'drafts' ? 'Drafts included: the curriculum as it will be once every draft is published.' : 'Published only: what visitors see now.'
