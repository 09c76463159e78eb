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

/** Every ladder, climbing ladders first, then by title. */
export function allLadders(index: GraphIndex): TrackLadder[] {
  return [...index.tracks.values()]
    .sort((a, b) => kindRank(a.ref.kind) - kindRank(b.ref.kind) || (a.ref.title < b.ref.title ? -1 : a.ref.title > b.ref.title ? 1 : 0))
    .map((track) => ladderOf(index, track))
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
