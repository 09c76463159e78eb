/**
 * The generated documents against the Studio's content model: field names from the
 * extracted studio/schema.json, closed lists from studio/schemaTypes/shared/options.ts,
 * and the rules in studio/schemaTypes restated as plain checks. (Running Sanity's own
 * validation engine over the dataset lives with the Studio's tests.)
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import * as studioOptions from '../../../studio/schemaTypes/shared/options.ts'
import * as ours from './types.ts'
import {english, loadCommitted, loadIn, walk, type Doc} from './testing/dataset.ts'
import {repoRoot} from './testing/seeds.ts'

interface SchemaType {
  name: string
  type: string
  attributes?: Record<string, {optional?: boolean}>
}
const schema = JSON.parse(readFileSync(join(repoRoot, 'studio/schema.json'), 'utf8')) as SchemaType[]
const documentTypes = new Map(schema.filter((t) => t.type === 'document').map((t) => [t.name, t]))
const systemFields = new Set(['_id', '_type', '_createdAt', '_updatedAt', '_rev'])

const docs = loadCommitted()
/** The curriculum as read in each language (English where a field has no translation): the Studio judges every language's text by the same rules. */
const plain = studioOptions.supportedLanguages.flatMap((l) => loadIn(l.id))
const ofType = <T,>(type: string) => plain.filter((d) => d._type === type) as unknown as (T & Doc)[]

describe('fields', () => {
  it('uses only document types and fields the Studio schema defines, and fills every required field', () => {
    const problems: string[] = []
    for (const doc of docs) {
      const type = documentTypes.get(doc._type)
      if (!type?.attributes) {
        problems.push(`${doc._id}: unknown type ${doc._type}`)
        continue
      }
      for (const key of Object.keys(doc)) if (!(key in type.attributes)) problems.push(`${doc._id}: field "${key}" is not in the schema`)
      for (const [key, attr] of Object.entries(type.attributes)) {
        if (attr.optional === false && !systemFields.has(key) && (doc[key] === undefined || doc[key] === '')) problems.push(`${doc._id}: required "${key}" is missing`)
      }
    }
    expect(problems).toEqual([])
  })

  it('mirrors the Studio\'s closed lists exactly', () => {
    const values = (list: readonly {value: string | number}[]) => list.map((o) => o.value)
    expect(ours.trackKinds).toEqual(values(studioOptions.trackKinds))
    expect(ours.ladderKinds).toEqual(studioOptions.ladderKinds)
    expect(ours.seniorityLevels).toEqual(values(studioOptions.seniorityLevels))
    expect(ours.skillCategories).toEqual(values(studioOptions.skillCategories))
    expect(ours.transitionKinds).toEqual(values(studioOptions.transitionKinds))
    expect(ours.certificationLevels).toEqual(values(studioOptions.certificationLevels))
    expect(ours.certificationStatuses).toEqual(values(studioOptions.certificationStatuses))
    expect(ours.degreeLevels).toEqual(values(studioOptions.degreeLevels))
    expect(ours.resourceKinds).toEqual(values(studioOptions.resourceKinds))
    expect(ours.resourceCosts).toEqual(values(studioOptions.resourceCosts))
    expect(ours.basisKinds).toEqual(values(studioOptions.basisKinds))
  })
})

describe('languages', () => {
  const languages = studioOptions.supportedLanguages.map((l) => l.id)
  const ofMaterial = new Set(['resource', 'sourceArticle'])
  const perDocument = new Set(['faq', 'guide'])

  it('keeps `language` only where it means the document\'s (or the material\'s) language: English material, FAQs and guides in a Studio language', () => {
    for (const doc of docs) {
      if (ofMaterial.has(doc._type)) expect(doc.language, doc._id).toBe('en')
      else if (perDocument.has(doc._type)) expect(languages, doc._id).toContain(doc.language)
      else expect(doc, doc._id).not.toHaveProperty('language')
    }
  })

  it('stores every translated field as the internationalized-array plugin does: English first, then Spanish and German, each keyed by its language', () => {
    const problems: string[] = []
    for (const doc of docs) {
      walk(doc, (value, path) => {
        if (!Array.isArray(value) || !value.length) return
        const items = value as {_key?: unknown; _type?: unknown; language?: unknown; value?: unknown}[]
        if (!items.every((i) => typeof i?._type === 'string' && i._type.startsWith('internationalizedArray'))) return
        const order = items.map((i) => String(i.language))
        if (order[0] !== 'en') problems.push(`${doc._id} ${path}: English is not first (${order.join(', ')})`)
        const expected = languages.filter((l) => order.includes(l))
        if (order.join() !== expected.join()) problems.push(`${doc._id} ${path}: languages ${order.join(', ')}, not in the Studio's order`)
        for (const item of items) {
          const allowed = doc._type === 'translation.metadata' ? ['internationalizedArrayReferenceValue'] : ['internationalizedArrayStringValue', 'internationalizedArrayTextValue']
          if (!allowed.includes(String(item._type))) problems.push(`${doc._id} ${path}: type ${String(item._type)}`)
          if (!languages.includes(item.language as never) || item._key !== item.language) problems.push(`${doc._id} ${path}: language ${String(item.language)}, key ${String(item._key)}`)
          if (doc._type !== 'translation.metadata' && (typeof item.value !== 'string' || !item.value.trim())) problems.push(`${doc._id} ${path}: blank`)
          if (item._type !== items[0]!._type) problems.push(`${doc._id} ${path}: ${String(item.language)} is ${String(item._type)}, English ${String(items[0]!._type)}`)
        }
      })
    }
    expect(problems).toEqual([])
  })
})

describe('the Studio\'s rules', () => {
  it('keeps summaries between 20 and 600 characters', () => {
    for (const doc of plain) {
      if (typeof doc.summary !== 'string') continue
      expect(doc.summary.length, doc._id).toBeGreaterThanOrEqual(20)
      expect(doc.summary.length, doc._id).toBeLessThanOrEqual(600)
    }
    expect(english(docs.find((d) => d._type === 'role')!.summary)).toBeTypeOf('string')
  })

  it('uses only allowed option values', () => {
    const check = (value: unknown, allowed: readonly (string | number)[], where: string) => expect(allowed, where).toContain(value)
    for (const t of ofType<{kind: string}>('track')) check(t.kind, ours.trackKinds, t._id)
    for (const s of ofType<{category: string}>('skill')) check(s.category, ours.skillCategories, s._id)
    for (const c of ofType<{level: string; status: string}>('certification')) {
      check(c.level, ours.certificationLevels, c._id)
      check(c.status, ours.certificationStatuses, c._id)
    }
    for (const d of ofType<{level: string}>('degree')) check(d.level, ours.degreeLevels, d._id)
    for (const r of ofType<{kind: string; cost: string}>('resource')) {
      check(r.kind, ours.resourceKinds, r._id)
      check(r.cost, ours.resourceCosts, r._id)
    }
    for (const role of ofType<{seniority: number}>('role')) check(role.seniority, ours.seniorityLevels, role._id)
  })

  it('keeps role numbers in range: rung, proficiency, experience and typical years', () => {
    interface PlainRole {
      title: string
      rung?: number
      responsibilities: string[]
      aliases?: string[]
      skills?: ours.RoleSkill[]
      experience?: ours.ExperienceRange
      transitions?: ours.Transition[]
    }
    for (const role of ofType<PlainRole>('role')) {
      expect(role.title.length, role._id).toBeGreaterThanOrEqual(2)
      expect(role.title.length, role._id).toBeLessThanOrEqual(80)
      if (role.rung !== undefined) expect(Number.isInteger(role.rung) && role.rung >= 1 && role.rung <= 20, `${role._id} rung`).toBe(true)
      expect(role.responsibilities.length, role._id).toBeGreaterThan(0)
      const skillRefs = (role.skills ?? []).map((s) => s.skill._ref)
      expect(new Set(skillRefs).size, `${role._id} lists a skill twice`).toBe(skillRefs.length)
      for (const s of role.skills ?? []) expect([1, 2, 3, 4, 5], `${role._id} ${s._key}`).toContain(s.proficiency)
      if (role.experience) {
        expect(role.experience.min, role._id).toBeGreaterThanOrEqual(0)
        expect(role.experience.max ?? 50, role._id).toBeLessThanOrEqual(50)
        expect(role.experience.min, role._id).toBeLessThanOrEqual(role.experience.max ?? 50)
      }
      for (const t of role.transitions ?? []) expect(t.typicalYears >= 0 && t.typicalYears <= 20, `${role._id} → ${t.to._ref}`).toBe(true)
      expect(new Set(role.aliases ?? []).size, `${role._id} aliases`).toBe((role.aliases ?? []).length)
    }
  })

  it('asks questions that end with a question mark, and open with ¿ in Spanish', () => {
    for (const faq of ofType<{question: string; language: string}>('faq')) {
      expect(faq.question.trim().endsWith('?'), faq._id).toBe(true)
      expect(faq.question.trim().startsWith('¿'), faq._id).toBe(faq.language === 'es')
    }
  })

  it('names the authors of every book', () => {
    for (const r of ofType<{kind: string; authors?: string[]}>('resource')) if (r.kind === 'book') expect(r.authors?.length, r._id).toBeGreaterThan(0)
  })

  it('gives skills a description of at least 20 characters', () => {
    for (const s of ofType<{description: string}>('skill')) expect(s.description.length, s._id).toBeGreaterThanOrEqual(20)
  })

  it('writes rich text only with the styles, lists and marks the Studio allows', () => {
    interface Block {
      style: string
      listItem?: string
      markDefs: {_key: string}[]
      children: {marks: string[]}[]
    }
    for (const doc of docs) {
      walk(doc, (value, path) => {
        if (!value || typeof value !== 'object' || (value as {_type?: string})._type !== 'block') return
        const block = value as Block
        expect(['normal', 'h2', 'h3', 'blockquote'], `${doc._id} ${path}`).toContain(block.style)
        if (block.listItem) expect(['bullet', 'number']).toContain(block.listItem)
        const linkKeys = new Set(block.markDefs.map((m) => m._key))
        for (const span of block.children) {
          for (const mark of span.marks) expect(['strong', 'em'].includes(mark) || linkKeys.has(mark), `${doc._id} ${path} mark ${mark}`).toBe(true)
        }
      })
    }
  })

  it('never lists a reference twice in one array', () => {
    for (const doc of docs) {
      walk(doc, (value, path) => {
        if (!Array.isArray(value)) return
        const refs = value.filter((v) => v && typeof v === 'object' && '_ref' in v).map((v) => (v as {_ref: string})._ref)
        expect(new Set(refs).size, `${doc._id} ${path}`).toBe(refs.length)
      })
    }
  })
})
