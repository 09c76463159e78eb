import type {GraphIndex, TrackNode} from './model'
import type {GraphEdge, RoleRef, TrackLadder} from './types'

/** The order ladders are drawn in: the climbing ladders first, ways out last. */
const KIND_ORDER = ['individual-contributor', 'management', 'technician', 'alternative']
const kindRank = (kind: string | null) => {
  const rank = kind ? KIND_ORDER.indexOf(kind) : -1
  return rank === -1 ? KIND_ORDER.length : rank
}

/**
 * One track's roles in level order: the roles it lists, then roles that name
 * the track without being listed; equal or missing levels keep that order.
 */
export function ladderOf(index: GraphIndex, track: TrackNode): TrackLadder {
  const listed = track.roleIds.flatMap((id) => index.roleByKey.get(id)?.ref ?? [])
  const named = index.roles.filter((role) => role.ref.track?.id === track.ref.id).map((role) => role.ref)
  const roles = [...new Set<RoleRef>([...listed, ...named])]
  const level = (role: RoleRef) => role.level ?? Number.POSITIVE_INFINITY
  roles.sort((a, b) => (level(a) === level(b) ? 0 : level(a) - level(b)))
  return {...track.ref, summary: track.summary, roles}
}

/**
 * Every ladder: the longest first, so the main ladders lead and one-role
 * side tracks follow; then climbing ladders before ways out; then by title.
 */
export function allLadders(index: GraphIndex): TrackLadder[] {
  return [...index.tracks.values()]
    .map((track) => ({track, ladder: ladderOf(index, track)}))
    .sort(
      (a, b) =>
        b.ladder.roles.length - a.ladder.roles.length ||
        kindRank(a.track.ref.kind) - kindRank(b.track.ref.kind) ||
        (a.track.ref.title < b.track.ref.title ? -1 : a.track.ref.title > b.track.ref.title ? 1 : 0),
    )
    .map(({ladder}) => ladder)
}

/** Every transition as an edge between role slugs, for drawing moves between ladders. */
export function allEdges(index: GraphIndex): GraphEdge[] {
  return index.edges.map((edge) => {
    const from = index.roles[edge.from]!.ref
    const to = index.roles[edge.to]!.ref
    return {
      from: from.slug,
      to: to.slug,
      kind: edge.kind,
      typicalYears: edge.typicalYears,
      crossTrack: from.track?.id !== to.track?.id,
    }
  })
}
