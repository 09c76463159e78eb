import {describe, expect, it} from 'vitest'
import {documents} from './documents.ts'
import {toNdjson} from './ndjson.ts'
import {committedNdjson, loadCommitted, walk} from './testing/dataset.ts'

const docs = loadCommitted()
const ids = new Set(docs.map((d) => d._id))

describe('the committed dataset file', () => {
  it('is exactly what the v1 fixture, the migration and the edits generate (run `pnpm --filter @careerpath/curriculum run build`)', () => {
    expect(committedNdjson()).toBe(toNdjson(documents))
  })

  it('has one JSON document per line and nothing else', () => {
    const lines = committedNdjson().split('\n')
    expect(lines.pop()).toBe('')
    lines.forEach((line, i) => {
      const parsed = JSON.parse(line) as {_id?: unknown}
      expect(typeof parsed._id, `line ${i + 1}`).toBe('string')
    })
    expect(lines.length).toBe(docs.length)
  })
})

describe('identity', () => {
  it('gives every document a unique, readable, public _id', () => {
    expect(ids.size).toBe(docs.length)
    for (const doc of docs) {
      expect(doc._id, 'ids use lowercase words and hyphens; a dot would hide the document').toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    }
  })

  it('gives slugs that match the Studio pattern and are unique per type (FAQs and guides: per type and language, so a translation keeps its original\'s slug)', () => {
    const seen = new Set<string>()
    for (const doc of docs) {
      const current = (doc.slug as {current?: string} | undefined)?.current
      if (current === undefined) continue
      expect(current, doc._id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      const key = doc._type === 'faq' || doc._type === 'guide' ? `${doc._type}/${String(doc.language)}/${current}` : `${doc._type}/${current}`
      expect(seen.has(key), `duplicate slug ${key}`).toBe(false)
      seen.add(key)
    }
  })
})

describe('references and keys', () => {
  it('resolves every _ref to a document in the dataset', () => {
    const dangling: string[] = []
    for (const doc of docs) {
      walk(doc, (value, path) => {
        if (value && typeof value === 'object' && '_ref' in value) {
          const target = (value as {_ref: unknown})._ref
          if (typeof target !== 'string' || !ids.has(target)) dangling.push(`${doc._id} ${path} → ${String(target)}`)
          expect((value as {_type?: unknown})._type, `${doc._id} ${path}`).toBe('reference')
        }
      })
    }
    expect(dangling).toEqual([])
  })

  it('gives every object in an array a _key that is unique within that array', () => {
    const problems: string[] = []
    for (const doc of docs) {
      walk(doc, (value, path) => {
        if (!Array.isArray(value)) return
        const keys = new Set<string>()
        value.forEach((item, i) => {
          if (!item || typeof item !== 'object') return
          const key = (item as {_key?: unknown})._key
          if (typeof key !== 'string' || key === '') problems.push(`${doc._id} ${path}[${i}] has no _key`)
          else if (keys.has(key)) problems.push(`${doc._id} ${path}[${i}] repeats _key "${key}"`)
          else keys.add(key)
        })
      })
    }
    expect(problems).toEqual([])
  })

  it('lists at least one source article on every document that has sources', () => {
    for (const doc of docs) {
      // Organisations are named by the documents that cite them; the source articles are the sources; translation metadata only links documents.
      if (doc._type === 'sourceArticle' || doc._type === 'organisation' || doc._type === 'translation.metadata') continue
      const sources = doc.sources as {_ref: string}[] | undefined
      expect(sources?.length, `${doc._id} cites no source`).toBeGreaterThan(0)
      for (const s of sources ?? []) expect(s._ref, doc._id).toMatch(/^source-/)
    }
  })

  it('uses only absolute http(s) addresses', () => {
    const bad: string[] = []
    for (const doc of docs) {
      walk(doc, (value, path) => {
        if (typeof value !== 'string') return
        const last = path.split('.').pop() ?? ''
        if (last === 'url' || last === 'href') {
          try {
            const url = new URL(value)
            if (url.protocol !== 'http:' && url.protocol !== 'https:') bad.push(`${doc._id} ${path}: ${value}`)
          } catch {
            bad.push(`${doc._id} ${path}: ${value}`)
          }
        }
      })
    }
    expect(bad).toEqual([])
  })
})
