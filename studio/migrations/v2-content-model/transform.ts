/**
 * Content model v1 → v2, as pure functions over plain documents (no Sanity
 * imports), so the same code runs in the `sanity migration` (index.ts), in the
 * curriculum's dataset generator and in unit tests.
 *
 * `transform(documents)` converts a whole v1 dataset; `buildIndex` +
 * `convertDocument` do it one document at a time with the cross-document facts
 * (ladder positions, seniorities, organisations, degree ids) read once.
 * Anything it cannot convert, or changes on purpose, is a `ReportLine`; a
 * document that cannot be converted is kept unchanged, never dropped.
 *
 * This file imports nothing: the curriculum package runs it with Node's type
 * stripping through a relative path.
 */

export type Doc = {_id: string; _type: string; _rev?: string} & Record<string, unknown>

export interface ReportLine {
  id: string
  reason: string
}

export interface TransformResult {
  /** Every v2 document: converted, unchanged (faq, guide, unknown types, unconvertible), and new (organisations, degrees); sorted by id. */
  documents: Doc[]
  /** v1 ids that v2 replaces with a document of another type (degrees); deleted by the `v2-cleanup` migration. */
  replaced: {from: string; to: string}[]
  report: ReportLine[]
}

/** A document the transform cannot convert; reported with its id, the document is left as it was. */
export class ConversionError extends Error {
  override readonly name = 'ConversionError'
}

// ---------------------------------------------------------------------------
// Tables. Only what v1 does not record; everything else is derived.

/**
 * Seniority of the seed curriculum's roles (1 Entry … 7 Executive), by published
 * id. v1 had no seniority; any role not listed is inferred from its rung and reported.
 */
export const seedSeniority: Readonly<Record<string, number>> = {
  'role-help-desk-technician': 1,
  'role-support-analyst': 1,
  'role-support-specialist': 1,
  'role-it-analyst': 1,
  'role-senior-technician': 2,
  'role-senior-support-specialist': 2,
  'role-systems-administrator': 2,
  'role-network-engineer': 2,
  'role-junior-support-engineer': 2,
  'role-technical-support-lead': 3,
  'role-subject-matter-expert': 3,
  'role-senior-support-engineer': 3,
  'role-customer-success-manager': 3,
  'role-product-manager': 3,
  'role-sales-engineer': 3,
  'role-developer-advocate': 3,
  'role-it-support-supervisor': 4,
  'role-staff-support-engineer': 4,
  'role-support-team-lead': 4,
  'role-it-support-manager': 5,
  'role-principal-support-engineer': 5,
  'role-support-manager': 5,
  'role-director-of-it-support': 6,
  'role-director-of-support': 6,
  'role-chief-information-officer': 7,
  'role-vp-of-support': 7,
}

/**
 * v1 vendor/publisher strings that name the same organisation as another
 * string: the key is merged into the canonical name (which becomes the
 * organisation's title), the key is kept as one of its aliases.
 * - "AXELOS (PeopleCert)": PeopleCert owns AXELOS; ITIL is awarded under the AXELOS name.
 * - "Coursera (University of Virginia)", "edX (University of Pennsylvania)": the platform
 *   publishes the course; the university that teaches it stays in the resource's own title and summary.
 * - "Google (on Coursera)": Google's certificate, offered through Coursera.
 * - "Harvard Business Review" is Harvard Business Publishing's magazine.
 * - "LinkedIn Learning" is LinkedIn's course service.
 * Not merged: "Google Cloud" (it awards its own certifications, grouped under its
 * own name) and "Amazon Web Services".
 * A trailing all-capitals abbreviation, "Project Management Institute (PMI)", is
 * split off generically: "Project Management Institute" with alias "PMI".
 */
export const organisationAliases: Readonly<Record<string, string>> = {
  'AXELOS (PeopleCert)': 'AXELOS',
  'Coursera (University of Virginia)': 'Coursera',
  'edX (University of Pennsylvania)': 'edX',
  'Google (on Coursera)': 'Google',
  'Harvard Business Review': 'Harvard Business Publishing',
  'LinkedIn Learning': 'LinkedIn',
}

/** Vendor strings that describe a kind of institution, not one organisation: no organisation, no awarding body. */
export const notOrganisations: readonly string[] = ['Universities and colleges', 'Business schools']

/** v1 track kinds with no v2 equivalent. */
const trackKindMap: Readonly<Record<string, string>> = {alternative: 'family'}
const ladderKinds = ['individual-contributor', 'management', 'technician']
const defaultLanguage = 'en'

// ---------------------------------------------------------------------------
// Small helpers.

/** Lowercase letters, digits and single hyphens, apostrophes dropped: "O'Reilly Media" → "oreilly-media". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** `drafts.` and `versions.<release>.` prefixes, so drafts and release versions convert like their published document. */
function splitId(id: string): {prefix: string; published: string} {
  const match = /^(drafts\.|versions\.[^.]+\.)(.+)$/.exec(id)
  return match ? {prefix: match[1]!, published: match[2]!} : {prefix: '', published: id}
}

const reference = (ref: string) => ({_type: 'reference', _ref: ref})

/** An internationalized-array value is already v2: an array of `{language, value}` items. */
const isLocalized = (value: unknown): boolean => Array.isArray(value) && value.every((item) => isObject(item) && typeof item.language === 'string')

function localized(value: unknown, language: string, kind: 'string' | 'text', field: string): unknown[] | undefined {
  if (value === undefined || value === null) return undefined
  if (isLocalized(value)) return value as unknown[]
  if (typeof value !== 'string') throw new ConversionError(`${field} is ${describe(value)}, expected text`)
  const type = kind === 'text' ? 'internationalizedArrayTextValue' : 'internationalizedArrayStringValue'
  return [{_key: language, _type: type, language, value}]
}

const describe = (value: unknown) => (Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value === 'object' ? 'an object' : `a ${typeof value}`)

/** A list of strings as localizedLine objects, keyed by the line's own words so keys survive reordering. */
function localizedLines(value: unknown, language: string, field: string): unknown[] | undefined {
  if (value === undefined || value === null) return undefined
  if (!Array.isArray(value)) throw new ConversionError(`${field} is ${describe(value)}, expected a list of lines`)
  const used = new Set<string>()
  return value.map((line, i) => {
    if (isObject(line) && line._type === 'localizedLine') return line
    if (typeof line !== 'string') throw new ConversionError(`${field}[${i}] is ${describe(line)}, expected a line of text`)
    const base = slugify(line).slice(0, 40).replace(/-+$/, '') || `line-${i + 1}`
    let key = base
    for (let n = 2; used.has(key); n++) key = `${base}-${n}`
    used.add(key)
    return {_key: key, _type: 'localizedLine', text: localized(line, language, 'string', `${field}[${i}]`)}
  })
}

/** Replaces references to renamed documents anywhere below `value`. */
function rewriteRefs(value: unknown, renamed: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => rewriteRefs(v, renamed))
  if (!isObject(value)) return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) {
    if (k === '_ref' && typeof v === 'string') {
      const {prefix, published} = splitId(v)
      const to = renamed.get(published)
      out[k] = to ? prefix + to : v
    } else out[k] = rewriteRefs(v, renamed)
  }
  return out
}

const withoutKeys = (doc: Record<string, unknown>, keys: readonly string[]) => Object.fromEntries(Object.entries(doc).filter(([k]) => !keys.includes(k)))

// ---------------------------------------------------------------------------
// Organisations.

export interface OrganisationName {
  id: string
  title: string
  aliases: string[]
}

/** The organisation a vendor/publisher string names, or null when it names none. */
export function organisationFor(name: string): {title: string; alias?: string} | null {
  const trimmed = name.trim()
  if (!trimmed || notOrganisations.includes(trimmed)) return null
  const canonical = organisationAliases[trimmed]
  if (canonical) return {title: canonical, alias: trimmed}
  const abbreviation = /^(.+?)\s*\(([A-Z][A-Z0-9&]{1,7})\)$/.exec(trimmed)
  if (abbreviation) return {title: abbreviation[1]!, alias: abbreviation[2]!}
  return {title: trimmed}
}

export const organisationId = (title: string) => `org-${slugify(title)}`

// ---------------------------------------------------------------------------
// The index: facts that span documents, read once from the whole v1 dataset.

export interface MigrationIndex {
  /** Role (published id) → 1-based position in the v1 track that lists it, and that track. */
  ladderPosition: Map<string, {track: string; position: number}>
  /** Track (published id) → v2 kind. */
  trackKind: Map<string, string>
  /** Role (published id) → seniority, with whether it was inferred. */
  seniority: Map<string, {value: number; inferred: boolean}>
  /** Organisation id → organisation, from every vendor and publisher string. */
  organisations: Map<string, OrganisationName>
  /** v1 certification id of a degree → new degree id. */
  degreeIds: Map<string, string>
  /** Documents already in the dataset, so a re-run neither duplicates nor overwrites. */
  existingIds: Set<string>
}

const numberOr = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined)

export function buildIndex(documents: readonly Doc[]): MigrationIndex {
  const index: MigrationIndex = {
    ladderPosition: new Map(),
    trackKind: new Map(),
    seniority: new Map(),
    organisations: new Map(),
    degreeIds: new Map(),
    existingIds: new Set(documents.map((d) => d._id)),
  }
  const published = documents.filter((d) => splitId(d._id).prefix === '')
  // Drafts and versions only add facts their published document lacks.
  const ordered = [...published, ...documents.filter((d) => splitId(d._id).prefix !== '')]

  for (const track of ordered.filter((d) => d._type === 'track')) {
    const id = splitId(track._id).published
    const roles = Array.isArray(track.roles) ? track.roles : []
    const kind = typeof track.kind === 'string' ? (trackKindMap[track.kind] ?? track.kind) : undefined
    if (!index.trackKind.has(id) && kind) index.trackKind.set(id, roles.length === 1 && kind !== 'family' ? 'family' : kind)
    roles.forEach((r, i) => {
      const ref = isObject(r) && typeof r._ref === 'string' ? splitId(r._ref).published : undefined
      if (ref && !index.ladderPosition.has(ref)) index.ladderPosition.set(ref, {track: id, position: i + 1})
    })
  }

  for (const role of ordered.filter((d) => d._type === 'role')) {
    const id = splitId(role._id).published
    if (index.seniority.has(id)) continue
    if (numberOr(role.seniority) !== undefined) index.seniority.set(id, {value: role.seniority as number, inferred: false})
    else if (seedSeniority[id] !== undefined) index.seniority.set(id, {value: seedSeniority[id]!, inferred: false})
    else {
      const rung = index.ladderPosition.get(id)?.position ?? numberOr(role.level) ?? 1
      index.seniority.set(id, {value: Math.min(Math.max(Math.round(rung), 1), 7), inferred: true})
    }
  }

  const addOrganisation = (name: unknown) => {
    if (typeof name !== 'string') return
    const org = organisationFor(name)
    if (!org) return
    const id = organisationId(org.title)
    const entry = index.organisations.get(id) ?? {id, title: org.title, aliases: []}
    if (org.alias && !entry.aliases.includes(org.alias)) entry.aliases.push(org.alias)
    index.organisations.set(id, entry)
  }
  for (const doc of ordered) {
    if (doc._type === 'certification') addOrganisation(doc.vendor)
    if (doc._type === 'resource' || doc._type === 'sourceArticle') addOrganisation(doc.publisher)
    // Only degrees that will convert are renamed, so no reference points at a document that is never made.
    if (doc._type === 'certification' && doc.kind === 'degree' && typeof doc.title === 'string' && degreeLevel(doc.title)) {
      const {published: id} = splitId(doc._id)
      const slug = isObject(doc.slug) && typeof doc.slug.current === 'string' ? doc.slug.current : id.replace(/^cert-/, '')
      index.degreeIds.set(id, `degree-${slug}`)
    }
  }
  for (const org of index.organisations.values()) org.aliases.sort()
  return index
}

// ---------------------------------------------------------------------------
// One document.

export interface Conversion {
  /** The converted document, or null when this v1 document is replaced by one of another type. */
  document: Doc | null
  /** New documents this one gives rise to (a degree). */
  created: Doc[]
  report: ReportLine[]
}

const languageOf = (doc: Doc) => (typeof doc.language === 'string' && doc.language ? doc.language : defaultLanguage)

/** Converts one v1 document; throws ConversionError when it cannot. v2 documents come back unchanged. */
export function convertDocument(doc: Doc, index: MigrationIndex): Conversion {
  const report: ReportLine[] = []
  const note = (reason: string) => report.push({id: doc._id, reason})
  const lang = languageOf(doc)
  const {prefix, published} = splitId(doc._id)
  const renamed = index.degreeIds
  const base = rewriteRefs(doc, renamed) as Doc
  const loc = (field: string, kind: 'string' | 'text' = 'string') => localized(base[field], lang, kind, field)
  const orgRef = (field: string): unknown => {
    const value = base[field]
    if (value === undefined || value === null || isObject(value)) return value ?? undefined
    if (typeof value !== 'string') throw new ConversionError(`${field} is ${describe(value)}, expected a name`)
    const org = organisationFor(value)
    if (!org) {
      note(`${field} "${value}" names no single organisation; left empty`)
      return undefined
    }
    if (org.alias && organisationAliases[value.trim()]) note(`${field} "${value}" merged into organisation "${org.title}"`)
    return reference(organisationId(org.title))
  }

  switch (doc._type) {
    case 'track': {
      const kind = index.trackKind.get(published) ?? (typeof doc.kind === 'string' ? doc.kind : undefined)
      if (!kind) throw new ConversionError('track has no kind')
      if (kind !== doc.kind && !isLocalized(doc.title)) {
        const count = Array.isArray(doc.roles) ? doc.roles.length : 0
        note(`kind "${String(doc.kind)}" → "family" (${count === 1 ? 'a track of one role is not a ladder' : 'v1 kind has no v2 equivalent'}); its roles lose their rung`)
      }
      return {document: finish(withoutKeys({...base, kind, title: loc('title'), summary: loc('summary', 'text')}, ['roles', 'language'])), created: [], report}
    }
    case 'role': {
      const trackRef = isObject(base.track) && typeof base.track._ref === 'string' ? splitId(base.track._ref).published : undefined
      if (!trackRef) throw new ConversionError('role has no track reference')
      const trackKind = index.trackKind.get(trackRef)
      const position = index.ladderPosition.get(published)
      const level = numberOr(base.level)
      let rung: number | undefined = numberOr(base.rung)
      if (rung === undefined) {
        if (position && position.track === trackRef) {
          rung = position.position
          if (level !== undefined && level !== rung) note(`level ${level} disagrees with position ${rung} in its track's roles; rung ${rung} kept`)
        } else {
          rung = level
          if (position && position.track !== trackRef) note(`listed by ${position.track} but its track is ${trackRef}; rung taken from level ${level ?? '(none)'}`)
        }
      }
      if (trackKind === 'family' || (trackKind && !ladderKinds.includes(trackKind))) rung = undefined
      else if (trackKind && rung === undefined) note('no level and not listed by its track: give it a rung')
      const seniority = index.seniority.get(published)
      if (seniority?.inferred && numberOr(base.seniority) === undefined) note(`seniority ${seniority.value} inferred from rung, check it`)
      const transitions = convertTransitions(base.transitions, published, index, lang, note)
      const credentials = base.credentials ?? base.certifications
      const next: Record<string, unknown> = {
        ...withoutKeys(base, ['level', 'certifications', 'language', 'rung', 'seniority', 'transitions', 'credentials']),
        title: loc('title'),
        summary: loc('summary', 'text'),
        education: loc('education', 'text'),
        responsibilities: localizedLines(base.responsibilities, lang, 'responsibilities'),
      }
      if (rung !== undefined) next.rung = rung
      if (seniority) next.seniority = seniority.value
      if (credentials !== undefined) next.credentials = credentials
      if (transitions !== undefined) next.transitions = transitions
      return {document: finish(next), created: [], report}
    }
    case 'skill':
      return {document: finish(withoutKeys({...base, title: loc('title'), description: loc('description', 'text')}, ['language'])), created: [], report}
    case 'certification': {
      if (doc.kind === 'degree') {
        const title = typeof doc.title === 'string' ? doc.title : ''
        const level = degreeLevel(title)
        const id = index.degreeIds.get(published)
        if (!level || !id) throw new ConversionError(`degree "${title}": the title names no level (associate, bachelor, master, MBA, doctorate)`)
        const vendor = typeof doc.vendor === 'string' ? doc.vendor : undefined
        const awardingBody = vendor ? orgRef('vendor') : undefined
        note(`a degree, not a certification: becomes ${prefix}${id} (level "${level}"); references rewritten; the old document is deleted by v2-cleanup`)
        const degree = finish({
          _id: prefix + id,
          _type: 'degree',
          title: loc('title'),
          slug: base.slug,
          level,
          awardingBody,
          summary: loc('summary', 'text'),
          skills: base.skills,
          sources: base.sources,
        })
        return {document: null, created: [degree], report}
      }
      return {
        document: finish(withoutKeys({...base, title: loc('title'), summary: loc('summary', 'text'), vendor: orgRef('vendor')}, ['kind', 'language'])),
        created: [],
        report,
      }
    }
    case 'resource':
      return {document: finish({...base, summary: loc('summary', 'text'), publisher: orgRef('publisher'), language: lang}), created: [], report}
    case 'sourceArticle':
      return {document: finish({...base, publisher: orgRef('publisher'), language: lang}), created: [], report}
    case 'learningPath':
      return {
        document: finish(withoutKeys({...base, title: loc('title'), summary: loc('summary', 'text'), modules: convertModules(base.modules, lang)}, ['language'])),
        created: [],
        report,
      }
    default:
      // faq, guide (document-level translation keeps `language`), organisation, degree and types we do not know.
      return {document: base, created: [], report}
  }
}

/** Drops undefined fields, so output is the same however it was built. */
function finish(doc: Record<string, unknown>): Doc {
  return Object.fromEntries(Object.entries(doc).filter(([, v]) => v !== undefined)) as Doc
}

function degreeLevel(title: string): string | undefined {
  const t = title.toLowerCase()
  if (/\bdoctor|\bph\.?d\b/.test(t)) return 'doctorate'
  if (/\bmaster|\bmba\b|\bm\.?sc\b/.test(t)) return 'master'
  if (/\bbachelor|\bb\.?sc\b/.test(t)) return 'bachelor'
  if (/\bassociate\b/.test(t)) return 'associate'
  return undefined
}

function convertTransitions(value: unknown, fromId: string, index: MigrationIndex, lang: string, note: (reason: string) => void): unknown[] | undefined {
  if (value === undefined || value === null) return undefined
  if (!Array.isArray(value)) throw new ConversionError(`transitions is ${describe(value)}, expected a list`)
  const from = index.seniority.get(fromId)?.value
  return value.map((move, i) => {
    if (!isObject(move)) throw new ConversionError(`transitions[${i}] is ${describe(move)}, expected a move`)
    const target = isObject(move.to) && typeof move.to._ref === 'string' ? splitId(move.to._ref).published : undefined
    const to = target ? index.seniority.get(target)?.value : undefined
    let kind = move.kind
    if (typeof from === 'number' && typeof to === 'number' && target) {
      if (to > from && kind === 'lateral') {
        kind = 'promotion'
        note(`move to ${target}: lateral → promotion (seniority ${from} → ${to})`)
      } else if (to === from && kind === 'promotion') {
        kind = 'lateral'
        note(`move to ${target}: promotion → lateral (seniority ${from} → ${to})`)
      } else if (to < from) {
        note(`move to ${target} (${String(kind)}) goes down in seniority (${from} → ${to}); left as it is, the Studio flags it`)
      }
    }
    const conditions = localizedLines(move.conditions, lang, `transitions[${i}].conditions`)
    return finish({...move, kind, conditions, advice: localized(move.advice, lang, 'text', `transitions[${i}].advice`)})
  })
}

function convertModules(value: unknown, lang: string): unknown {
  if (!Array.isArray(value)) return value
  return value.map((module, m) => {
    if (!isObject(module)) throw new ConversionError(`modules[${m}] is ${describe(module)}, expected a module`)
    const topics = Array.isArray(module.topics)
      ? module.topics.map((topic, t) => {
          if (!isObject(topic)) throw new ConversionError(`modules[${m}].topics[${t}] is ${describe(topic)}, expected a topic`)
          const at = `modules[${m}].topics[${t}]`
          return finish({...topic, title: localized(topic.title, lang, 'string', `${at}.title`), keyPoints: localizedLines(topic.keyPoints, lang, `${at}.keyPoints`)})
        })
      : module.topics
    return finish({
      ...module,
      title: localized(module.title, lang, 'string', `modules[${m}].title`),
      summary: localized(module.summary, lang, 'text', `modules[${m}].summary`),
      topics,
    })
  })
}

/** The organisation documents the dataset's vendor and publisher strings call for. */
export function organisationDocuments(index: MigrationIndex, language = defaultLanguage): Doc[] {
  return [...index.organisations.values()].map((org) =>
    finish({
      _id: org.id,
      _type: 'organisation',
      title: localized(org.title, language, 'string', 'title'),
      slug: {_type: 'slug', current: org.id.replace(/^org-/, '')},
      aliases: org.aliases.length ? org.aliases : undefined,
    }),
  )
}

// ---------------------------------------------------------------------------
// The whole dataset.

const byId = (a: {_id: string}, b: {_id: string}) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0)

export function transform(documents: readonly Doc[]): TransformResult {
  const index = buildIndex(documents)
  const out: Doc[] = []
  const report: ReportLine[] = []
  const replaced: {from: string; to: string}[] = []
  for (const doc of documents) {
    try {
      const result = convertDocument(doc, index)
      report.push(...result.report)
      if (result.document) out.push(result.document)
      else replaced.push({from: doc._id, to: result.created[0]?._id ?? ''})
      out.push(...result.created.filter((c) => !index.existingIds.has(c._id)))
    } catch (error) {
      if (!(error instanceof ConversionError)) throw error
      report.push({id: doc._id, reason: `${error.message}; left unchanged`})
      out.push(doc)
    }
  }
  for (const org of organisationDocuments(index)) if (!index.existingIds.has(org._id)) out.push(org)
  return {documents: out.sort(byId), replaced: replaced.sort((a, b) => byId({_id: a.from}, {_id: b.from})), report}
}
