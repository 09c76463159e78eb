/**
 * What `readAll()` adds to the bulk rows: each document's incoming references
 * (the roles that need a skill, the certifications a vendor awards, a track's
 * roles…), which `get…` asks GROQ for with one `*[references(^._id)]` scan per
 * document. Here they come from the rows already fetched, in one pass per
 * list, sorted as GROQ's `order()` sorts, so every detail equals what its
 * `get…` returns (test: client/readAll.test.ts) at a cost linear in the
 * dataset's size, on the test server and on the Content Lake alike.
 */
import type {CurriculumContent} from './createClient'
import type * as T from './types'

/** The bulk rows as `allTracks`, `allRoles`… return them: details without their incoming references. */
export interface BulkRows {
  tracks: Omit<T.TrackDetail, 'roles'>[]
  roles: T.RoleDetail[]
  skills: Omit<T.SkillDetail, 'roles' | 'certifications' | 'degrees' | 'resources'>[]
  certifications: Omit<T.CertificationDetail, 'roles'>[]
  degrees: Omit<T.DegreeDetail, 'roles'>[]
  organisations: Omit<T.OrganisationDetail, 'certifications' | 'degrees' | 'resources'>[]
  resources: T.ResourceDetail[]
  learningPaths: T.LearningPathDetail[]
  faqs: T.FaqDetail[]
  guides: T.GuideDetail[]
}

type Sortable = string | number | boolean | null | undefined

/** GROQ's total order for `order()`: numbers, then strings (by code unit), then booleans, then everything else (null) as equal. */
const rank = (v: Sortable) => (typeof v === 'number' ? 2 : typeof v === 'string' ? 3 : typeof v === 'boolean' ? 4 : 100)
export function groqCompare(a: Sortable, b: Sortable): number {
  const byRank = rank(a) - rank(b)
  if (byRank !== 0) return byRank
  if (typeof a === 'number' && typeof b === 'number') return a - b
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b)
  return 0
}

/** Sorts by keys in turn (GROQ `order(k1 asc, k2 asc, …)`); JavaScript's sort is stable, as GROQ's is. */
const sortBy = <R>(rows: R[], ...keys: ((row: R) => Sortable)[]): R[] =>
  rows.sort((a, b) => {
    for (const key of keys) {
      const c = groqCompare(key(a), key(b))
      if (c !== 0) return c
    }
    return 0
  })

/**
 * The title GROQ sorts by. Cards read a missing title as "" (`coalesce(…, "")`)
 * while the sort key reads it as null, which GROQ puts last: "" is taken for
 * null (the schemas refuse an empty title anyway).
 */
const sortTitle = (row: {title: string | null}) => (row.title === '' ? null : row.title)
const id = (row: {_id: string}) => row._id

/** Rows grouped by the ids of the documents they reference; a row counts once per target, as `references()` matches a document once. */
function index<R>(rows: readonly R[], targets: (row: R) => readonly (string | null | undefined)[]): Map<string, R[]> {
  const by = new Map<string, R[]>()
  for (const row of rows) {
    for (const target of new Set(targets(row))) {
      if (target == null) continue
      const list = by.get(target)
      if (list) list.push(row)
      else by.set(target, [row])
    }
  }
  return by
}

const roleCard = (r: T.RoleDetail) => ({_id: r._id, _type: r._type, title: r.title, slug: r.slug, rung: r.rung, seniority: r.seniority})
const certificationCard = (c: BulkRows['certifications'][number]) => ({_id: c._id, _type: c._type, title: c.title, slug: c.slug, vendor: c.vendor, level: c.level, status: c.status})
const degreeCard = (d: BulkRows['degrees'][number]) => ({_id: d._id, _type: d._type, title: d.title, slug: d.slug, level: d.level})
const resourceCard = (r: T.ResourceDetail) => ({
  _id: r._id,
  _type: r._type,
  title: r.title,
  url: r.url,
  urlBasis: r.urlBasis,
  publisher: r.publisher,
  kind: r.kind,
  cost: r.cost,
  costBasis: r.costBasis,
})

/** Each document's incoming references, from the bulk rows: the details `get…` would return. */
export function withIncoming(rows: BulkRows): CurriculumContent {
  const {roles, certifications, degrees, resources} = rows
  const ids = <R extends {_id: string}>(list: readonly (R | null)[]) => list.map((item) => item?._id)

  // Roles by what they reference (skills[].skill, credentials, track); each list sorted once, before grouping, so groups keep the order.
  const bySeniority = sortBy([...roles], (r) => r.seniority, (r) => r.rung, sortTitle, id)
  const rolesBySkill = index(bySeniority, (r) => r.skills.map((s) => s.skill?._id))
  const rolesByCredential = index(bySeniority, (r) => [...ids(r.certifications), ...ids(r.degrees)])
  const byRung = sortBy([...roles], (r) => r.rung, (r) => r.seniority, sortTitle, id)
  const rolesByTrack = index(byRung, (r) => [r.track?._id])

  const certificationsByTitle = sortBy([...certifications], sortTitle, id)
  const certificationsBySkill = index(certificationsByTitle, (c) => ids(c.skills))
  const certificationsByVendor = index(certificationsByTitle, (c) => [c.vendor?._id])
  const degreesByTitle = sortBy([...degrees], sortTitle, id)
  const degreesBySkill = index(degreesByTitle, (d) => ids(d.skills))
  const degreesByBody = index(degreesByTitle, (d) => [d.awardingBody?._id])
  const resourcesByTitle = sortBy([...resources], (r) => r.title, id)
  const resourcesBySkill = index(resourcesByTitle, (r) => ids(r.skills))
  const resourcesByPublisher = index(resourcesByTitle, (r) => [r.publisher?._id])

  const of = <R, C>(by: Map<string, R[]>, key: string, card: (row: R) => C): C[] => (by.get(key) ?? []).map(card)

  return {
    tracks: rows.tracks.map(({sources, ...track}) => ({
      ...track,
      roles: of(rolesByTrack, track._id, (r) => ({
        ...roleCard(r),
        summary: r.summary,
        transitions: r.transitions.map((t) => ({kind: t.kind, typicalYears: t.typicalYears, to: t.to})),
      })),
      sources,
    })),
    roles,
    skills: rows.skills.map(({sources, ...skill}) => ({
      ...skill,
      roles: of(rolesBySkill, skill._id, roleCard),
      certifications: of(certificationsBySkill, skill._id, certificationCard),
      degrees: of(degreesBySkill, skill._id, degreeCard),
      resources: of(resourcesBySkill, skill._id, resourceCard),
      sources,
    })),
    certifications: certifications.map(({sources, ...c}) => ({...c, roles: of(rolesByCredential, c._id, roleCard), sources})),
    degrees: degrees.map(({sources, ...d}) => ({...d, roles: of(rolesByCredential, d._id, roleCard), sources})),
    organisations: rows.organisations.map((o) => ({
      ...o,
      certifications: of(certificationsByVendor, o._id, certificationCard),
      degrees: of(degreesByBody, o._id, degreeCard),
      resources: of(resourcesByPublisher, o._id, resourceCard),
    })),
    resources,
    learningPaths: rows.learningPaths,
    faqs: rows.faqs,
    guides: rows.guides,
  }
}
