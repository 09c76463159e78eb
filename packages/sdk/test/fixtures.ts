/**
 * A tiny valid curriculum (a ladder and a family, three roles and what they reference)
 * for tests that need to break one thing on purpose. Each call returns fresh
 * objects, so a test can mutate its copy.
 */
const ref = (id: string, key?: string) => ({_type: 'reference', _ref: id, ...(key ? {_key: key} : {})})
const slug = (current: string) => ({_type: 'slug', current})
const loc = (value: string, type = 'internationalizedArrayStringValue') => [{_key: 'en', _type: type, language: 'en', value}]
const summary = loc('A short description long enough for the twenty character minimum.', 'internationalizedArrayTextValue')
const lines = (...items: string[]) => items.map((line, i) => ({_key: `l${i}`, _type: 'localizedLine', text: loc(line)}))

/** Content model v2: localized fields, roles on rungs with a seniority, organisations, degrees, a family. */
export function fixtureDocuments(): Record<string, unknown>[] {
  return [
    {_id: 'source-a', _type: 'sourceArticle', title: 'Source A', url: 'https://example.com/a', publisher: ref('org-comptia'), language: 'en'},
    {_id: 'org-comptia', _type: 'organisation', title: loc('CompTIA'), slug: slug('comptia'), url: 'https://www.comptia.org/', urlBasis: {_type: 'basis', kind: 'added'}},
    {_id: 'org-acme', _type: 'organisation', title: loc('Acme'), slug: slug('acme')},
    {_id: 'skill-troubleshooting', _type: 'skill', title: loc('Troubleshooting'), slug: slug('troubleshooting'), category: 'technical', description: loc('Finding the cause of a problem and fixing it.', 'internationalizedArrayTextValue')},
    {_id: 'skill-leadership', _type: 'skill', title: loc('Leadership'), slug: slug('leadership'), category: 'leadership', description: loc('Helping a team to do its best work together.', 'internationalizedArrayTextValue')},
    {_id: 'cert-a-plus', _type: 'certification', title: loc('CompTIA A+'), slug: slug('comptia-a-plus'), vendor: ref('org-comptia'), level: 'entry', summary, status: 'active', skills: [ref('skill-troubleshooting', 'k1')]},
    {_id: 'cert-old', _type: 'certification', title: loc('Old cert'), slug: slug('old-cert'), vendor: ref('org-acme'), level: 'associate', summary, status: 'retired', retiredOn: '2020-01-31', successor: ref('cert-a-plus')},
    {_id: 'degree-bsc', _type: 'degree', title: loc('Bachelor of IT'), slug: slug('bachelor-it'), level: 'bachelor', summary, skills: [ref('skill-troubleshooting', 'k1')]},
    {_id: 'resource-book', _type: 'resource', title: 'The Book', kind: 'book', cost: 'paid', costBasis: {_type: 'basis', kind: 'source', source: ref('source-a')}, publisher: ref('org-acme'), authors: ['A. Author'], summary, topics: ['itil'], skills: [ref('skill-leadership', 'k1')], language: 'en'},
    {_id: 'track-support', _type: 'track', title: loc('Support'), slug: slug('support'), kind: 'technician', summary, sources: [ref('source-a', 's1')]},
    {_id: 'track-mgmt', _type: 'track', title: loc('Management'), slug: slug('management'), kind: 'family', summary},
    {
      _id: 'role-tech', _type: 'role', title: loc('Technician'), slug: slug('technician'), aliases: ['Help desk tech'], track: ref('track-support'), rung: 1, seniority: 1, summary,
      responsibilities: lines('Answer tickets'), skills: [{_type: 'roleSkill', _key: 's1', skill: ref('skill-troubleshooting'), proficiency: 2, proficiencyBasis: {_type: 'basis', kind: 'estimate'}}],
      credentials: [ref('cert-a-plus', 'c1'), ref('degree-bsc', 'c2')], experience: {_type: 'experienceRange', min: 0, max: 2, basis: {_type: 'basis', kind: 'estimate', note: 'Typical postings'}},
      transitions: [{_type: 'transition', _key: 't1', to: ref('role-lead'), kind: 'promotion', typicalYears: 2, typicalYearsBasis: {_type: 'basis', kind: 'source', source: ref('source-a')}, conditions: lines('Owns a queue')}],
    },
    {
      _id: 'role-lead', _type: 'role', title: loc('Lead'), slug: slug('lead'), track: ref('track-support'), rung: 2, seniority: 3, summary, responsibilities: lines('Lead the shift'),
      skills: [{_type: 'roleSkill', _key: 's1', skill: ref('skill-troubleshooting'), proficiency: 3}, {_type: 'roleSkill', _key: 's2', skill: ref('skill-leadership'), proficiency: 2}],
      resources: [ref('resource-book', 'b1')],
      transitions: [{_type: 'transition', _key: 't1', to: ref('role-manager'), kind: 'lateral', typicalYears: 1, advice: loc('Ask for a trial period.', 'internationalizedArrayTextValue')}],
    },
    {_id: 'role-manager', _type: 'role', title: loc('Manager'), slug: slug('manager'), track: ref('track-mgmt'), seniority: 3, summary, responsibilities: lines('Run the team')},
    {_id: 'faq-what', _type: 'faq', question: 'What does a technician do?', slug: slug('what-does-a-technician-do'), answer: [{_type: 'block', _key: 'b1', style: 'normal', markDefs: [], children: [{_type: 'span', _key: 'x', text: 'They fix things.', marks: []}]}], roles: [ref('role-tech', 'r1')], language: 'en'},
  ]
}

export const byId = (docs: Record<string, unknown>[], id: string) => {
  const doc = docs.find((d) => d._id === id)
  if (!doc) throw new Error(`fixture has no ${id}`)
  return doc as Record<string, any>
}

/** The error a promise rejects with, checked by a guard (fails the test if it resolves or rejects otherwise). */
export async function rejection<E>(promise: Promise<unknown>, guard: (value: unknown) => value is E): Promise<E> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!guard(error)) throw new Error(`expected a ${guard.name.replace(/^is/, '')}, got ${String(error)}`)
  return error
}
