import {describe, expect, it} from 'vitest'
import {loadEnglish} from './testing/dataset.ts'

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
  vendor: {_ref: string}
  status: string
  retiredOn?: string
  successor?: {_ref: string}
}
interface Degree {
  _id: string
  title: string
  level: string
  awardingBody?: {_ref: string}
}

const docs = loadEnglish()
const certs = docs.filter((d) => d._type === 'certification') as unknown as Cert[]
const degrees = docs.filter((d) => d._type === 'degree') as unknown as Degree[]
const byId = new Map(certs.map((c) => [c._id, c]))
const docById = new Map(docs.map((d) => [d._id, d]))

describe('certifications and degrees', () => {
  it.each(namedInSeeds)('includes %s', (name) => {
    const found = [...certs, ...degrees].filter((c) => c.title.toLowerCase().includes(name.toLowerCase()))
    expect(found.length, `no certification or degree title contains "${name}"`).toBeGreaterThan(0)
  })

  it('marks the MCSE and MCITP as retired, with dates, and points each to its successor', () => {
    const mcse = byId.get('cert-microsoft-mcse')!
    const mcitp = byId.get('cert-microsoft-mcitp')!
    expect(mcse.status).toBe('retired')
    expect(mcitp.status).toBe('retired')
    expect(mcitp.successor?._ref).toBe('cert-microsoft-mcse')
    expect(mcse.successor?._ref).toBe('cert-microsoft-role-based-certifications')
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

  it('keeps degrees apart from vendor certifications, as degree documents with a level', () => {
    expect(degrees.map((d) => [d._id, d.level])).toEqual([
      ['degree-bachelors-computer-science', 'bachelor'],
      ['degree-masters-information-technology', 'master'],
      ['degree-mba-it-management', 'master'],
    ])
    for (const d of degrees) expect(d.awardingBody, `${d._id}: "universities and colleges" is no one organisation`).toBeUndefined()
    for (const c of certs) expect(c, c._id).not.toHaveProperty('kind')
  })

  it('has every certification awarded by an organisation document', () => {
    for (const c of certs) expect(docById.get(c.vendor._ref)?._type, c._id).toBe('organisation')
    expect(byId.get('cert-pmp')!.vendor._ref).toBe('org-project-management-institute')
    expect(byId.get('cert-itil-foundation')!.vendor._ref).toBe('org-axelos')
  })

  it('lets roles recommend the degrees by their new ids', () => {
    const credentials = docs.filter((d) => d._type === 'role').flatMap((r) => ((r.credentials as {_ref: string}[] | undefined) ?? []).map((c) => c._ref))
    expect(credentials).toContain('degree-mba-it-management')
    expect(credentials.filter((id) => id.startsWith('cert-') && !byId.has(id))).toEqual([])
  })
})

describe('retired credentials', () => {
  const roles = docs.filter((d) => d._type === 'role') as unknown as {_id: string; credentials?: {_ref: string}[]}[]
  const retired = certs.filter((c) => c.status === 'retired')

  it('are the MCITP and the MCSE, kept as history with dates', () => {
    expect(retired.map((c) => [c._id, c.retiredOn])).toEqual([
      ['cert-microsoft-mcitp', '2016-07-31'],
      ['cert-microsoft-mcse', '2021-01-31'],
    ])
  })

  it('are recommended by no role', () => {
    const offending = roles.flatMap((r) => (r.credentials ?? []).filter((c) => byId.get(c._ref)?.status === 'retired').map((c) => `${r._id} → ${c._ref}`))
    expect(offending).toEqual([])
  })

  it('each lead, through its successors, to a current credential that roles recommend instead', () => {
    const recommended = new Set(roles.flatMap((r) => (r.credentials ?? []).map((c) => c._ref)))
    for (const c of retired) {
      let at: Cert | undefined = c
      const chain = [c._id]
      while (at?.status === 'retired' && at.successor) {
        at = byId.get(at.successor._ref)
        chain.push(at?._id ?? '?')
      }
      expect(at?.status, chain.join(' → ')).toBe('active')
      expect(recommended.has(at!._id), `${at!._id} is recommended somewhere`).toBe(true)
    }
    expect(byId.get('cert-microsoft-mcitp')!.successor?._ref).toBe('cert-microsoft-mcse')
    expect(byId.get('cert-microsoft-mcse')!.successor?._ref).toBe('cert-microsoft-role-based-certifications')
  })

  it('say in their summary that they are retired and what to take instead', () => {
    for (const c of retired) expect((c as unknown as {summary: string}).summary, c._id).toMatch(/retired.*role-based|role-based.*retired/is)
  })
})
