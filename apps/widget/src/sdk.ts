/**
 * The one place the widget meets the SDK. Everything else imports from here.
 *
 * INTERIM: @careerpath/sdk's light entries (`/graph`, `/snapshot`, `/queries`)
 * are not published yet, so this file holds a small stand-in with the same
 * capabilities. When they land, this file becomes a thin mapping onto them.
 */
import type {CertificationInfo, CompareInfo, Curriculum, MoveInfo, PlanInfo, PlanStep, ResourceInfo, RoleInfo, RoleRef, TrackInfo} from './types'

/** Published documents the career graph needs, as raw Sanity documents. */
export const CURRICULUM_QUERY = '*[_type in ["track","role","skill","certification","resource"] && language == $language]'
/** GROQ parameters of CURRICULUM_QUERY. */
export const CURRICULUM_PARAMS: Record<string, string> = {language: 'en'}

export class NotFoundError extends Error {
  override readonly name = 'NotFoundError'
  constructor(
    readonly kind: string,
    readonly slug: string,
    readonly suggestions: readonly string[],
  ) {
    super(`No ${kind} with slug "${slug}".${suggestions.length ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : ''}`)
  }
}

export const isNotFoundError = (e: unknown): e is NotFoundError => e instanceof NotFoundError

/** Reads the documents out of a snapshot file; throws when the JSON is not one. */
export function documentsFromSnapshot(json: unknown): unknown[] {
  const docs = (json as {documents?: unknown} | null)?.documents
  if (!Array.isArray(docs)) throw new TypeError('not a careerpath snapshot (no "documents" array)')
  return docs
}

type Doc = Record<string, any>
const str = (v: unknown): string => (typeof v === 'string' ? v : '')
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0)
const arr = (v: unknown): any[] => (Array.isArray(v) ? v : [])
const slugOf = (d: Doc) => str(d.slug?.current)

/** Builds the widget's curriculum from raw published documents. */
export function createCurriculum(documents: readonly unknown[]): Curriculum {
  const byId = new Map<string, Doc>()
  for (const d of documents) if (d && typeof d === 'object' && typeof (d as Doc)._id === 'string') byId.set((d as Doc)._id, d as Doc)
  const ofType = (t: string) => [...byId.values()].filter((d) => d._type === t)
  const deref = (r: unknown) => byId.get(str((r as Doc | null)?._ref))

  const cert = (d: Doc): CertificationInfo => ({
    slug: slugOf(d),
    title: str(d.title),
    vendor: str(d.vendor),
    level: str(d.level),
    status: str(d.status) || 'active',
    retiredOn: d.retiredOn,
    successor: deref(d.successor)?.title,
    url: d.url,
  })
  const resource = (d: Doc): ResourceInfo => ({id: d._id, title: str(d.title), kind: str(d.kind), cost: str(d.cost), url: d.url, publisher: d.publisher})

  const roleDocs = ofType('role').filter(slugOf)
  const refs = new Map<string, RoleRef>()
  for (const d of roleDocs) refs.set(d._id, {slug: slugOf(d), title: str(d.title), level: num(d.level), track: slugOf(deref(d.track) ?? {})})

  const roles: RoleInfo[] = roleDocs.map((d) => ({
    ...refs.get(d._id)!,
    trackTitle: str(deref(d.track)?.title),
    summary: str(d.summary),
    responsibilities: arr(d.responsibilities).filter((x) => typeof x === 'string'),
    skills: arr(d.skills).flatMap((s) => {
      const sk = deref(s?.skill)
      return sk ? [{slug: slugOf(sk), title: str(sk.title), proficiency: num(s.proficiency)}] : []
    }),
    certifications: arr(d.certifications).flatMap((r) => (deref(r) ? [cert(deref(r)!)] : [])),
    resources: arr(d.resources).flatMap((r) => (deref(r) ? [resource(deref(r)!)] : [])),
    transitions: arr(d.transitions).flatMap((t): MoveInfo[] => {
      const to = refs.get(str(t?.to?._ref))
      return to ? [{to, kind: str(t.kind), typicalYears: num(t.typicalYears), conditions: arr(t.conditions).filter((c) => typeof c === 'string')}] : []
    }),
    experience: d.experience && typeof d.experience.min === 'number' ? {min: d.experience.min, max: d.experience.max} : undefined,
  }))
  const bySlug = new Map(roles.map((r) => [r.slug, r]))

  const tracks: TrackInfo[] = ofType('track').map((t) => {
    const listed = arr(t.roles).flatMap((r) => {
      const role = bySlug.get(slugOf(deref(r) ?? {}))
      return role ? [role] : []
    })
    const extra = roles.filter((r) => r.track === slugOf(t) && !listed.includes(r))
    return {slug: slugOf(t), title: str(t.title), kind: str(t.kind), summary: str(t.summary), roles: [...listed, ...extra].sort((a, b) => a.level - b.level)}
  })

  const role = (slug: string): RoleInfo => {
    const r = bySlug.get(slug)
    if (!r) throw new NotFoundError('role', slug, nearest(slug, [...bySlug.keys()]))
    return r
  }

  const plan = (fromSlug: string, toSlug: string): PlanInfo | null => {
    const from = role(fromSlug)
    const to = role(toSlug)
    // Fewest steps first, then shortest typical time: a Dijkstra on the pair.
    const best = new Map<string, {steps: number; years: number; path: PlanStep[]}>([[from.slug, {steps: 0, years: 0, path: []}]])
    const queue = [from.slug]
    while (queue.length) {
      queue.sort((x, y) => best.get(x)!.steps - best.get(y)!.steps || best.get(x)!.years - best.get(y)!.years)
      const at = queue.shift()!
      const cur = best.get(at)!
      for (const t of bySlug.get(at)!.transitions) {
        const cand = {steps: cur.steps + 1, years: cur.years + t.typicalYears, path: [...cur.path, {from: bySlug.get(at)!, to: t.to, kind: t.kind, typicalYears: t.typicalYears}]}
        const old = best.get(t.to.slug)
        if (!old || cand.steps < old.steps || (cand.steps === old.steps && cand.years < old.years)) {
          best.set(t.to.slug, cand)
          queue.push(t.to.slug)
        }
      }
    }
    const found = best.get(to.slug)
    if (!found || from.slug === to.slug) return null
    const have = new Map(from.skills.map((s) => [s.slug, s.proficiency]))
    const onRoute = found.path.map((s) => bySlug.get(s.to.slug)!)
    const certs = new Map<string, CertificationInfo>()
    const resources = new Map<string, ResourceInfo>()
    const held = new Set(from.certifications.map((c) => c.slug))
    for (const r of onRoute) {
      for (const c of r.certifications) if (!held.has(c.slug)) certs.set(c.slug, c)
      for (const x of r.resources) resources.set(x.id, x)
    }
    return {
      from,
      to,
      steps: found.path,
      years: found.years,
      skills: to.skills.filter((s) => s.proficiency > (have.get(s.slug) ?? 0)).map((s) => ({slug: s.slug, title: s.title, current: have.get(s.slug) ?? 0, target: s.proficiency})),
      certifications: [...certs.values()],
      resources: [...resources.values()],
    }
  }

  const compare = (aSlug: string, bSlug: string): CompareInfo => {
    const a = role(aSlug)
    const b = role(bSlug)
    const skills = new Map<string, {slug: string; title: string; a: number; b: number}>()
    for (const s of a.skills) skills.set(s.slug, {slug: s.slug, title: s.title, a: s.proficiency, b: 0})
    for (const s of b.skills) skills.set(s.slug, {...(skills.get(s.slug) ?? {slug: s.slug, title: s.title, a: 0}), b: s.proficiency})
    return {a, b, skills: [...skills.values()]}
  }

  return {tracks, roles, role, plan, compare}
}

function nearest(slug: string, candidates: string[]): string[] {
  const dist = (a: string, b: string) => {
    let prev = Array.from({length: b.length + 1}, (_, i) => i)
    for (let i = 1; i <= a.length; i++) {
      const row = [i]
      for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = row
    }
    return prev[b.length]!
  }
  return candidates
    .map((c) => [c, dist(slug, c)] as const)
    .filter(([c, d]) => d <= Math.max(3, slug.length / 2) || c.includes(slug))
    .sort((x, y) => x[1] - y[1])
    .slice(0, 3)
    .map(([c]) => c)
}
