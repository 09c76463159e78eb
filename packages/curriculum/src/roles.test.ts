import {describe, expect, it} from 'vitest'
import {loadEnglish} from './testing/dataset.ts'
import {normalisedWords} from './testing/seeds.ts'

/** Every job title the seeds use, as they write it (read from all five articles by hand). */
const titlesInSeeds = [
  'Junior Support Engineer',
  'Senior Support Engineer',
  'Staff Support Engineer',
  'Principal Support Engineer',
  'Team Lead',
  'Manager',
  'Director of Support',
  'VP of Support',
  'Customer Success',
  'Product Management',
  'Sales Engineering',
  'DevRel',
  'Help Desk Technician',
  'Support Analyst',
  'Support Specialist',
  'IT Analyst',
  'Entry-Level Technician',
  'Senior Technician',
  'Systems Administrator',
  'Network Engineer',
  'Subject Matter Expert',
  'SME',
  'Technical Support Lead',
  'Technical Support Supervisor',
  'Team Lead/Supervisor',
  'IT support supervisor',
  'Senior support specialist',
  'IT support manager',
  'Director of IT Support',
  'Chief Information Officer (CIO)',
  'Chief Technology Officer (CTO)',
  'Computer user support specialist',
]

interface Role {
  _id: string
  title: string
  aliases?: string[]
}
const roles = loadEnglish().filter((d) => d._type === 'role') as unknown as Role[]
const norm = (s: string) => normalisedWords(s).join(' ')

describe('role names', () => {
  it.each(titlesInSeeds)('finds "%s" as a role title or alias', (title) => {
    const matches = roles.filter((r) => [r.title, ...(r.aliases ?? [])].some((n) => norm(n) === norm(title)))
    expect(matches.map((r) => r._id), title).toHaveLength(1)
  })

  it('never gives two roles the same name or alias', () => {
    const owner = new Map<string, string>()
    const clashes: string[] = []
    for (const role of roles) {
      for (const name of [role.title, ...(role.aliases ?? [])]) {
        const key = norm(name)
        const previous = owner.get(key)
        if (previous && previous !== role._id) clashes.push(`"${name}": ${previous} and ${role._id}`)
        owner.set(key, role._id)
      }
    }
    expect(clashes).toEqual([])
  })
})
