/**
 * A small hand-built curriculum for the graph tests, shaped like raw Sanity
 * documents. Each number is chosen so one rule becomes visible:
 *
 * help-desk-technician →(promotion 2) desktop-support-technician →(promotion 2) it-support-manager   2 moves, 4 years
 * help-desk-technician →(promotion 1.5) support-specialist →(promotion 4) it-support-manager         2 moves, 5.5 years
 * help-desk-technician → support-specialist →(lateral 1) desktop-support-technician → manager         3 moves, 4.5 years
 *
 * so the second route ranks above the third despite taking longer (moves come
 * first), and the first above the second (years break the tie). Lateral moves
 * go both ways between desktop-support-technician and support-specialist, and
 * between support-specialist and customer-success-manager: cycles the route
 * search must not loop on. Documents are content model v2: localized fields
 * as internationalized arrays, roles on a rung of their track with a
 * seniority (each move's kind fits the seniorities it joins), a family of
 * roles without rungs, vendors and publishers as organisations, credentials
 * holding certifications and degrees.
 */
type Doc = Record<string, unknown> & {_id: string; _type: string}

const ref = (id: string, key?: string) => ({_type: 'reference', _ref: id, ...(key ? {_key: key} : {})})
const slug = (current: string) => ({_type: 'slug', current})
/** A localized string in English (and any other languages given). */
const loc = (en: string, other: Record<string, string> = {}, type = 'internationalizedArrayStringValue') =>
  Object.entries({en, ...other}).map(([language, value]) => ({_key: language, _type: type, language, value}))
const locText = (en: string) => loc(en, {}, 'internationalizedArrayTextValue')
const lines = (items: string[]) => items.map((line, i) => ({_key: `l${i}`, _type: 'localizedLine', text: loc(line)}))
const estimate = {_type: 'basis', kind: 'estimate'}

const skill = (id: string, title: string, category: string): Doc => ({
  _id: `skill-${id}`,
  _type: 'skill',
  title: loc(title),
  slug: slug(id),
  category,
  description: locText(`${title}, as used in IT support work.`),
})

const cert = (id: string, title: string, extra: Record<string, unknown> = {}): Doc => ({
  _id: `cert-${id}`,
  _type: 'certification',
  title: loc(title),
  slug: slug(id),
  vendor: ref('org-vendor'),
  level: 'entry',
  status: 'active',
  ...extra,
})

const resource = (id: string, title: string, skills: string[]): Doc => ({
  _id: `resource-${id}`,
  _type: 'resource',
  title,
  kind: 'book',
  cost: 'paid',
  publisher: ref('org-publisher'),
  skills: skills.map((s, i) => ref(`skill-${s}`, `s${i}`)),
})

interface RoleSpec {
  title: string
  track: string
  /** Omitted for roles in a family. */
  rung?: number
  seniority: number
  titles?: Record<string, string>
  degrees?: string[]
  aliases?: string[]
  skills: Record<string, number>
  certs?: string[]
  resources?: string[]
  responsibilities: string[]
  experience?: {min: number; max?: number}
  moves?: [to: string, kind: string, years: number, conditions?: string[]][]
}

const role = (id: string, spec: RoleSpec): Doc => ({
  _id: `role-${id}`,
  _type: 'role',
  title: loc(spec.title, spec.titles),
  slug: slug(id),
  aliases: spec.aliases ?? [],
  track: ref(`track-${spec.track}`),
  ...(spec.rung === undefined ? {} : {rung: spec.rung}),
  seniority: spec.seniority,
  summary: locText(`${spec.title} in the fixture curriculum.`),
  responsibilities: lines(spec.responsibilities),
  skills: Object.entries(spec.skills).map(([s, proficiency], i) => ({_type: 'roleSkill', _key: `k${i}`, skill: ref(`skill-${s}`), proficiency})),
  credentials: [...(spec.certs ?? []).map((c) => `cert-${c}`), ...(spec.degrees ?? []).map((d) => `degree-${d}`)].map((id, i) => ref(id, `c${i}`)),
  resources: (spec.resources ?? []).map((r, i) => ref(`resource-${r}`, `r${i}`)),
  ...(spec.experience ? {experience: {_type: 'experienceRange', ...spec.experience}} : {}),
  transitions: (spec.moves ?? []).map(([to, kind, typicalYears, conditions], i) => ({
    _type: 'transition',
    _key: `t${i}`,
    to: ref(`role-${to}`),
    kind,
    typicalYears,
    typicalYearsBasis: estimate,
    ...(conditions ? {conditions: lines(conditions)} : {}),
  })),
})

export function fixtureDocuments(): Doc[] {
  return [
    {_id: 'track-support', _type: 'track', title: loc('Support'), slug: slug('support'), kind: 'technician'},
    {_id: 'track-management', _type: 'track', title: loc('Management'), slug: slug('management'), kind: 'management'},
    {_id: 'track-alternative', _type: 'track', title: loc('Other paths'), slug: slug('other-paths'), kind: 'family'},

    {_id: 'org-vendor', _type: 'organisation', title: loc('Vendor'), slug: slug('vendor')},
    {_id: 'org-publisher', _type: 'organisation', title: loc('Publisher'), slug: slug('publisher')},
    {_id: 'degree-bachelor-it', _type: 'degree', title: loc('Bachelor of IT'), slug: slug('bachelor-it'), level: 'bachelor'},

    skill('troubleshooting', 'Troubleshooting', 'technical'),
    skill('customer-service', 'Customer service', 'interpersonal'),
    skill('networking', 'Networking', 'technical'),
    skill('leadership', 'Leadership', 'leadership'),
    skill('budgeting', 'Budgeting', 'business'),

    cert('comptia-a-plus', 'CompTIA A+', {skills: [ref('skill-troubleshooting', 'a')]}),
    cert('comptia-network-plus', 'CompTIA Network+', {skills: [ref('skill-networking', 'a')]}),
    cert('itil-v3-foundation', 'ITIL v3 Foundation', {status: 'retired', retiredOn: '2022-06-30', successor: ref('cert-itil-4-foundation')}),
    cert('itil-4-foundation', 'ITIL 4 Foundation', {skills: [ref('skill-customer-service', 'a')]}),
    cert('mcsa', 'MCSA', {status: 'retired', retiredOn: '2021-01-31'}),
    cert('pmp', 'PMP', {level: 'professional', skills: [ref('skill-leadership', 'a'), ref('skill-budgeting', 'b')]}),

    resource('phoenix-project', 'The Phoenix Project', ['leadership']),
    resource('it-budgeting', 'Budgeting for IT managers', ['budgeting', 'leadership']),
    resource('itil-course', 'ITIL 4 course', ['customer-service']),
    resource('networking-course', 'Networking course', ['networking']),
    {_id: 'resource-managers-community', _type: 'resource', title: 'Support managers community', kind: 'community', cost: 'free', costBasis: {_type: 'basis', kind: 'added'}},

    role('help-desk-technician', {
      title: 'Help desk technician',
      track: 'support',
      rung: 1,
      seniority: 1,
      aliases: ['IT helpdesk analyst'],
      skills: {troubleshooting: 2, 'customer-service': 2},
      certs: ['comptia-a-plus'],
      responsibilities: ['Answer tickets', 'Reset passwords'],
      experience: {min: 0, max: 2},
      moves: [
        ['desktop-support-technician', 'promotion', 2],
        ['support-specialist', 'promotion', 1.5, ['Owns a queue']],
      ],
    }),
    role('desktop-support-technician', {
      title: 'Desktop support technician',
      track: 'support',
      rung: 2,
      seniority: 2,
      skills: {troubleshooting: 3, 'customer-service': 2, networking: 2},
      certs: ['comptia-network-plus'],
      responsibilities: ['answer  tickets', 'Image laptops'],
      experience: {min: 1, max: 4},
      moves: [
        ['it-support-manager', 'promotion', 2],
        ['support-specialist', 'lateral', 1],
        ['systems-administrator', 'specialisation', 3],
      ],
    }),
    role('support-specialist', {
      title: 'Support specialist',
      track: 'support',
      rung: 3,
      seniority: 2,
      aliases: ['IT support specialist'],
      skills: {troubleshooting: 3, 'customer-service': 3},
      certs: ['itil-v3-foundation'],
      responsibilities: ['Answer tickets', 'Write knowledge articles'],
      moves: [
        ['it-support-manager', 'promotion', 4],
        ['desktop-support-technician', 'lateral', 1],
        ['customer-success-manager', 'lateral', 1],
      ],
    }),
    role('systems-administrator', {
      title: 'Systems administrator',
      track: 'support',
      rung: 4,
      seniority: 3,
      skills: {troubleshooting: 4, networking: 4},
      certs: ['mcsa'],
      resources: ['networking-course'],
      responsibilities: ['Run servers'],
      moves: [['it-support-manager', 'lateral', 1]],
    }),
    role('customer-success-manager', {
      title: 'Customer success manager',
      track: 'alternative',
      seniority: 2,
      skills: {'customer-service': 4},
      responsibilities: ['Keep customers'],
      moves: [['support-specialist', 'lateral', 1]],
    }),
    role('it-support-manager', {
      title: 'IT support manager',
      track: 'management',
      rung: 1,
      seniority: 3,
      degrees: ['bachelor-it'],
      skills: {troubleshooting: 3, 'customer-service': 3, leadership: 3, budgeting: 2},
      certs: ['itil-v3-foundation', 'pmp', 'comptia-a-plus'],
      resources: ['managers-community', 'phoenix-project'],
      responsibilities: ['Lead the support team', 'Answer tickets', 'Own the budget'],
      experience: {min: 5},
      moves: [['cio', 'promotion', 5]],
    }),
    role('cio', {
      title: 'Chief information officer',
      titles: {fr: 'Directeur des systèmes d’information'},
      track: 'management',
      rung: 2,
      seniority: 7,
      aliases: ['CIO'],
      skills: {leadership: 5, budgeting: 4, troubleshooting: 2},
      responsibilities: ['Set IT strategy', 'Own the budget'],
      experience: {min: 12},
    }),

    // Ignored: a draft that would rename a role, and a type the graph does not read.
    {_id: 'drafts.role-help-desk-technician', _type: 'role', title: loc('Draft title'), slug: slug('help-desk-technician')},
    {_id: 'faq-1', _type: 'faq', question: 'Ignored?', slug: slug('ignored')},
  ]
}
