/**
 * Synthetic curricula in the Studio schema's shape (raw published Sanity
 * documents: references as `{_type: 'reference', _ref}`, array items with
 * `_key`), for benchmarks at sizes the seed dataset can't reach.
 *
 * Deterministic: the same options always give the same documents, so runs are
 * comparable across machines and commits. Pure (no node: built-ins), so any
 * bench or test can import it.
 */

export type SyntheticType =
  | 'track'
  | 'role'
  | 'skill'
  | 'certification'
  | 'organisation'
  | 'resource'
  | 'learningPath'
  | 'faq'
  | 'guide'
  | 'sourceArticle'

export interface SyntheticDocument {
  _id: string
  _type: SyntheticType
  _rev: string
  _createdAt: string
  _updatedAt: string
  [field: string]: unknown
}

export interface SyntheticOptions {
  /** Total number of documents to generate (the result has exactly this many). */
  documents: number
  /** PRNG seed; change it to get a different but equally shaped dataset. */
  seed?: number
  /** Relative weight of each type (roles decide the track count). Defaults to the curriculum's mix. */
  mix?: Partial<Record<Exclude<SyntheticType, 'track'>, number>>
  /** Roles per track, i.e. ladder height. Default 8. */
  levelsPerTrack?: number
  /** Chance that a role also has a lateral move to a same-level role on another track. Default 0.3. */
  lateralRate?: number
  /** Chance that a role also has a specialisation move to the next level of another track. Default 0.1. */
  specialisationRate?: number
}

/** Roughly the proportions of the seed curriculum, resources being the long tail. */
export const defaultMix: Record<Exclude<SyntheticType, 'track'>, number> = {
  role: 20,
  skill: 10,
  certification: 8,
  organisation: 1,
  resource: 44,
  learningPath: 4,
  faq: 7,
  guide: 4,
  sourceArticle: 1,
}

const vendors = ['CompTIA', 'Microsoft', 'Cisco', 'AXELOS', 'Google', 'AWS', 'ISACA', 'HDI']
const certLevels = ['entry', 'associate', 'professional', 'expert'] as const
const resourceKinds = ['article', 'course', 'book', 'community', 'organisation', 'certification-programme', 'tool', 'publication'] as const
const resourceCosts = ['free', 'free-audit', 'paid'] as const
const skillCategories = ['technical', 'interpersonal', 'leadership', 'business'] as const
const trackKinds = ['individual-contributor', 'management', 'technician'] as const
const topicWords = ['itil', 'networking', 'leadership', 'security', 'cloud', 'scripting', 'customer-service', 'documentation', 'hardware', 'linux']

/** mulberry32: tiny, fast and good enough to spread references evenly. */
function prng(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T
  /** `count` distinct items (fewer if there aren't enough). */
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const chosen = new Set<number>()
    const want = Math.min(count, items.length)
    while (chosen.size < want) chosen.add(int(items.length))
    return [...chosen].map((i) => items[i] as T)
  }
  return {next, int, pick, sample}
}

const pad = (n: number) => String(n).padStart(6, '0')
/** Field-level translation as the Studio stores it (English only here). */
const loc = (value: string, type: 'String' | 'Text' = 'String') => [{_key: 'en', _type: `internationalizedArray${type}Value`, language: 'en', value}]
const lines = (items: string[]) => items.map((line, i) => ({_key: `l${i}`, _type: 'localizedLine', text: loc(line)}))
const slug = (current: string) => ({_type: 'slug', current})
const ref = (id: string, key: string) => ({_type: 'reference', _ref: id, _key: key})
const block = (key: string, text: string) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children: [{_type: 'span', _key: `${key}s`, text, marks: []}],
})

/** Splits `total` by weights into integers that add up to exactly `total`. */
function apportion(total: number, weights: Record<string, number>): Record<string, number> {
  const entries = Object.entries(weights).filter(([, w]) => w > 0)
  const sum = entries.reduce((s, [, w]) => s + w, 0)
  if (sum <= 0) return {}
  const counts = Object.fromEntries(entries.map(([k, w]) => [k, Math.floor((total * w) / sum)]))
  let left = total - Object.values(counts).reduce((s, n) => s + n, 0)
  for (let i = 0; left > 0; i = (i + 1) % entries.length, left--) counts[entries[i]![0]]! += 1
  return counts
}

export function syntheticDataset(options: SyntheticOptions): SyntheticDocument[] {
  const levels = Math.max(1, options.levelsPerTrack ?? 8)
  const lateralRate = options.lateralRate ?? 0.3
  const specialisationRate = options.specialisationRate ?? 0.1
  const rnd = prng(options.seed ?? 42)

  const counts = syntheticCounts(options)
  const tracks = counts.track
  const n = (type: SyntheticType) => counts[type]

  const stamp = '2025-01-01T00:00:00Z'
  const base = (type: SyntheticType, id: string): SyntheticDocument => ({_id: id, _type: type, _rev: `rev-${id}`, _createdAt: stamp, _updatedAt: stamp})
  const ids = (prefix: string, count: number) => Array.from({length: count}, (_, i) => `${prefix}-${pad(i + 1)}`)

  const sourceIds = ids('synthetic-source', n('sourceArticle'))
  const organisationIds = ids('synthetic-organisation', n('organisation'))
  const organisation = () => (organisationIds.length ? {_type: 'reference', _ref: rnd.pick(organisationIds)} : undefined)
  const skillIds = ids('synthetic-skill', n('skill'))
  const certIds = ids('synthetic-certification', n('certification'))
  const resourceIds = ids('synthetic-resource', n('resource'))
  const trackIds = ids('synthetic-track', tracks)
  const roleIds = ids('synthetic-role', n('role'))
  const sources = () => (sourceIds.length ? [ref(rnd.pick(sourceIds), 'src0')] : [])
  const refs = (pool: string[], count: number, key: string) => rnd.sample(pool, count).map((id, i) => ref(id, `${key}${i}`))

  const docs: SyntheticDocument[] = []
  organisationIds.forEach((id, i) =>
    docs.push({...base('organisation', id), title: loc(vendors[i % vendors.length]!), slug: slug(`organisation-${i + 1}`), url: `https://example.com/organisations/${i + 1}`}),
  )
  sourceIds.forEach((id, i) =>
    docs.push({...base('sourceArticle', id), title: `Source article ${i + 1}`, publisher: organisation(), url: `https://example.com/articles/${i + 1}`, language: 'en'}),
  )
  skillIds.forEach((id, i) =>
    docs.push({
      ...base('skill', id),
      title: loc(`Skill ${i + 1}`),
      slug: slug(`skill-${i + 1}`),
      category: rnd.pick(skillCategories),
      description: loc(`What skill ${i + 1} means on a support team and how it shows in daily work.`, 'Text'),
      sources: sources(),
    }),
  )
  certIds.forEach((id, i) => {
    const retired = rnd.next() < 0.1
    docs.push({
      ...base('certification', id),
      title: loc(`Certification ${i + 1}`),
      slug: slug(`certification-${i + 1}`),
      vendor: organisation(),
      level: rnd.pick(certLevels),
      url: `https://example.com/certifications/${i + 1}`,
      urlBasis: {_type: 'basis', kind: 'added'},
      summary: loc(`A credential that shows command of the material in area ${i + 1} of IT support.`, 'Text'),
      skills: refs(skillIds, 3, 'sk'),
      status: retired ? 'retired' : 'active',
      ...(retired ? {retiredOn: '2024-06-30'} : {}),
      ...(retired && certIds.length > 1 ? {successor: {_type: 'reference', _ref: certIds[(i + 1) % certIds.length]}} : {}),
      sources: sources(),
    })
  })
  resourceIds.forEach((id, i) => {
    const kind = rnd.pick(resourceKinds)
    docs.push({
      ...base('resource', id),
      title: `Resource ${i + 1}`,
      url: `https://example.com/resources/${i + 1}`,
      publisher: organisation(),
      kind,
      cost: rnd.pick(resourceCosts),
      ...(kind === 'book' ? {authors: [`Author ${i + 1}`]} : {}),
      summary: loc(`Resource ${i + 1} helps someone in support practise a skill they will use every week.`, 'Text'),
      topics: rnd.sample(topicWords, 2),
      skills: refs(skillIds, 2, 'sk'),
      sources: sources(),
      language: 'en',
    })
  })

  // Roles fill ladders track by track, rung 1 upwards; seniority rises with the rung up to 7 (executive).
  const roleAt = (track: number, level: number) => (level >= 1 && level <= levels ? roleIds[track * levels + (level - 1)] : undefined)
  const seniorityAt = (level: number) => Math.min(7, level)
  trackIds.forEach((id, t) => {
    docs.push({
      ...base('track', id),
      title: loc(`Track ${t + 1}`),
      slug: slug(`track-${t + 1}`),
      kind: trackKinds[t % trackKinds.length],
      summary: loc(`Ladder ${t + 1}: from its entry role to its most senior one, one rung at a time.`, 'Text'),
      sources: sources(),
    })
  })
  roleIds.forEach((id, i) => {
    const t = Math.floor(i / levels)
    const level = (i % levels) + 1
    const transitions: Record<string, unknown>[] = []
    const promotion = roleAt(t, level + 1)
    // Past the top of the seniority scale the next rung is a specialisation, not a promotion.
    const up = seniorityAt(level + 1) > seniorityAt(level) ? 'promotion' : 'specialisation'
    if (promotion) transitions.push({_type: 'transition', _key: 'tp', to: {_type: 'reference', _ref: promotion}, kind: up, typicalYears: 1 + rnd.int(4), typicalYearsBasis: {_type: 'basis', kind: 'estimate'}})
    if (tracks > 1 && rnd.next() < lateralRate) {
      const other = roleAt((t + 1 + rnd.int(tracks - 1)) % tracks, level)
      if (other) transitions.push({_type: 'transition', _key: 'tl', to: {_type: 'reference', _ref: other}, kind: 'lateral', typicalYears: rnd.int(3)})
    }
    if (tracks > 1 && rnd.next() < specialisationRate) {
      const other = roleAt((t + 1 + rnd.int(tracks - 1)) % tracks, level + 1)
      if (other) transitions.push({_type: 'transition', _key: 'ts', to: {_type: 'reference', _ref: other}, kind: 'specialisation', typicalYears: 1 + rnd.int(3), conditions: lines(['Has shown depth in the field'])})
    }
    docs.push({
      ...base('role', id),
      title: loc(`Role ${i + 1}`),
      slug: slug(`role-${i + 1}`),
      aliases: [`Synthetic role ${i + 1}`],
      track: {_type: 'reference', _ref: trackIds[t]},
      rung: level,
      seniority: seniorityAt(level),
      summary: loc(`Role ${i + 1} sits on rung ${level} of track ${t + 1} and handles the work that rung brings.`, 'Text'),
      responsibilities: lines(['Resolve tickets', 'Keep documentation current']),
      skills: rnd.sample(skillIds, 6).map((skillId, k) => ({
        _type: 'roleSkill',
        _key: `s${k}`,
        skill: {_type: 'reference', _ref: skillId},
        proficiency: Math.min(5, Math.max(1, Math.ceil((level / levels) * 5) - rnd.int(2))),
      })),
      credentials: refs(certIds, 2, 'c'),
      experience: {_type: 'experienceRange', min: level - 1, max: level + 2},
      resources: refs(resourceIds, 3, 'res'),
      transitions,
      sources: sources(),
    })
  })
  for (let i = 0; i < n('learningPath'); i++) {
    docs.push({
      ...base('learningPath', `synthetic-learning-path-${pad(i + 1)}`),
      title: loc(`Learning path ${i + 1}`),
      slug: slug(`learning-path-${i + 1}`),
      summary: loc(`A sequence of modules that prepares someone for the roles it names, step by step.`, 'Text'),
      roles: refs(roleIds, 2, 'r'),
      modules: [0, 1].map((m) => ({
        _type: 'learningModule',
        _key: `m${m}`,
        title: loc(`Module ${m + 1}`),
        slug: slug(`module-${m + 1}`),
        topics: [{_type: 'learningTopic', _key: 't0', title: loc('Topic'), keyPoints: lines(['First point', 'Second point']), resources: refs(resourceIds, 2, 'res')}],
      })),
      sources: sources(),
    })
  }
  for (let i = 0; i < n('faq'); i++) {
    docs.push({
      ...base('faq', `synthetic-faq-${pad(i + 1)}`),
      question: `How does question ${i + 1} work?`,
      slug: slug(`faq-${i + 1}`),
      answer: [block('b0', `A direct answer to question ${i + 1}, then the detail.`)],
      roles: refs(roleIds, 2, 'r'),
      sources: sources(),
      language: 'en',
    })
  }
  for (let i = 0; i < n('guide'); i++) {
    docs.push({
      ...base('guide', `synthetic-guide-${pad(i + 1)}`),
      title: `Guide ${i + 1}`,
      slug: slug(`guide-${i + 1}`),
      summary: `Guide ${i + 1} explains one thing a support professional can do to move forward.`,
      body: [block('b0', 'Advice in a few paragraphs.'), block('b1', 'Where the figures come from.')],
      roles: refs(roleIds, 2, 'r'),
      sources: sources(),
      language: 'en',
    })
  }
  return docs
}

/**
 * A dataset built around a role graph of `roles` roles (for graph benches):
 * the other types scale with it in the default proportions.
 */
export function syntheticRoleGraph(roles: number, options: Omit<SyntheticOptions, 'documents'> = {}): SyntheticDocument[] {
  const mix = {...defaultMix, ...options.mix}
  const weight = Object.values(mix).reduce((s, w) => s + w, 0)
  const levels = Math.max(1, options.levelsPerTrack ?? 8)
  // Solve for the total whose role share is `roles` (tracks included), then trim if rounding overshot.
  let documents = Math.ceil((roles * weight) / mix.role + roles / levels)
  for (let guard = 0; guard < 50; guard++) {
    const count = syntheticCounts({...options, documents}).role
    if (count === roles) break
    documents += count < roles ? 1 : -1
  }
  return syntheticDataset({...options, documents})
}

/** How many documents of each type `syntheticDataset(options)` returns, without building them. */
export function syntheticCounts(options: SyntheticOptions): Record<SyntheticType, number> {
  const total = Math.max(0, Math.floor(options.documents))
  const levels = Math.max(1, options.levelsPerTrack ?? 8)
  const mix = {...defaultMix, ...options.mix}
  // Tracks follow from roles (one per ladder of `levels` roles): split what's left after the tracks.
  let tracks = 0
  let counts = apportion(total, mix)
  for (let i = 0; i < 4; i++) {
    tracks = Math.ceil((counts.role ?? 0) / levels)
    counts = apportion(Math.max(0, total - tracks), mix)
  }
  while (Math.ceil((counts.role ?? 0) / levels) > tracks) {
    counts.role = (counts.role ?? 0) - 1
    counts.resource = (counts.resource ?? 0) + 1
  }
  const get = (t: string) => counts[t] ?? 0
  return {
    track: tracks,
    role: get('role'),
    skill: get('skill'),
    certification: get('certification'),
    organisation: get('organisation'),
    resource: get('resource'),
    learningPath: get('learningPath'),
    faq: get('faq'),
    guide: get('guide'),
    sourceArticle: get('sourceArticle'),
  }
}
