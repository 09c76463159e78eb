import {isFamily} from '../vocabulary'
import type {GraphIndex, TrackNode} from './model'
import type {GraphEdge, RoleRef, TrackLadder} from './types'

/** The order tracks are drawn in: the climbing ladders first, families last. */
const KIND_ORDER = ['individual-contributor', 'management', 'technician', 'family']
const kindRank = (kind: string | null) => {
  const rank = kind ? KIND_ORDER.indexOf(kind) : -1
  return rank === -1 ? KIND_ORDER.length : rank
}
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const last = (n: number | null) => n ?? Number.POSITIVE_INFINITY

/** Ladder roles by rung; ties and missing rungs (content to fix) by seniority, then title and slug. */
const byRung = (a: RoleRef, b: RoleRef) => last(a.rung) - last(b.rung) || bySeniority(a, b)
/** Family roles have no rung: least senior first, then by title and slug. */
const bySeniority = (a: RoleRef, b: RoleRef) => last(a.seniority) - last(b.seniority) || byText(a.title, b.title) || byText(a.slug, b.slug)

/** One track's roles: the roles that name it, by rung on a ladder, by seniority then title in a family. */
export function ladderOf(index: GraphIndex, track: TrackNode): TrackLadder {
  const roles = index.roles.filter((role) => role.ref.track?.id === track.ref.id).map((role) => role.ref)
  roles.sort(isFamily(track.ref) ? bySeniority : byRung)
  return {...track.ref, summary: track.summary, roles}
}

/**
 * Every track: ladders first, the longest first so the main ladders lead,
 * then by kind and title; families after every ladder, by title.
 */
export function allLadders(index: GraphIndex): TrackLadder[] {
  return [...index.tracks.values()]
    .map((track) => ({track, ladder: ladderOf(index, track)}))
    .sort(
      (a, b) =>
        Number(isFamily(a.track.ref)) - Number(isFamily(b.track.ref)) ||
        (isFamily(a.track.ref) ? 0 : b.ladder.roles.length - a.ladder.roles.length) ||
        kindRank(a.track.ref.kind) - kindRank(b.track.ref.kind) ||
        byText(a.track.ref.title, b.track.ref.title),
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
      typicalYearsBasis: edge.typicalYearsBasis,
      crossTrack: from.track?.id !== to.track?.id,
    }
  })
}
