import type {ValidationContext} from 'sanity'
import {API_VERSION} from './options'

export const publishedId = (id: string) => id.replace(/^drafts\./, '').replace(/^versions\.[^.]+\./, '')

interface RefLike {
  _ref?: string
}
interface TransitionLike {
  kind?: string
  to?: RefLike
}

/**
 * A promotion leads upwards; if following promotions ever returns to the
 * starting role the ladder is contradictory. The stored graph is read once and
 * the edited document's own (possibly unsaved) transitions replace its stored ones.
 */
export async function findPromotionCycle(
  transitions: TransitionLike[] | undefined,
  context: ValidationContext,
): Promise<string[] | null> {
  const selfId = context.document?._id ? publishedId(context.document._id) : undefined
  if (!selfId || !transitions?.length) return null
  const ownTargets = transitions.filter((t) => t.kind === 'promotion' && t.to?._ref).map((t) => publishedId(t.to!._ref!))
  if (ownTargets.length === 0) return null

  const client = context.getClient({apiVersion: API_VERSION})
  const rows = await client.fetch<{_id: string; title?: string; to: (string | null)[] | null}[]>(
    `*[_type == "role" && !(_id in path("drafts.**"))]{_id, title, "to": transitions[kind == "promotion"].to._ref}`,
  )
  const edges = new Map<string, string[]>()
  const titles = new Map<string, string>()
  for (const row of rows) {
    edges.set(row._id, (row.to ?? []).filter((x): x is string => typeof x === 'string'))
    if (row.title) titles.set(row._id, row.title)
  }
  edges.set(selfId, ownTargets)
  titles.set(selfId, (context.document?.title as string | undefined) ?? titles.get(selfId) ?? selfId)

  // Depth-first search that remembers the route, so the message can show the loop.
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
  for (const start of ownTargets) {
    const loop = walk(start, [selfId, start])
    if (loop) return loop.map((id) => titles.get(id) ?? id)
  }
  return null
}

interface LadderRole {
  _id: string
  title?: string
  level?: number
  track?: string
}

/** The roles a track lists must belong to it and climb: each level higher than the one before. */
export async function checkLadderOrder(roles: RefLike[] | undefined, context: ValidationContext): Promise<string | true> {
  const trackId = context.document?._id ? publishedId(context.document._id) : undefined
  const ids = (roles ?? []).map((r) => r._ref).filter((x): x is string => Boolean(x))
  if (!trackId || ids.length === 0) return true
  const client = context.getClient({apiVersion: API_VERSION})
  const found = await client.fetch<LadderRole[]>(`*[_id in $ids]{_id, title, level, "track": track._ref}`, {ids})
  const byId = new Map(found.map((r) => [r._id, r]))
  let previous: LadderRole | undefined
  for (const id of ids) {
    const role = byId.get(id)
    if (!role) continue // dangling references are reported by the reference field itself
    const name = role.title ?? id
    if (role.track && publishedId(role.track) !== trackId) {
      return `"${name}" belongs to another track; set its track to this one or remove it from this ladder`
    }
    if (previous && typeof role.level === 'number' && typeof previous.level === 'number' && role.level <= previous.level) {
      return `Roles must be in ladder order: "${name}" (level ${role.level}) comes after "${previous.title ?? previous._id}" (level ${previous.level})`
    }
    previous = role
  }
  return true
}
