/**
 * A tiny valid curriculum (two tracks, three roles and what they reference)
 * for tests that need to break one thing on purpose. Each call returns fresh
 * objects, so a test can mutate its copy.
 */
const ref = (id: string, key?: string) => ({_type: 'reference', _ref: id, ...(key ? {_key: key} : {})})
const slug = (current: string) => ({_type: 'slug', current})
const summary = 'A short description long enough for the twenty character minimum.'

export function fixtureDocuments(): Record<string, unknown>[] {
  return [
    {_id: 'source-a', _type: 'sourceArticle', title: 'Source A', url: 'https://example.com/a', language: 'en'},
    {_id: 'skill-troubleshooting', _type: 'skill', title: 'Troubleshooting', slug: slug('troubleshooting'), category: 'technical', description: 'Finding the cause of a problem and fixing it.', language: 'en'},
    {_id: 'skill-leadership', _type: 'skill', title: 'Leadership', slug: slug('leadership'), category: 'leadership', description: 'Helping a team to do its best work together.', language: 'en'},
    {_id: 'cert-a-plus', _type: 'certification', title: 'CompTIA A+', slug: slug('comptia-a-plus'), kind: 'certification', vendor: 'CompTIA', level: 'entry', summary, status: 'active', skills: [ref('skill-troubleshooting', 'k1')], language: 'en'},
    {_id: 'cert-old', _type: 'certification', title: 'Old cert', slug: slug('old-cert'), kind: 'certification', vendor: 'Acme', level: 'associate', summary, status: 'retired', retiredOn: '2020-01-31', successor: ref('cert-a-plus'), language: 'en'},
    {_id: 'resource-book', _type: 'resource', title: 'The Book', kind: 'book', cost: 'paid', authors: ['A. Author'], summary, topics: ['itil'], skills: [ref('skill-leadership', 'k1')], language: 'en'},
    {_id: 'track-support', _type: 'track', title: 'Support', slug: slug('support'), kind: 'technician', summary, roles: [ref('role-tech', 'r1'), ref('role-lead', 'r2')], sources: [ref('source-a', 's1')], language: 'en'},
    {_id: 'track-mgmt', _type: 'track', title: 'Management', slug: slug('management'), kind: 'management', summary, roles: [ref('role-manager', 'r1')], language: 'en'},
    {
      _id: 'role-tech', _type: 'role', title: 'Technician', slug: slug('technician'), aliases: ['Help desk tech'], track: ref('track-support'), level: 1, summary,
      responsibilities: ['Answer tickets'], skills: [{_type: 'roleSkill', _key: 's1', skill: ref('skill-troubleshooting'), proficiency: 2}],
      certifications: [ref('cert-a-plus', 'c1')], experience: {_type: 'experienceRange', min: 0, max: 2},
      transitions: [{_type: 'transition', _key: 't1', to: ref('role-lead'), kind: 'promotion', typicalYears: 2}], language: 'en',
    },
    {
      _id: 'role-lead', _type: 'role', title: 'Lead', slug: slug('lead'), track: ref('track-support'), level: 2, summary, responsibilities: ['Lead the shift'],
      skills: [{_type: 'roleSkill', _key: 's1', skill: ref('skill-troubleshooting'), proficiency: 3}, {_type: 'roleSkill', _key: 's2', skill: ref('skill-leadership'), proficiency: 2}],
      resources: [ref('resource-book', 'b1')],
      transitions: [{_type: 'transition', _key: 't1', to: ref('role-manager'), kind: 'lateral', typicalYears: 1}], language: 'en',
    },
    {_id: 'role-manager', _type: 'role', title: 'Manager', slug: slug('manager'), track: ref('track-mgmt'), level: 1, summary, responsibilities: ['Run the team'], language: 'en'},
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
