/** Every figure and link says where it comes from (v2 `basis`), and the lists in edits/provenance.ts match the seed. */
import {describe, expect, it} from 'vitest'
import {addedMoveNote, newMoves} from './edits/moves.ts'
import {freeAuditUrls, learningPathSource, learningPathUrls} from './edits/provenance.ts'
import {loadCommitted, walk} from './testing/dataset.ts'
import {readSeed, seedFileOf} from './testing/seeds.ts'

const docs = loadCommitted()
const seedText = readSeed(seedFileOf[learningPathSource])
const seedLinks = [...seedText.matchAll(/\[[^\]]*\]\((https?:\/\/[^)\s]+)\)/g)].map((m) => m[1]!)
const freeAuditInSeed = seedText
  .split('\n')
  .filter((line) => /\(Free audit\)/i.test(line))
  .flatMap((line) => [...line.matchAll(/\((https?:\/\/[^)\s]+)\)/g)].map((m) => m[1]!))

interface Basis {
  _type?: string
  kind?: string
  source?: {_ref: string}
}

describe('the provenance lists', () => {
  it('hold exactly the learning-path seed\'s 33 links, in its order', () => {
    expect(learningPathUrls).toEqual(seedLinks)
    expect(learningPathUrls).toHaveLength(33)
  })

  it('hold exactly the courses the seed marks "Free audit"', () => {
    expect([...freeAuditUrls].sort()).toEqual([...freeAuditInSeed].sort())
    expect(freeAuditUrls).toHaveLength(2)
  })
})

describe('every number has a basis', () => {
  const roles = docs.filter((d) => d._type === 'role') as unknown as {
    _id: string
    experience?: {basis?: Basis}
    skills?: {_key: string; proficiencyBasis?: Basis}[]
    transitions?: {_key: string; typicalYearsBasis?: Basis}[]
  }[]
  const resources = docs.filter((d) => d._type === 'resource') as unknown as {_id: string; url?: string; cost: string; costBasis?: Basis}[]

  it('typical years, experience ranges and proficiencies: our estimates (no seed gives them)', () => {
    const missing: string[] = []
    for (const role of roles) {
      if (role.experience && role.experience.basis?.kind !== 'estimate') missing.push(`${role._id} experience`)
      for (const s of role.skills ?? []) if (s.proficiencyBasis?.kind !== 'estimate') missing.push(`${role._id} skills ${s._key}`)
      for (const t of role.transitions ?? []) if (t.typicalYearsBasis?.kind !== 'estimate') missing.push(`${role._id} transitions ${t._key}`)
    }
    expect(missing).toEqual([])
    expect(roles.filter((r) => r.experience).length).toBe(25)
  })

  it('moves we added say so beside their estimated time', () => {
    const added = roles.flatMap((r) => (r.transitions ?? []).filter((t) => t.typicalYearsBasis && (t.typicalYearsBasis as {note?: string}).note).map((t) => `${r._id} ${t._key}`))
    expect(added).toHaveLength(newMoves.length)
    for (const m of newMoves) {
      const t = roles.find((r) => r._id === m.from)!.transitions!.find((x) => x._key === `${m.kind}-${m.to.replace(/^role-/, '')}`)!
      expect(t.typicalYearsBasis, `${m.from} → ${m.to}`).toEqual({_type: 'basis', kind: 'estimate', note: addedMoveNote})
    }
  })

  it('resource costs: the seed for its two "Free audit" courses, our estimate for the rest', () => {
    for (const r of resources) {
      const given = r.url !== undefined && freeAuditInSeed.includes(r.url)
      expect(r.costBasis, r._id).toEqual(given ? {_type: 'basis', kind: 'source', source: {_type: 'reference', _ref: learningPathSource}, note: expect.any(String)} : {_type: 'basis', kind: 'estimate'})
      if (given) expect(r.cost, r._id).toBe('free-audit')
    }
  })
})

describe('every link has a basis', () => {
  it('"source" (the learning-path seed) exactly when that seed gives the address, "added" otherwise', () => {
    const problems: string[] = []
    let fromSeed = 0
    for (const doc of docs) {
      const {url, urlBasis} = doc as {url?: string; urlBasis?: Basis}
      if (url === undefined) {
        if (urlBasis) problems.push(`${doc._id}: a basis but no url`)
        continue
      }
      if (doc._type === 'sourceArticle') continue // the Studio has no urlBasis there; none has a url yet
      const expected = seedLinks.includes(url) ? {_type: 'basis', kind: 'source', source: {_type: 'reference', _ref: learningPathSource}} : {_type: 'basis', kind: 'added'}
      if (JSON.stringify(urlBasis) !== JSON.stringify(expected)) problems.push(`${doc._id}: ${JSON.stringify(urlBasis)}`)
      if (urlBasis?.kind === 'source') fromSeed++
    }
    expect(problems).toEqual([])
    // 33 resources carry the seed's links; the AWS and ITIL certifications share two of them
    expect(fromSeed).toBe(35)
  })

  it('names a source article only when the basis is "source"', () => {
    for (const doc of docs) {
      walk(doc, (value, path) => {
        if (!value || typeof value !== 'object' || (value as {_type?: string})._type !== 'basis') return
        const basis = value as Basis
        expect(['source', 'estimate', 'added'], `${doc._id} ${path}`).toContain(basis.kind)
        expect(Boolean(basis.source), `${doc._id} ${path}`).toBe(basis.kind === 'source')
      })
    }
  })
})
