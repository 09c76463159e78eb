import {describe, expect, it} from 'vitest'
import {loadCommitted} from './testing/dataset.ts'

/** Every credential the seeds name, as they name it (read from all five articles by hand). */
const namedInSeeds = [
  'CompTIA A+',
  'Network+',
  'Security+',
  'Microsoft Certified IT Professional (MCITP)',
  'Microsoft Certified Solutions Expert (MCSE)',
  'Cisco Certified Network Associate (CCNA)',
  'Project Management Professional (PMP)',
  'ITIL',
  'AWS',
  'Azure',
  'GCP',
  'IT Support Professional Certificate',
  'Master of Business Administration (MBA)',
  "Master's degree in information technology",
  "Bachelor's degree",
]

interface Cert {
  _id: string
  title: string
  kind: string
  vendor: string
  status: string
  retiredOn?: string
  successor?: {_ref: string}
}

const certs = loadCommitted().filter((d) => d._type === 'certification') as unknown as Cert[]
const byId = new Map(certs.map((c) => [c._id, c]))

describe('certifications and degrees', () => {
  it.each(namedInSeeds)('includes %s', (name) => {
    const found = certs.filter((c) => c.title.toLowerCase().includes(name.toLowerCase()))
    expect(found.length, `no certification title contains "${name}"`).toBeGreaterThan(0)
  })

  it('marks the MCSE and MCITP as retired, with dates, and points the MCITP to its successor', () => {
    const mcse = byId.get('cert-microsoft-mcse')!
    const mcitp = byId.get('cert-microsoft-mcitp')!
    expect(mcse.status).toBe('retired')
    expect(mcitp.status).toBe('retired')
    expect(mcitp.successor?._ref).toBe('cert-microsoft-mcse')
  })

  it('gives every retired credential a real retirement date and no active one a date or successor', () => {
    for (const c of certs) {
      if (c.status === 'retired') {
        expect(c.retiredOn, c._id).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        expect(Number.isNaN(Date.parse(c.retiredOn!)), c._id).toBe(false)
        if (c.successor) expect(byId.has(c.successor._ref), `${c._id} successor`).toBe(true)
      } else {
        expect(c.retiredOn, c._id).toBeUndefined()
        expect(c.successor, c._id).toBeUndefined()
      }
    }
  })

  it('keeps degrees apart from vendor certifications', () => {
    const degrees = certs.filter((c) => c.kind === 'degree').map((c) => c._id)
    expect(degrees).toEqual(expect.arrayContaining(['cert-bachelors-computer-science', 'cert-masters-information-technology', 'cert-mba-it-management']))
    for (const c of certs) expect(['certification', 'degree']).toContain(c.kind)
  })
})
