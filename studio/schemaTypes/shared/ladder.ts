/**
 * The rules that relate a role to the other roles: its rung on its ladder,
 * seniority along the ladder, the meaning of each next move, and promotion
 * loops. The role is the single place that says which track it is on and on
 * which rung; everything here is read from roles, judged as the dataset will be
 * when the edited document goes live (see overlay.ts).
 */
import type {ValidationContext} from 'sanity'
import {ladderKinds, API_VERSION, defaultLanguage} from './options'
import {getPublishedId, overlayFor, samePublished} from './overlay'
import {checkMoveKind, seniorityTitle} from './seniority'

export interface RoleRow {
  _id: string
  title?: string | null
  track?: string | null
  rung?: number | null
  seniority?: number | null
  promotions?: (string | null)[] | null
}
interface TrackRow {
  _id: string
  title?: string | null
  kind?: string | null
}

const titleOf = `"title": coalesce(title[language == $language][0].value, title[0].value)`
const ROLES = `*[_type == "role"]{_id, ${titleOf}, "track": track._ref, rung, seniority, "promotions": transitions[kind == "promotion"].to._ref}`
const TRACKS = `*[_type == "track"]{_id, ${titleOf}, kind}`

export interface Neighbourhood {
  self: RoleRow
  /** Every other role, one version each, keyed by published id. */
  roles: Map<string, RoleRow>
  tracks: Map<string, TrackRow>
}

/** The fields of a role the ladder rules read, as stored. */
export interface EditedRole {
  _id: string
  title?: {language?: string; value?: unknown}[]
  track?: {_ref?: string}
  rung?: number
  seniority?: number
  transitions?: {_key?: string; kind?: string; to?: {_ref?: string}}[]
}

export interface LadderRows {
  roles: RoleRow[]
  tracks: TrackRow[]
}

/** Every role and track, all versions (the Studio's client reads `raw`). */
export async function fetchLadderRows(client: {fetch<R>(query: string, params: Record<string, unknown>): Promise<R>}): Promise<LadderRows> {
  const [roles, tracks] = await Promise.all([
    client.fetch<RoleRow[]>(ROLES, {language: defaultLanguage}),
    client.fetch<TrackRow[]>(TRACKS, {language: defaultLanguage}),
  ])
  return {roles, tracks}
}

/**
 * The edited role among the others as they will be once it goes live.
 * `liveWith` picks the versions (see overlay.ts): the edited id itself while
 * editing (its draft or release); a published id for "the dataset as it is
 * now", which the publish check uses.
 */
export function buildNeighbourhood(doc: EditedRole, rows: LadderRows, liveWith: string = doc._id): Neighbourhood {
  const roles = overlayFor(liveWith, rows.roles)
  const self = roleRowOf(doc)
  roles.delete(self._id)
  return {self, roles, tracks: overlayFor(liveWith, rows.tracks)}
}

/** The row the ladder rules read, from a stored role (under its published id; the English title, else the id). */
export function roleRowOf(doc: EditedRole): RoleRow {
  const id = getPublishedId(doc._id)
  const title = doc.title?.find((t) => t.language === defaultLanguage)?.value
  return {
    _id: id,
    title: typeof title === 'string' ? title : id,
    track: doc.track?._ref ? getPublishedId(doc.track._ref) : null,
    rung: doc.rung ?? null,
    seniority: doc.seniority ?? null,
    promotions: (doc.transitions ?? []).filter((t) => t.kind === 'promotion').map((t) => t.to?._ref ?? null),
  }
}

/** Reads roles and tracks once per rule and overlays them for the edited document. */
export async function loadNeighbourhood(context: ValidationContext): Promise<Neighbourhood | null> {
  const doc = context.document as EditedRole | undefined
  if (!doc?._id) return null
  return buildNeighbourhood(doc, await fetchLadderRows(context.getClient({apiVersion: API_VERSION})))
}

/** Where a ladder problem belongs on the role form. */
export interface LadderProblem {
  field: 'rung' | 'seniority' | 'transitions'
  /** The next move's `_key`, for move problems. */
  key?: string
  message: string
}

export const loopMessage = (loop: readonly string[]) => `Promotions form a loop: ${loop.join(' → ')}. A promotion must lead upwards.`

/** Every cross-document check on one role, in form order: rung, seniority, each move, then loops. */
export function ladderProblems(n: Neighbourhood, transitions: readonly {_key?: string; kind?: string; to?: {_ref?: string}}[] = []): LadderProblem[] {
  const problems: LadderProblem[] = []
  const rung = rungProblem(n)
  if (rung) problems.push({field: 'rung', message: rung})
  const seniority = seniorityProblem(n)
  if (seniority) problems.push({field: 'seniority', message: seniority})
  for (const move of moveProblems(n, transitions)) problems.push({field: 'transitions', key: move.key, message: move.message})
  const loop = promotionLoop(n)
  if (loop) problems.push({field: 'transitions', message: loopMessage(loop)})
  return problems
}

/** Rungs out of range are reported by the field's own rule; the ladder rules ignore them. */
const isRung = (rung: number | null | undefined): rung is number => typeof rung === 'number' && Number.isInteger(rung) && rung >= 1 && rung <= 20

const isLadder = (kind: string | null | undefined) => (ladderKinds as readonly string[]).includes(kind ?? '')
const name = (role: RoleRow) => role.title ?? role._id

/** Ladder roles stand on a rung no other role of the ladder holds; family roles have none. */
export function rungProblem(n: Neighbourhood): string | null {
  const {self} = n
  if (!self.track) return null
  const track = n.tracks.get(self.track)
  if (!track) return null // the reference field reports a missing track
  if (!isLadder(track.kind)) {
    return typeof self.rung === 'number' ? `"${track.title ?? track._id}" is a family of roles, not a ladder: roles in a family have no rung; clear it` : null
  }
  if (typeof self.rung !== 'number') return `Give this role its rung on "${track.title ?? track._id}" (1 = the entry role)`
  const clash = [...n.roles.values()].find((r) => r.track && samePublished(r.track, self.track!) && r.rung === self.rung)
  return clash ? `"${name(clash)}" already stands on rung ${self.rung} of "${track.title ?? track._id}"; pick another rung` : null
}

/** Up a ladder seniority never falls: a higher rung is at least as senior as every rung below it. */
export function seniorityProblem(n: Neighbourhood): string | null {
  const {self} = n
  if (!self.track || !isRung(self.rung) || typeof self.seniority !== 'number') return null
  const track = n.tracks.get(self.track)
  if (!track || !isLadder(track.kind)) return null
  for (const other of n.roles.values()) {
    if (!other.track || !samePublished(other.track, self.track) || !isRung(other.rung) || typeof other.seniority !== 'number') continue
    const below = other.rung < self.rung
    if (below && other.seniority > self.seniority) {
      return `Seniority must not fall as the rung rises: "${name(other)}" on rung ${other.rung} is ${seniorityTitle(other.seniority)}, this role on rung ${self.rung} is ${seniorityTitle(self.seniority)}`
    }
    if (!below && other.rung > self.rung && other.seniority < self.seniority) {
      return `Seniority must not fall as the rung rises: "${name(other)}" on rung ${other.rung} is ${seniorityTitle(other.seniority)}, below this role's ${seniorityTitle(self.seniority)} on rung ${self.rung}`
    }
  }
  return null
}

/** Each move's kind checked against the target's seniority; keyed by the move's `_key`. */
export function moveProblems(n: Neighbourhood, transitions: readonly {_key?: string; kind?: string; to?: {_ref?: string}}[]): {key: string | undefined; message: string}[] {
  const problems: {key: string | undefined; message: string}[] = []
  for (const move of transitions) {
    const target = move.to?._ref ? n.roles.get(getPublishedId(move.to._ref)) : undefined
    if (!target) continue
    const message = checkMoveKind(move.kind, n.self.seniority ?? undefined, target.seniority ?? undefined, name(target))
    if (message) problems.push({key: move._key, message})
  }
  return problems
}

/** A route of promotions that returns to the edited role, with titles, or null. */
export function promotionLoop(n: Neighbourhood): string[] | null {
  const selfId = n.self._id
  const edges = new Map<string, string[]>()
  for (const [id, role] of n.roles) edges.set(id, (role.promotions ?? []).filter((x): x is string => Boolean(x)).map(getPublishedId))
  // A move to the role itself is reported on its `to` field, not as a loop.
  const own = (n.self.promotions ?? []).filter((x): x is string => Boolean(x)).map(getPublishedId).filter((id) => id !== selfId)
  edges.set(selfId, own)
  const visited = new Set<string>()
  const walk = (id: string, route: string[]): string[] | null => {
    if (id === selfId) return route
    if (visited.has(id)) return null
    visited.add(id)
    for (const next of edges.get(id) ?? []) {
      const found = walk(next, [...route, next])
      if (found) return found
    }
    return null
  }
  for (const start of own) {
    const loop = walk(start, [selfId, start])
    if (loop) return loop.map((id) => (id === selfId ? name(n.self) : name(n.roles.get(id) ?? {_id: id})))
  }
  return null
}
