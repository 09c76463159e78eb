import {ContentValidationError, type ValidationIssue} from '../core'
import {documentSchemas, type CurriculumDocument, type DocumentType} from '../schemas/documents'
import {publishedIdOf, type StoredDocument} from '../sources/perspective'
import {findCycles} from '../graph/cycles'
import {issue, type ValidationReport} from '../core'
import {schemaIssues} from './schemaIssues'

/**
 * Whole-dataset validation: each published document against its schema, then
 * the rules that need several documents, as the Studio judges them
 * (studio/schemaTypes/shared/ladder.ts): unique ids and slugs (FAQ and guide
 * slugs per language), references that resolve to the right type, a rung on
 * every ladder role and none on family roles, each rung once per ladder,
 * seniority that never falls up a ladder, moves whose kind fits the
 * seniorities they join, promotions that never loop; a ladder with fewer than
 * two roles is a warning. Drafts and release versions are not part of the
 * published curriculum and are skipped (counted in `skipped`), as are types
 * outside the content model (Sanity's system documents, assets).
 */

/** What each reference field may point to, keyed `type:field.path` without array indexes. */
const referenceTargets: Record<string, readonly DocumentType[]> = {
  'role:track': ['track'],
  'role:skills.skill': ['skill'],
  'role:credentials': ['certification', 'degree'],
  'role:resources': ['resource'],
  'role:transitions.to': ['role'],
  'certification:vendor': ['organisation'],
  'certification:skills': ['skill'],
  'certification:successor': ['certification'],
  'degree:awardingBody': ['organisation'],
  'degree:skills': ['skill'],
  'resource:publisher': ['organisation'],
  'resource:skills': ['skill'],
  'sourceArticle:publisher': ['organisation'],
  'learningPath:roles': ['role'],
  'learningPath:modules.topics.resources': ['resource'],
  'faq:roles': ['role'],
  'guide:roles': ['role'],
}
/** Basis sources sit at any depth (`experience.basis.source`, `transitions.typicalYearsBasis.source`). */
const basisField = /[.:](?:basis|\w+Basis)\.source$/

interface FoundReference {
  path: (string | number)[]
  ref: string
  weak: boolean
}

function collectReferences(value: unknown, path: (string | number)[], out: FoundReference[]): FoundReference[] {
  if (Array.isArray(value)) value.forEach((item, i) => collectReferences(item, [...path, i], out))
  else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>
    if (typeof obj._ref === 'string') out.push({path, ref: obj._ref, weak: obj._weak === true})
    else for (const [key, child] of Object.entries(obj)) if (!key.startsWith('_')) collectReferences(child, [...path, key], out)
  }
  return out
}

const isDocumentType = (type: unknown): type is DocumentType => typeof type === 'string' && Object.hasOwn(documentSchemas, type)

export interface DatasetValidationOptions {
  /** strict (default): throw when anything is wrong. lenient: return the valid documents and a report. */
  mode?: 'strict' | 'lenient'
  /** Named in the report and errors, e.g. the file validated. */
  context?: string
}

export interface DatasetValidation {
  /** The published curriculum documents without issues, in input order. */
  documents: CurriculumDocument[]
  /** Drafts, release versions and documents of types outside the content model. */
  skipped: number
  report: ValidationReport
}

export function validateDataset(input: readonly unknown[], options: DatasetValidationOptions = {}): DatasetValidation {
  const context = options.context ?? 'dataset'
  const issues: ValidationIssue[] = []
  const bad = new Set<unknown>()
  const flag = (doc: unknown, found: ValidationIssue[]) => {
    if (found.length === 0) return
    issues.push(...found)
    bad.add(doc)
  }

  // 1. Shape and per-document rules.
  const docs: StoredDocument[] = []
  let skipped = 0
  input.forEach((doc, index) => {
    const d = doc as Partial<StoredDocument> | null
    if (!d || typeof d !== 'object' || Array.isArray(d) || typeof d._id !== 'string' || typeof d._type !== 'string') {
      flag(doc, [issue(null, null, [index], 'Not a document: expected an object with a string _id and _type')])
      return
    }
    if (publishedIdOf(d._id) !== d._id || !isDocumentType(d._type)) {
      skipped++
      return
    }
    docs.push(d as StoredDocument)
    flag(d, schemaIssues(documentSchemas[d._type], d))
  })

  // 2. Unique ids, and unique slugs within a type.
  const byId = new Map<string, StoredDocument>()
  const slugOwners = new Map<string, string>()
  for (const doc of docs) {
    if (byId.has(doc._id)) flag(doc, [issue(doc._id, doc._type, ['_id'], `Another document already has the id "${doc._id}"`)])
    else byId.set(doc._id, doc)
    const slug = (doc.slug as {current?: unknown} | undefined)?.current
    if (typeof slug !== 'string') continue
    // FAQs and guides are documents per language: a translation may keep its original's slug.
    const key = translatedTypes.has(doc._type) ? `${doc._type}:${String(doc.language)}:${slug}` : `${doc._type}:${slug}`
    const owner = slugOwners.get(key)
    if (owner !== undefined && owner !== doc._id) flag(doc, [issue(doc._id, doc._type, ['slug', 'current'], `The slug "${slug}" is already used by ${doc._type} "${owner}"`)])
    else slugOwners.set(key, doc._id)
  }

  // 3. References resolve, to a document of the type the field allows.
  for (const doc of docs) {
    const found: ValidationIssue[] = []
    for (const ref of collectReferences(doc, [], [])) {
      const target = byId.get(ref.ref)
      const fieldKey = `${doc._type}:${ref.path.filter((p) => typeof p === 'string').join('.')}`
      const expected = basisField.test(fieldKey) ? ['sourceArticle'] : referenceTargets[fieldKey]
      if (!target) {
        if (!ref.weak) found.push(issue(doc._id, doc._type, ref.path, `Refers to "${ref.ref}", which is not a published document`))
      } else if (expected && !expected.includes(target._type as DocumentType)) {
        found.push(issue(doc._id, doc._type, ref.path, `Must refer to a ${expected.join(' or a ')}, but "${ref.ref}" is a ${target._type}`))
      }
    }
    flag(doc, found)
  }

  // 4. Promotions lead upwards: following them never returns to the start.
  const roles = docs.filter((d) => d._type === 'role')
  const promotions = new Map<string, string[]>()
  for (const role of roles) {
    const transitions = Array.isArray(role.transitions) ? (role.transitions as {kind?: unknown; to?: {_ref?: unknown}}[]) : []
    promotions.set(role._id, transitions.filter((t) => t?.kind === 'promotion' && typeof t.to?._ref === 'string').map((t) => t.to!._ref as string))
  }
  for (const loop of findCycles(promotions)) {
    const names = loop.map((id) => nameOf(byId.get(id)) ?? id)
    const first = byId.get(loop[0]!)!
    flag(first, [issue(first._id, 'role', ['transitions'], `Promotions form a loop: ${[...names, names[0]].join(' → ')}. A promotion must lead upwards.`)])
  }

  // 5. Ladders: rungs, seniority along the rungs, and the meaning of each move.
  const warnings = ladderRules(roles, byId, flag)

  const valid = docs.filter((d) => !bad.has(d)) as unknown as CurriculumDocument[]
  const report: ValidationReport = {context, checked: docs.length, rejected: docs.length - valid.length, issues: [...issues, ...warnings]}
  if ((options.mode ?? 'strict') === 'strict' && issues.length) throw new ContentValidationError(issues, context)
  return {documents: valid, skipped, report}
}

const translatedTypes = /* @__PURE__ */ new Set(['faq', 'guide'])
const ladderKinds = /* @__PURE__ */ new Set(['individual-contributor', 'management', 'technician'])
const SENIORITY = ['Entry', 'Intermediate', 'Senior', 'Lead', 'Manager or principal', 'Director', 'Executive']
const seniorityTitle = (n: number) => SENIORITY[n - 1] ?? `seniority ${n}`

/** A document's English title (localized or plain), for messages. */
function nameOf(doc: StoredDocument | undefined): string | undefined {
  const title = doc?.title
  if (typeof title === 'string') return title
  if (Array.isArray(title)) {
    const item = (title as {language?: unknown; value?: unknown}[]).find((t) => t?.language === 'en') ?? title[0]
    if (typeof item?.value === 'string') return item.value
  }
  return undefined
}
const quoted = (doc: StoredDocument) => `"${nameOf(doc) ?? doc._id}"`

interface MoveRow {
  _key?: unknown
  kind?: unknown
  to?: {_ref?: unknown}
}

/**
 * The Studio's cross-role rules (studio/schemaTypes/shared/ladder.ts and
 * seniority.ts): ladder roles stand on a rung no other role of the ladder
 * holds, family roles have none; up a ladder seniority never falls; a
 * promotion goes to a higher seniority, a lateral move to the same, a
 * specialisation to the same or higher. Errors go through `flag` (the role is
 * rejected); a ladder with fewer than two roles is a warning, returned apart
 * and never rejecting the track (a new ladder is published before its roles).
 */
function ladderRules(
  roles: readonly StoredDocument[],
  byId: ReadonlyMap<string, StoredDocument>,
  flag: (doc: unknown, found: ValidationIssue[]) => void,
): ValidationIssue[] {
  const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined)
  const trackOf = (role: StoredDocument) => {
    const ref = (role.track as {_ref?: unknown} | undefined)?._ref
    const track = typeof ref === 'string' ? byId.get(ref) : undefined
    return track?._type === 'track' ? track : undefined
  }
  const byTrack = new Map<string, StoredDocument[]>()
  for (const role of roles) {
    const track = trackOf(role)
    if (track) byTrack.set(track._id, [...(byTrack.get(track._id) ?? []), role])
  }

  for (const role of roles) {
    const found: ValidationIssue[] = []
    const track = trackOf(role)
    const rung = num(role.rung)
    const seniority = num(role.seniority)
    if (track) {
      const ladder = ladderKinds.has(String(track.kind))
      const siblings = (byTrack.get(track._id) ?? []).filter((r) => r !== role)
      if (!ladder && rung !== undefined) {
        found.push(issue(role._id, 'role', ['rung'], `${quoted(track)} is a family of roles, not a ladder: roles in a family have no rung; clear it`))
      } else if (ladder && rung === undefined && role.rung === undefined) {
        found.push(issue(role._id, 'role', ['rung'], `Give this role its rung on ${quoted(track)} (1 = the entry role)`))
      } else if (ladder && rung !== undefined) {
        const clash = siblings.find((r) => num(r.rung) === rung)
        if (clash) found.push(issue(role._id, 'role', ['rung'], `${quoted(clash)} already stands on rung ${rung} of ${quoted(track)}; pick another rung`))
        if (seniority !== undefined) {
          const fall = siblings.find((r) => {
            const [otherRung, otherSeniority] = [num(r.rung), num(r.seniority)]
            return otherRung !== undefined && otherSeniority !== undefined && otherRung < rung && otherSeniority > seniority
          })
          if (fall) {
            found.push(
              issue(role._id, 'role', ['seniority'], `Seniority must not fall as the rung rises: ${quoted(fall)} on rung ${String(fall.rung)} is ${seniorityTitle(Number(fall.seniority))}, this role on rung ${rung} is ${seniorityTitle(seniority)}`),
            )
          }
        }
      }
    }
    const moves = Array.isArray(role.transitions) ? (role.transitions as MoveRow[]) : []
    moves.forEach((move, i) => {
      const target = typeof move?.to?._ref === 'string' ? byId.get(move.to._ref) : undefined
      const to = target?._type === 'role' ? num(target.seniority) : undefined
      if (seniority === undefined || to === undefined || typeof move.kind !== 'string') return
      const fits = move.kind === 'promotion' ? to > seniority : move.kind === 'lateral' ? to === seniority : move.kind === 'specialisation' ? to >= seniority : true
      if (fits) return
      const rule =
        move.kind === 'promotion' ? 'a promotion must go to a higher seniority' : move.kind === 'lateral' ? 'a lateral move stays at the same seniority' : 'a specialisation stays at the same seniority or goes higher'
      const suggestion = to > seniority ? 'make it a promotion' : to === seniority ? 'make it a lateral move' : 'a move down is not a next move; remove it or pick another role'
      const path = typeof move._key === 'string' ? ['transitions', {_key: move._key}, 'kind'] : ['transitions', i, 'kind']
      found.push(issue(role._id, 'role', path, `The move to ${quoted(target!)} goes from ${seniorityTitle(seniority)} to ${seniorityTitle(to)}, but ${rule}: ${suggestion}`))
    })
    flag(role, found)
  }

  const warnings: ValidationIssue[] = []
  for (const track of byId.values()) {
    if (track._type !== 'track' || !ladderKinds.has(String(track.kind))) continue
    const count = byTrack.get(track._id)?.length ?? 0
    if (count < 2) {
      warnings.push({
        ...issue(track._id, 'track', ['kind'], `A ladder needs at least two roles; this one has ${count}. Add roles that name this track, or make it a family.`),
        severity: 'warning',
      })
    }
  }
  return warnings
}
