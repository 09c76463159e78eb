/**
 * A small, valid curriculum: one ladder of three roles with the skills,
 * certifications, resources, path, FAQ, guide and source they point at. Rule
 * tests copy one document, break one thing, and validate it against the rest.
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

export const source: DocumentLike = {
  _id: 'source.support-ladder',
  _type: 'sourceArticle',
  title: 'How IT support careers progress',
  publisher: 'Example Careers',
  url: 'https://example.com/support-ladder',
  language: 'en',
}

const skill = (slug: string, title: string, category: string, description: string): DocumentLike => ({
  _id: `skill.${slug}`,
  _type: 'skill',
  title,
  slug: {_type: 'slug', current: slug},
  category,
  description,
  language: 'en',
})

export const troubleshooting = skill('troubleshooting', 'Troubleshooting', 'technical', 'Finding the cause of a fault by narrowing it down step by step.')
export const communication = skill('communication', 'Communication', 'interpersonal', 'Explaining technical matters plainly to the people who need them fixed.')

export const aPlus: DocumentLike = {
  _id: 'cert.a-plus',
  _type: 'certification',
  title: 'CompTIA A+',
  slug: {_type: 'slug', current: 'comptia-a-plus'},
  kind: 'certification',
  vendor: 'CompTIA',
  level: 'entry',
  url: 'https://www.comptia.org/certifications/a',
  summary: 'An entry credential covering hardware, operating systems and basic support work.',
  skills: [ref('skill.troubleshooting', 'k1')],
  status: 'active',
  language: 'en',
}

export const book: DocumentLike = {
  _id: 'resource.book',
  _type: 'resource',
  title: 'The Practice of System and Network Administration',
  kind: 'book',
  cost: 'paid',
  authors: ['Thomas A. Limoncelli', 'Christina J. Hogan', 'Strata R. Chalup'],
  summary: 'A broad handbook on running IT operations well, from help desks to data centres.',
  topics: ['operations'],
  language: 'en',
}

export const track: DocumentLike = {
  _id: 'track.support',
  _type: 'track',
  title: 'Support engineering',
  slug: {_type: 'slug', current: 'support-engineering'},
  kind: 'individual-contributor',
  summary: 'The individual contributor ladder from the help desk to senior support roles.',
  roles: [ref('role.helpdesk', 'r1'), ref('role.analyst', 'r2'), ref('role.senior', 'r3')],
  sources: [ref('source.support-ladder', 's1')],
  language: 'en',
}

function role(id: string, title: string, slug: string, level: number, extra: Record<string, unknown> = {}): DocumentLike {
  return {
    _id: id,
    _type: 'role',
    title,
    slug: {_type: 'slug', current: slug},
    track: ref('track.support'),
    level,
    summary: `The ${title.toLowerCase()} role on the support engineering ladder.`,
    responsibilities: ['Resolve user issues', 'Keep tickets up to date'],
    skills: [
      {_type: 'roleSkill', _key: 'sk1', skill: ref('skill.troubleshooting'), proficiency: level},
      {_type: 'roleSkill', _key: 'sk2', skill: ref('skill.communication'), proficiency: level},
    ],
    certifications: [ref('cert.a-plus', 'c1')],
    experience: {_type: 'experienceRange', min: level - 1, max: level + 2},
    resources: [ref('resource.book', 'b1')],
    language: 'en',
    ...extra,
  }
}

const promotion = (to: string, key: string) => ({
  _type: 'transition',
  _key: key,
  to: ref(to),
  kind: 'promotion',
  typicalYears: 2,
  conditions: ['Handles escalations without help'],
})

export const helpdesk = role('role.helpdesk', 'Help desk technician', 'help-desk-technician', 1, {transitions: [promotion('role.analyst', 't1')]})
export const analyst = role('role.analyst', 'Support analyst', 'support-analyst', 2, {transitions: [promotion('role.senior', 't1')]})
export const senior = role('role.senior', 'Senior support engineer', 'senior-support-engineer', 3)

export const learningPath: DocumentLike = {
  _id: 'path.first-year',
  _type: 'learningPath',
  title: 'Your first year in support',
  slug: {_type: 'slug', current: 'first-year-in-support'},
  summary: 'What to learn in the first twelve months on a help desk, in order.',
  roles: [ref('role.helpdesk', 'r1')],
  modules: [
    {
      _type: 'learningModule',
      _key: 'm1',
      title: 'Basics',
      slug: {_type: 'slug', current: 'basics'},
      topics: [{_type: 'learningTopic', _key: 't1', title: 'Tickets', keyPoints: ['Write down what you tried'], resources: [ref('resource.book', 'b1')]}],
    },
    {
      _type: 'learningModule',
      _key: 'm2',
      title: 'Networks',
      slug: {_type: 'slug', current: 'networks'},
      topics: [{_type: 'learningTopic', _key: 't1', title: 'DNS', keyPoints: ['Names resolve to addresses']}],
    },
  ],
  language: 'en',
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
  source,
  troubleshooting,
  communication,
  aPlus,
  book,
  track,
  helpdesk,
  analyst,
  senior,
  learningPath,
  faq,
  guide,
]

/** A deep copy of `doc` with `changes` applied on top (shallow), for "break one thing" tests. */
export function edit(doc: DocumentLike, changes: Record<string, unknown>): DocumentLike {
  return {...structuredClone(doc), ...changes}
}

/** The curriculum with `doc` replacing the stored document of the same id. */
export function datasetWith(...docs: DocumentLike[]): DocumentLike[] {
  const ids = new Set(docs.map((d) => d._id))
  return [...curriculum.filter((d) => !ids.has(d._id)), ...docs]
}

export {ref, block}
