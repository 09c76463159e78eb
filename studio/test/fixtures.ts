/**
 * A small, valid v2 curriculum: one ladder of three roles and a family of one,
 * the skills, credentials, organisations and resources they point at, a path,
 * an FAQ, a guide and a source. Rule tests copy one document, break one thing,
 * and validate it against the rest.
 */
import type {DocumentLike} from './validateDocuments'

const ref = (id: string, key?: string) => ({_type: 'reference', _ref: id, ...(key ? {_key: key} : {})})
const block = (text: string, key: string) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children: [{_type: 'span', _key: `${key}-s`, text, marks: []}],
})

/** A field-level translated value as sanity-plugin-internationalized-array 5 stores it. */
function loc(text: string, kind: 'string' | 'text' = 'string', language = 'en') {
  const _type = kind === 'text' ? 'internationalizedArrayTextValue' : 'internationalizedArrayStringValue'
  return [{_key: language, _type, language, value: text}]
}
const line = (text: string, key: string) => ({_type: 'localizedLine', _key: key, text: loc(text)})
const estimate = {_type: 'basis', kind: 'estimate'}

export const comptia: DocumentLike = {
  _id: 'org.comptia',
  _type: 'organisation',
  title: loc('CompTIA'),
  slug: {_type: 'slug', current: 'comptia'},
  url: 'https://www.comptia.org',
  urlBasis: {_type: 'basis', kind: 'added'},
}

export const publisher: DocumentLike = {
  _id: 'org.example-careers',
  _type: 'organisation',
  title: loc('Example Careers'),
  slug: {_type: 'slug', current: 'example-careers'},
}

export const source: DocumentLike = {
  _id: 'source.support-ladder',
  _type: 'sourceArticle',
  title: 'How IT support careers progress',
  publisher: ref('org.example-careers'),
  url: 'https://example.com/support-ladder',
  language: 'en',
}

const skill = (slug: string, title: string, category: string, description: string): DocumentLike => ({
  _id: `skill.${slug}`,
  _type: 'skill',
  title: loc(title),
  slug: {_type: 'slug', current: slug},
  category,
  description: loc(description, 'text'),
})

export const troubleshooting = skill('troubleshooting', 'Troubleshooting', 'technical', 'Finding the cause of a fault by narrowing it down step by step.')
export const communication = skill('communication', 'Communication', 'interpersonal', 'Explaining technical matters plainly to the people who need them fixed.')

export const aPlus: DocumentLike = {
  _id: 'cert.a-plus',
  _type: 'certification',
  title: loc('CompTIA A+'),
  slug: {_type: 'slug', current: 'comptia-a-plus'},
  vendor: ref('org.comptia'),
  level: 'entry',
  url: 'https://www.comptia.org/certifications/a',
  urlBasis: {_type: 'basis', kind: 'source', source: ref('source.support-ladder')},
  summary: loc('An entry credential covering hardware, operating systems and basic support work.', 'text'),
  skills: [ref('skill.troubleshooting', 'k1')],
  status: 'active',
}

export const bachelor: DocumentLike = {
  _id: 'degree.computer-science',
  _type: 'degree',
  title: loc("Bachelor's degree in computer science"),
  slug: {_type: 'slug', current: 'bachelors-computer-science'},
  level: 'bachelor',
  summary: loc('A university degree covering programming, networks, systems and the theory behind them.', 'text'),
  skills: [ref('skill.troubleshooting', 'k1')],
}

export const book: DocumentLike = {
  _id: 'resource.book',
  _type: 'resource',
  title: 'The Practice of System and Network Administration',
  kind: 'book',
  cost: 'paid',
  costBasis: estimate,
  authors: ['Thomas A. Limoncelli', 'Christina J. Hogan', 'Strata R. Chalup'],
  summary: loc('A broad handbook on running IT operations well, from help desks to data centres.', 'text'),
  topics: ['operations'],
  language: 'en',
}

export const track: DocumentLike = {
  _id: 'track.support',
  _type: 'track',
  title: loc('Support engineering'),
  slug: {_type: 'slug', current: 'support-engineering'},
  kind: 'individual-contributor',
  summary: loc('The individual contributor ladder from the help desk to senior support roles.', 'text'),
  sources: [ref('source.support-ladder', 's1')],
}

export const family: DocumentLike = {
  _id: 'track.beyond-support',
  _type: 'track',
  title: loc('Beyond support'),
  slug: {_type: 'slug', current: 'beyond-support'},
  kind: 'family',
  summary: loc('Careers people move into from support: customer success, product, sales engineering.', 'text'),
}

function role(id: string, title: string, slug: string, rung: number | undefined, seniority: number, extra: Record<string, unknown> = {}): DocumentLike {
  return {
    _id: id,
    _type: 'role',
    title: loc(title),
    slug: {_type: 'slug', current: slug},
    track: ref('track.support'),
    ...(rung === undefined ? {} : {rung}),
    seniority,
    summary: loc(`The ${title.toLowerCase()} role on the support engineering ladder.`, 'text'),
    responsibilities: [line('Resolve user issues', 'r1'), line('Keep tickets up to date', 'r2')],
    skills: [
      {_type: 'roleSkill', _key: 'sk1', skill: ref('skill.troubleshooting'), proficiency: seniority, proficiencyBasis: estimate},
      {_type: 'roleSkill', _key: 'sk2', skill: ref('skill.communication'), proficiency: seniority},
    ],
    credentials: [ref('cert.a-plus', 'c1')],
    experience: {_type: 'experienceRange', min: seniority - 1, max: seniority + 2, basis: estimate},
    resources: [ref('resource.book', 'b1')],
    ...extra,
  }
}

/** A next move; `kind` defaults to promotion. */
export const move = (to: string, key: string, kind = 'promotion') => ({
  _type: 'transition',
  _key: key,
  to: ref(to),
  kind,
  typicalYears: 2,
  typicalYearsBasis: estimate,
  conditions: [line('Handles escalations without help', 'c1')],
})

export const helpdesk = role('role.helpdesk', 'Help desk technician', 'help-desk-technician', 1, 1, {
  transitions: [move('role.analyst', 't1'), move('role.success', 't2', 'lateral')],
})
export const analyst = role('role.analyst', 'Support analyst', 'support-analyst', 2, 2, {transitions: [move('role.senior', 't1')]})
export const senior = role('role.senior', 'Senior support engineer', 'senior-support-engineer', 3, 3, {credentials: [ref('cert.a-plus', 'c1'), ref('degree.computer-science', 'c2')]})
export const success = role('role.success', 'Customer success manager', 'customer-success-manager', undefined, 1, {
  track: ref('track.beyond-support'),
  summary: loc('Keeps customers getting value from the product after the sale.', 'text'),
})

export const learningPath: DocumentLike = {
  _id: 'path.first-year',
  _type: 'learningPath',
  title: loc('Your first year in support'),
  slug: {_type: 'slug', current: 'first-year-in-support'},
  summary: loc('What to learn in the first twelve months on a help desk, in order.', 'text'),
  roles: [ref('role.helpdesk', 'r1')],
  modules: [
    {
      _type: 'learningModule',
      _key: 'm1',
      title: loc('Basics'),
      slug: {_type: 'slug', current: 'basics'},
      topics: [{_type: 'learningTopic', _key: 't1', title: loc('Tickets'), keyPoints: [line('Write down what you tried', 'k1')], resources: [ref('resource.book', 'b1')]}],
    },
    {
      _type: 'learningModule',
      _key: 'm2',
      title: loc('Networks'),
      slug: {_type: 'slug', current: 'networks'},
      topics: [{_type: 'learningTopic', _key: 't1', title: loc('DNS'), keyPoints: [line('Names resolve to addresses', 'k1')]}],
    },
  ],
}

export const faq: DocumentLike = {
  _id: 'faq.degree',
  _type: 'faq',
  question: 'Do I need a degree to start in IT support?',
  slug: {_type: 'slug', current: 'do-i-need-a-degree'},
  answer: [block('No. Many employers hire on certifications and experience.', 'a1')],
  roles: [ref('role.helpdesk', 'r1')],
  language: 'en',
}

export const guide: DocumentLike = {
  _id: 'guide.first-job',
  _type: 'guide',
  title: 'Land your first help desk job',
  slug: {_type: 'slug', current: 'land-your-first-help-desk-job'},
  summary: 'How to get from no experience to a first support role within a few months.',
  body: [block('Start with a recognised entry certification.', 'b1')],
  roles: [ref('role.helpdesk', 'r1')],
  sources: [ref('source.support-ladder', 's1')],
  language: 'en',
}

export const curriculum: readonly DocumentLike[] = [
  comptia,
  publisher,
  source,
  troubleshooting,
  communication,
  aPlus,
  bachelor,
  book,
  track,
  family,
  helpdesk,
  analyst,
  senior,
  success,
  learningPath,
  faq,
  guide,
]

/** A deep copy of `doc` with `changes` applied on top (shallow); `undefined` removes a field. */
export function edit(doc: DocumentLike, changes: Record<string, unknown>): DocumentLike {
  const copy: Record<string, unknown> = {...structuredClone(doc), ...changes}
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete copy[key]
  return copy as DocumentLike
}

/** The curriculum with `docs` replacing the stored documents of the same id (others added). */
export function datasetWith(...docs: DocumentLike[]): DocumentLike[] {
  const ids = new Set(docs.map((d) => d._id))
  return [...curriculum.filter((d) => !ids.has(d._id)), ...docs]
}

/** The curriculum without the given ids. */
export const datasetWithout = (...ids: string[]) => curriculum.filter((d) => !ids.includes(d._id))

export {ref, block, loc, line}
