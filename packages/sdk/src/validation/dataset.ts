import {ContentValidationError, type ValidationIssue} from '../errors'
import {documentSchemas, type CurriculumDocument, type DocumentType} from '../schemas/documents'
import {publishedIdOf, type StoredDocument} from '../sources/perspective'
import {issue, schemaIssues, type ValidationReport} from './issues'

/**
 * Whole-dataset validation: each published document against its schema, then
 * the rules that need several documents: unique ids and slugs, references
 * that resolve to the right type, promotions that never loop, and tracks whose
 * ladders climb. Drafts and release versions are not part of the published
 * curriculum and are skipped (counted in `skipped`), as are types outside the
 * content model (Sanity's system documents, assets).
 */

/** What each reference field may point to, keyed `type:field.path` without array indexes. */
const referenceTargets: Record<string, DocumentType> = {
  'track:roles': 'role',
  'role:track': 'track',
  'role:skills.skill': 'skill',
  'role:certifications': 'certification',
  'role:resources': 'resource',
  'role:transitions.to': 'role',
  'certification:skills': 'skill',
  'certification:successor': 'certification',
  'resource:skills': 'skill',
  'learningPath:roles': 'role',
  'learningPath:modules.topics.resources': 'resource',
  'faq:roles': 'role',
  'guide:roles': 'role',
}

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
    const key = `${doc._type}:${slug}`
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
      const expected = referenceTargets[fieldKey]
      if (!target) {
        if (!ref.weak) found.push(issue(doc._id, doc._type, ref.path, `Refers to "${ref.ref}", which is not a published document`))
      } else if (expected && target._type !== expected) {
        found.push(issue(doc._id, doc._type, ref.path, `Must refer to a ${expected}, but "${ref.ref}" is a ${target._type}`))
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
    const names = loop.map((id) => String(byId.get(id)?.title ?? id))
    const first = byId.get(loop[0]!)!
    flag(first, [issue(first._id, 'role', ['transitions'], `Promotions form a loop: ${[...names, names[0]].join(' → ')}. A promotion must lead upwards.`)])
  }

  // 5. A track lists its own roles, each a level above the one before.
  for (const track of docs.filter((d) => d._type === 'track')) {
    const refs = Array.isArray(track.roles) ? (track.roles as {_ref?: unknown}[]) : []
    let previous: StoredDocument | undefined
    const found: ValidationIssue[] = []
    refs.forEach((r, i) => {
      const role = typeof r?._ref === 'string' ? byId.get(r._ref) : undefined
      if (!role || role._type !== 'role') return // reported as a reference issue
      const roleTrack = (role.track as {_ref?: unknown} | undefined)?._ref
      if (typeof roleTrack === 'string' && roleTrack !== track._id) {
        found.push(issue(track._id, 'track', ['roles', i], `"${String(role.title)}" belongs to another track ("${roleTrack}")`))
      }
      if (previous && typeof role.level === 'number' && typeof previous.level === 'number' && role.level <= previous.level) {
        found.push(issue(track._id, 'track', ['roles', i], `Roles must be in ladder order: "${String(role.title)}" (level ${role.level}) comes after "${String(previous.title)}" (level ${previous.level})`))
      }
      previous = role
    })
    flag(track, found)
  }

  const valid = docs.filter((d) => !bad.has(d)) as unknown as CurriculumDocument[]
  const report: ValidationReport = {context, checked: docs.length, rejected: docs.length - valid.length, issues}
  if ((options.mode ?? 'strict') === 'strict' && issues.length) throw new ContentValidationError(issues, context)
  return {documents: valid, skipped, report}
}

/** Each elementary loop once, as the ids along it (depth-first, iterative so deep ladders can't overflow). */
function findCycles(edges: Map<string, string[]>): string[][] {
  const state = new Map<string, 'active' | 'done'>()
  const loops: string[][] = []
  for (const start of edges.keys()) {
    if (state.has(start)) continue
    const stack: {id: string; next: number}[] = [{id: start, next: 0}]
    const onPath: string[] = [start]
    state.set(start, 'active')
    while (stack.length) {
      const frame = stack[stack.length - 1]!
      const targets = edges.get(frame.id) ?? []
      if (frame.next >= targets.length) {
        state.set(frame.id, 'done')
        stack.pop()
        onPath.pop()
        continue
      }
      const target = targets[frame.next++]!
      const seen = state.get(target)
      if (seen === 'active') loops.push(onPath.slice(onPath.indexOf(target)))
      else if (seen === undefined && edges.has(target)) {
        state.set(target, 'active')
        stack.push({id: target, next: 0})
        onPath.push(target)
      }
    }
  }
  return loops
}
