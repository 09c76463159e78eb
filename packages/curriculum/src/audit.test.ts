/** AUDIT.md's fact table, checked row by row against the dataset: every seed fact is where the table says. */
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {checkRow, readAudit, valuesAt} from './testing/audit.ts'
import {loadEnglish} from './testing/dataset.ts'
import {readSeeds, seedFileOf} from './testing/seeds.ts'

const auditPath = fileURLToPath(new URL('../AUDIT.md', import.meta.url))
const {seeds, rows} = readAudit(auditPath)
const docs = loadEnglish()
const byId = new Map(docs.map((d) => [d._id, d]))

describe('AUDIT.md', () => {
  it('names the five seeds by their files and source articles', () => {
    expect([...seeds.values()].map((s) => s.file).sort()).toEqual(readSeeds().map((s) => s.name))
    for (const {file, source} of seeds.values()) expect(seedFileOf[source as keyof typeof seedFileOf], source).toBe(file)
  })

  it('has numbered rows, each from a listed seed, with every cell filled', () => {
    expect(rows.length).toBeGreaterThan(300)
    rows.forEach((row, i) => {
      expect(row.n, `line ${row.line}`).toBe(i + 1)
      expect(seeds.has(row.seed), `line ${row.line}: seed ${row.seed}`).toBe(true)
      for (const cell of [row.fact, row.document, row.path, row.expect]) expect(cell.length, `line ${row.line}`).toBeGreaterThan(0)
    })
    for (const seed of seeds.keys()) expect(rows.some((r) => r.seed === seed), seed).toBe(true)
  })

  it('finds every fact where the table says it lives', () => {
    const problems = rows.map((row) => checkRow(row, byId)).filter(Boolean)
    expect(problems).toEqual([])
  })

  it('finds each fact in a document that cites its seed', () => {
    const uncited = rows
      .filter((row) => {
        const doc = byId.get(row.document)
        return doc && Array.isArray(doc.sources) && !(doc.sources as {_ref: string}[]).some((s) => s._ref === seeds.get(row.seed)!.source)
      })
      .map((row) => `#${row.n} ${row.document} does not cite ${seeds.get(row.seed)!.source}`)
    expect(uncited).toEqual([])
  })

  it('would catch a fact that moved (the check can fail)', () => {
    const row = rows.find((r) => r.document === 'role-help-desk-technician' && r.path === 'seniority')!
    expect(checkRow(row, byId)).toBeNull()
    const moved = {...byId.get(row.document)!, seniority: 2}
    expect(checkRow(row, new Map([[row.document, moved]]))).toMatch(/expected = 1/)
    expect(checkRow({...row, path: 'transitions[to=role-nowhere].kind'}, byId)).toMatch(/nothing at/)
    expect(valuesAt({a: [{_key: 'x', b: 1}, {_key: 'y', b: 2}]}, 'a[y].b')).toEqual([2])
  })

  it('is beside the package', () => {
    expect(existsSync(auditPath)).toBe(true)
  })
})
