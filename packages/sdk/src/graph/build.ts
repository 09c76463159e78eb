import {isPublishedId, publishedIdOf} from '../sources/ids'
import type {Edge, GraphIndex, RoleNode, TrackNode} from './model'
import {VALUE_LABELS} from '../vocabulary'
import type {
  Basis,
  CareerGraphOptions,
  CertificationRef,
  DegreeRef,
  CurriculumDocuments,
  ExperienceRange,
  GraphWarning,
  GraphWarningCode,
  OrganisationRef,
  ResourceRef,
  RoleRef,
  RoleSkill,
  SkillRef,
  TrackRef,
  TransitionKind,
} from './types'

type Raw = Record<string, unknown>

const GRAPH_TYPES = ['role', 'track', 'skill', 'certification', 'degree', 'organisation', 'resource', 'sourceArticle'] as const
type GraphType = (typeof GRAPH_TYPES)[number]
const GROUPS: Record<keyof CurriculumDocuments, GraphType> = {
  roles: 'role',
  tracks: 'track',
  skills: 'skill',
  certifications: 'certification',
  degrees: 'degree',
  organisations: 'organisation',
  resources: 'resource',
  sourceArticles: 'sourceArticle',
}
const DEFAULT_LANGUAGE = 'en'
const BASIS_KINDS: readonly string[] = ['source', 'estimate', 'added']

const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value)
/** A non-blank string; the common case (a first character that is not a space) skips `trim`. */
const text = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' && (value.charCodeAt(0) > 32 || value.trim() !== '') ? value : null
const number = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null)
const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : [])
const texts = (value: unknown): string[] => list(value).filter((item): item is string => text(item) !== null)

/**
 * Reads a localized field (internationalized-array items `{language, value}`)
 * in `language`, else in English; a plain string is taken as it is, so
 * documents from before field-level translation still index.
 */
function localizedReader(language: string) {
  const read = (value: unknown): string | null => {
    if (!Array.isArray(value)) return text(value)
    let fallback: string | null = null
    for (const item of value) {
      if (!isObject(item)) continue
      if (item.language === language) {
        const found = text(item.value)
        if (found) return found
      } else if (item.language === DEFAULT_LANGUAGE && fallback === null) fallback = text(item.value)
    }
    return fallback
  }
  /** A list of `localizedLine`s (`{text: localized}`), or of plain strings. */
  const lines = (value: unknown): string[] =>
    list(value).flatMap((item) => {
      const line = isObject(item) ? read(item.text) : text(item)
      return line === null ? [] : [line]
    })
  return {read, lines}
}
/** A reference is `{_ref}`; an already dereferenced document (`{_id}`) is accepted too. */
const refId = (value: unknown): string | null => {
  if (!isObject(value)) return null
  const id = text(value._ref) ?? text(value._id)
  return id && publishedIdOf(id)
}
const slugOf = (doc: Raw): string | null => (isObject(doc.slug) ? text(doc.slug.current) : text(doc.slug))

/** Raw documents of the graph types, published only, by `_id`. */
function collect(input: readonly unknown[] | CurriculumDocuments, warn: Warn): Map<GraphType, Map<string, Raw>> {
  const byType = new Map<GraphType, Map<string, Raw>>(GRAPH_TYPES.map((type) => [type, new Map()]))
  const add = (doc: unknown, groupType?: GraphType) => {
    if (!isObject(doc)) return
    const type = (text(doc._type) ?? groupType) as GraphType | undefined
    const id = text(doc._id)
    const bucket = type && byType.get(type)
    if (!bucket || !id || !isPublishedId(id)) return
    if (bucket.has(id)) return warn('DUPLICATE_ID', doc, type, '_id', `Document "${id}" appears more than once; the first copy is used.`)
    bucket.set(id, doc)
  }
  if (Array.isArray(input)) for (const doc of input) add(doc)
  else {
    for (const [group, type] of Object.entries(GROUPS) as [keyof CurriculumDocuments, GraphType][]) {
      for (const doc of (input as CurriculumDocuments)[group] ?? []) add(doc, type)
    }
  }
  return byType
}

type Warn = (code: GraphWarningCode, doc: Raw, type: string, path: string, message: string, ref?: string) => void

/**
 * Indexes raw documents into the structure the graph queries read. Nothing
 * here throws on content: a bad value or a dangling reference becomes a
 * warning and is left out, so one broken document never hides the rest.
 */
export function buildIndex(input: readonly unknown[] | CurriculumDocuments, options: CareerGraphOptions = {}): GraphIndex {
  const warnings: GraphWarning[] = []
  const warn: Warn = (code, doc, documentType, path, message, ref) => {
    const warning: GraphWarning = {code, documentId: String(doc._id), documentType, path, message, ...(ref ? {ref} : {})}
    warnings.push(warning)
    options.onWarning?.(warning)
  }
  const raw = collect(input, warn)
  const docs = (type: GraphType) => raw.get(type)!
  const {read: local, lines} = localizedReader(options.language ?? DEFAULT_LANGUAGE)
  const dangling = (doc: Raw, type: string, path: string, ref: string, target: string) =>
    warn('DANGLING_REFERENCE', doc, type, path, `${path} points to ${target} "${ref}", which is not in the data; it is skipped.`, ref)
  /** The slug, or the id when the slug is missing (reported), so every entity stays addressable. */
  const slugOrId = (doc: Raw, id: string, type: string) => {
    const slug = slugOf(doc)
    if (!slug) warn('MISSING_SLUG', doc, type, 'slug.current', `${type} "${id}" has no slug; its id is used instead.`)
    return slug ?? id
  }

  const sourceTitles = new Map<string, string>()
  for (const [id, doc] of docs('sourceArticle')) sourceTitles.set(id, text(doc.title) ?? id)
  /** Provenance, its article resolved to a title; a basis that is not one is ignored. */
  const basisOf = (value: unknown): Basis | null => {
    if (!isObject(value) || typeof value.kind !== 'string' || !BASIS_KINDS.includes(value.kind)) return null
    const sourceId = refId(value.source)
    const title = sourceId ? sourceTitles.get(sourceId) : undefined
    return {kind: value.kind as Basis['kind'], source: sourceId && title ? {id: sourceId, title} : null, note: text(value.note)}
  }

  const organisations = new Map<string, OrganisationRef>()
  for (const [id, doc] of docs('organisation')) organisations.set(id, {id, slug: slugOrId(doc, id, 'organisation'), title: local(doc.title) ?? id})
  /** An organisation reference, resolved (or reported when it dangles). */
  const organisationOf = (doc: Raw, type: string, field: string): OrganisationRef | null => {
    const ref = refId(doc[field])
    if (!ref) return null
    const found = organisations.get(ref)
    if (!found) dangling(doc, type, field, ref, 'organisation')
    return found ?? null
  }

  const skills = new Map<string, SkillRef>()
  for (const [id, doc] of docs('skill')) {
    skills.set(id, {id, slug: slugOrId(doc, id, 'skill'), title: local(doc.title) ?? id, category: text(doc.category)})
  }
  /** Resolves a list of skill references, reporting the dangling ones. */
  const skillIds = (doc: Raw, type: string, field: string) =>
    list(doc[field]).flatMap((item, i) => {
      const ref = refId(item)
      if (!ref) return []
      if (skills.has(ref)) return [ref]
      dangling(doc, type, `${field}[${i}]`, ref, 'skill')
      return []
    })

  const tracks = new Map<string, TrackNode>()
  const trackByKey = new Map<string, TrackNode>()
  for (const [id, doc] of docs('track')) {
    const ref: TrackRef = {id, slug: slugOrId(doc, id, 'track'), title: local(doc.title) ?? id, kind: text(doc.kind)}
    const node: TrackNode = {ref, summary: local(doc.summary)}
    tracks.set(id, node)
    trackByKey.set(id, node)
    if (!trackByKey.has(ref.slug)) trackByKey.set(ref.slug, node)
  }

  const certDocs = docs('certification')
  const certifications = new Map<string, CertificationRef>()
  const certificationSkills = new Map<string, readonly string[]>()
  for (const [id, doc] of certDocs) {
    const successorId = refId(doc.successor)
    const successorDoc = successorId && successorId !== id ? certDocs.get(successorId) : undefined
    if (successorId && !successorDoc) {
      if (successorId === id) warn('INVALID_VALUE', doc, 'certification', 'successor', 'A certification cannot replace itself; the successor is ignored.')
      else dangling(doc, 'certification', 'successor', successorId, 'certification')
    }
    certifications.set(id, {
      id,
      slug: slugOrId(doc, id, 'certification'),
      title: local(doc.title) ?? id,
      vendor: organisationOf(doc, 'certification', 'vendor'),
      level: text(doc.level),
      url: text(doc.url),
      status: doc.status === 'retired' ? 'retired' : 'active',
      retiredOn: text(doc.retiredOn),
      successor:
        successorId && successorDoc
          ? {id: successorId, slug: slugOf(successorDoc) ?? successorId, title: local(successorDoc.title) ?? successorId}
          : null,
    })
    certificationSkills.set(id, skillIds(doc, 'certification', 'skills'))
  }

  const degrees = new Map<string, DegreeRef>()
  for (const [id, doc] of docs('degree')) {
    degrees.set(id, {id, slug: slugOrId(doc, id, 'degree'), title: local(doc.title) ?? id, level: text(doc.level), awardingBody: organisationOf(doc, 'degree', 'awardingBody')})
  }

  const resources = new Map<string, ResourceRef>()
  const resourcesBySkill = new Map<string, ResourceRef[]>()
  for (const [id, doc] of docs('resource')) {
    const ref: ResourceRef = {
      id,
      slug: slugOf(doc),
      title: text(doc.title) ?? id,
      url: text(doc.url),
      kind: text(doc.kind),
      cost: text(doc.cost),
      costBasis: basisOf(doc.costBasis),
      publisher: organisationOf(doc, 'resource', 'publisher'),
      topics: texts(doc.topics),
    }
    resources.set(id, ref)
    for (const skillId of skillIds(doc, 'resource', 'skills')) {
      const forSkill = resourcesBySkill.get(skillId)
      if (forSkill) forSkill.push(ref)
      else resourcesBySkill.set(skillId, [ref])
    }
  }

  // Roles in two passes: every RoleRef first, so transitions can point forwards.
  const roleDocs = [...docs('role')]
  const roleByKey = new Map<string, RoleNode>()
  const refs: RoleRef[] = roleDocs.map(([id, doc]) => {
    const trackId = refId(doc.track)
    if (trackId && !tracks.has(trackId)) dangling(doc, 'role', 'track', trackId, 'track')
    const rung = number(doc.rung)
    if (doc.rung !== undefined && doc.rung !== null && rung === null) warn('INVALID_VALUE', doc, 'role', 'rung', 'rung is not a number; it is ignored.')
    const seniority = number(doc.seniority)
    if (doc.seniority !== undefined && doc.seniority !== null && seniority === null) warn('INVALID_VALUE', doc, 'role', 'seniority', 'seniority is not a number; it is ignored.')
    return {id, slug: slugOrId(doc, id, 'role'), title: local(doc.title) ?? id, rung, seniority, track: (trackId && tracks.get(trackId)?.ref) || null}
  })
  const indexOf = new Map(roleDocs.map(([id], i) => [id, i]))
  const edges: Edge[] = []
  const incoming: number[][] = roleDocs.map(() => [])

  const roles: RoleNode[] = roleDocs.map(([id, doc], index) => {
    const roleSkills: RoleSkill[] = []
    const proficiency = new Map<string, number>()
    list(doc.skills).forEach((item, i) => {
      if (!isObject(item)) return
      const skillId = refId(item.skill)
      if (!skillId) return
      const skill = skills.get(skillId)
      if (!skill) return dangling(doc, 'role', `skills[${i}].skill`, skillId, 'skill')
      const level = number(item.proficiency)
      if (level === null) return warn('INVALID_VALUE', doc, 'role', `skills[${i}].proficiency`, `Skill "${skill.slug}" has no proficiency; it is skipped.`)
      if (proficiency.has(skillId)) return warn('INVALID_VALUE', doc, 'role', `skills[${i}]`, `Skill "${skill.slug}" is listed twice; the first entry is used.`)
      proficiency.set(skillId, level)
      roleSkills.push({skill, proficiency: level, proficiencyBasis: basisOf(item.proficiencyBasis)})
    })
    const resolve = <T>(field: string, map: ReadonlyMap<string, T>, target: string): T[] =>
      list(doc[field]).flatMap((item, i) => {
        const ref = refId(item)
        const found = ref ? map.get(ref) : undefined
        if (ref && !found) dangling(doc, 'role', `${field}[${i}]`, ref, target)
        return found ? [found] : []
      })
    // `credentials` holds certifications and degrees side by side.
    const roleCertifications: CertificationRef[] = []
    const roleDegrees: DegreeRef[] = []
    list(doc.credentials).forEach((item, i) => {
      const ref = refId(item)
      if (!ref) return
      const cert = certifications.get(ref)
      const degree = cert ? undefined : degrees.get(ref)
      if (cert) roleCertifications.push(cert)
      else if (degree) roleDegrees.push(degree)
      else dangling(doc, 'role', `credentials[${i}]`, ref, 'certification or degree')
    })

    const out: number[] = []
    list(doc.transitions).forEach((item, i) => {
      if (!isObject(item)) return
      const path = `transitions[${i}]`
      const toId = refId(item.to)
      if (!toId) return warn('INVALID_VALUE', doc, 'role', `${path}.to`, 'A transition has no target role; it is skipped.')
      const to = indexOf.get(toId)
      if (to === undefined) return dangling(doc, 'role', `${path}.to`, toId, 'role')
      if (to === index) return warn('SELF_TRANSITION', doc, 'role', `${path}.to`, 'A role cannot lead to itself; the transition is skipped.')
      const kind = item.kind as TransitionKind
      // The vocabulary's closed list, not TRANSITION_KINDS: the model then loads none of the route code's modules (types.ts).
      if (!Object.hasOwn(VALUE_LABELS.transitionKind, kind)) {
        return warn('INVALID_VALUE', doc, 'role', `${path}.kind`, `Unknown transition kind ${JSON.stringify(item.kind)}; the transition is skipped.`)
      }
      if (out.some((id) => edges[id]!.to === to && edges[id]!.kind === kind)) {
        return warn('INVALID_VALUE', doc, 'role', path, `The ${kind} to "${toId}" is listed twice; the first is used.`)
      }
      let typicalYears = number(item.typicalYears)
      if (typicalYears !== null && typicalYears < 0) {
        warn('INVALID_VALUE', doc, 'role', `${path}.typicalYears`, 'typicalYears is negative; it is treated as unknown.')
        typicalYears = null
      }
      const edge: Edge = {
        id: edges.length,
        from: index,
        to,
        kind,
        typicalYears,
        typicalYearsBasis: basisOf(item.typicalYearsBasis),
        conditions: lines(item.conditions),
        advice: local(item.advice),
      }
      edges.push(edge)
      out.push(edge.id)
      incoming[to]!.push(edge.id)
    })

    const experience: ExperienceRange | null = isObject(doc.experience)
      ? {min: number(doc.experience.min), max: number(doc.experience.max), basis: basisOf(doc.experience.basis)}
      : null
    const node: RoleNode = {
      index,
      ref: refs[index]!,
      aliases: texts(doc.aliases),
      summary: local(doc.summary),
      responsibilities: lines(doc.responsibilities),
      skills: roleSkills,
      proficiency,
      certifications: roleCertifications,
      degrees: roleDegrees,
      education: local(doc.education),
      resources: resolve('resources', resources, 'resource'),
      experience,
      out,
    }
    roleByKey.set(id, node)
    return node
  })
  // Slugs after ids, so an id always finds its own role; the first role keeps a shared slug.
  for (const node of roles) {
    const holder = roleByKey.get(node.ref.slug)
    if (!holder) roleByKey.set(node.ref.slug, node)
    else if (holder !== node) {
      const doc = docs('role').get(node.ref.id)!
      warn('DUPLICATE_SLUG', doc, 'role', 'slug.current', `Slug "${node.ref.slug}" is already used by "${holder.ref.id}"; this role is found by its id only.`)
    }
  }

  return {roles, roleByKey, tracks, trackByKey, skills, certifications, certificationSkills, resources, resourcesBySkill, edges, incoming, warnings}
}
