import {describe, expect, it} from 'vitest'
import {loadEnglish, type Doc} from './testing/dataset.ts'
import {ngrams, normalisedWords, readSeeds} from './testing/seeds.ts'

const N = 12

/**
 * Fields that are not our prose: identifiers, closed-list values, addresses, and
 * names that must match the original exactly (resource, book and credential
 * titles, authors, publishers, the seed articles' own titles) and resource tags.
 */
const notProse = new Set(['_id', '_type', '_key', '_ref', 'current', 'language', 'url', 'href', 'kind', 'cost', 'status', 'level', 'category', 'style', 'listItem', 'marks', 'retiredOn'])

const namesByType: Record<string, string[]> = {
  resource: ['title', 'authors', 'topics'],
  certification: ['title'],
  degree: ['title'],
  organisation: ['title', 'aliases'],
  sourceArticle: ['title'],
}

/** Every piece of prose in a document, with where it lives. Portable Text blocks are joined so a sentence split by bold text is read whole. */
export function proseOf(doc: Doc): {path: string; text: string}[] {
  const out: {path: string; text: string}[] = []
  const skipTop = new Set(namesByType[doc._type] ?? [])
  const visit = (value: unknown, path: string, key: string): void => {
    if (notProse.has(key)) return
    if (typeof value === 'string') out.push({path, text: value})
    else if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}[${i}]`, key))
    else if (value && typeof value === 'object') {
      const obj = value as Record<string, unknown>
      if (obj._type === 'block' && Array.isArray(obj.children)) {
        out.push({path, text: (obj.children as {text: string}[]).map((c) => c.text).join('')})
        return
      }
      for (const [k, v] of Object.entries(obj)) visit(v, path ? `${path}.${k}` : k, k)
    }
  }
  for (const [k, v] of Object.entries(doc)) if (!skipTop.has(k)) visit(v, k, k)
  return out
}

function seedGrams(): Map<string, string> {
  const grams = new Map<string, string>()
  for (const seed of readSeeds()) for (const g of ngrams(normalisedWords(seed.text), N)) grams.set(g, seed.name)
  return grams
}

function copiedRuns(docs: Doc[], grams: Map<string, string>): string[] {
  const hits: string[] = []
  for (const doc of docs) {
    for (const {path, text} of proseOf(doc)) {
      for (const g of ngrams(normalisedWords(text), N)) {
        if (grams.has(g)) hits.push(`${doc._id} ${path}: "${g}" (from ${grams.get(g)})`)
      }
    }
  }
  return hits
}

describe(`no run of ${N} words is copied from a seed`, () => {
  const docs = loadEnglish()
  const grams = seedGrams()

  it('reads all five seeds', () => {
    expect(readSeeds().length).toBe(5)
    expect(grams.size).toBeGreaterThan(5000)
  })

  it('checks the prose fields that matter', () => {
    const paths = new Set(docs.flatMap((d) => proseOf(d).map((p) => `${d._type}.${p.path.replace(/\[\d+\]/g, '[]')}`)))
    for (const expected of [
      'role.summary',
      'role.responsibilities[]',
      'role.education',
      'role.transitions[].conditions[]',
      'faq.question',
      'faq.answer[]',
      'guide.summary',
      'guide.body[]',
      'learningPath.modules[].topics[].keyPoints[]',
      'resource.summary',
      'certification.summary',
      'skill.description',
      'track.summary',
      'degree.summary',
      'sourceArticle.note',
    ]) {
      expect(paths, expected).toContain(expected)
    }
  })

  it('finds a copied sentence when one is planted (the check can fail)', () => {
    const seed = readSeeds()[1]!
    const copied = normalisedWords(seed.text).slice(40, 40 + N).join(' ')
    const planted = {...docs.find((d) => d._type === 'role')!, summary: `Intro. ${copied}. Outro.`}
    expect(copiedRuns([planted], grams).length).toBeGreaterThan(0)
  })

  it('finds none in the dataset', () => {
    expect(copiedRuns(docs, grams)).toEqual([])
  })
})
