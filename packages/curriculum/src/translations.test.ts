/**
 * The curriculum in Spanish and German: every localized field of every
 * structured document translated (or listed, with its reason, as staying
 * English), every FAQ and guide translated as its own document and linked
 * through translation.metadata, texts that read as their language and keep the
 * English text's figures and links, and an edit that refuses a translation it
 * can no longer place.
 */
import {describe, expect, it} from 'vitest'
import {supportedLanguages, translationLanguages} from '../../../studio/schemaTypes/shared/options.ts'
import {documents, migrationReport} from './documents.ts'
import {isCurriculumEditError} from './edits/edit.ts'
import {keptInEnglish, metadataId, translationId, translations, translationsEdit, translationStatus} from './edits/translations/index.ts'
import {readRecordedSources, translationSources} from './edits/translations/sources.ts'
import {loadCommitted, loadIn, textIn, type Doc} from './testing/dataset.ts'
import type {CurriculumDocument} from './types.ts'

const docs = loadCommitted()
const byId = new Map(docs.map((d) => [d._id, d]))
const structuredTypes = ['track', 'role', 'skill', 'certification', 'degree', 'organisation', 'learningPath', 'resource']
const proseTypes = ['faq', 'guide']

interface Field {
  doc: Doc
  /** Readable path, `transitions[promotion-senior-technician].conditions[has-…]`. */
  path: string
  /** The top-level field it sits in. */
  field: string
  values: {language: string; value: string}[]
}

/** Every localized value (internationalized array) of a document, with where it lives. */
function localizedFields(doc: Doc): Field[] {
  const out: Field[] = []
  const visit = (value: unknown, path: string, field: string): void => {
    if (Array.isArray(value)) {
      const items = value as {_type?: string; _key?: string; language?: string; value?: unknown}[]
      if (items.length && items.every((i) => typeof i?._type === 'string' && i._type.startsWith('internationalizedArray') && typeof i.value === 'string')) {
        out.push({doc, path, field, values: items.map((i) => ({language: String(i.language), value: String(i.value)}))})
        return
      }
      items.forEach((item, i) => visit(item, `${path}[${item?._key ?? i}]`, field))
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) if (!key.startsWith('_')) visit(child, path ? `${path}.${key}` : key, field || key)
    }
  }
  visit(doc, '', '')
  return out
}

const fields = docs.filter((d) => structuredTypes.includes(d._type)).flatMap(localizedFields)
const kept = (f: Field) => keptInEnglish[f.doc._id]?.fields.includes(f.path) ?? false

/** Words of the three languages that rarely appear in the others: a text reads as the language whose words it uses most. */
const markers: Record<string, Set<string>> = {
  en: new Set('the and of to with is are for that this your you from which when their it or on as has by such'.split(' ')),
  es: new Set('el la los las de del que y en con para una un por se su al es como más o e'.split(' ')),
  de: new Set('der die das und mit den zu ist ein eine einer einem für von sie nicht auf im dem oder bis zum zur'.split(' ')),
}
const words = (text: string) => text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean)
function readsAs(text: string): string | undefined {
  const w = words(text)
  const score = (l: string) => w.filter((x) => markers[l]!.has(x)).length
  const ranked = Object.keys(markers).sort((a, b) => score(b) - score(a))
  return score(ranked[0]!) > score(ranked[1]!) ? ranked[0] : undefined
}
const numbers = (text: string) => new Set(text.match(/\d+/g) ?? [])
const blocksText = (blocks: unknown) =>
  ((blocks as {children?: {text: string}[]}[] | undefined) ?? []).map((b) => (b.children ?? []).map((c) => c.text).join('')).join('\n')
const hrefs = (blocks: unknown) => ((blocks as {markDefs?: {href?: string}[]}[] | undefined) ?? []).flatMap((b) => (b.markDefs ?? []).map((m) => m.href)).sort()

describe('structured documents, field by field', () => {
  it('gives every localized field a Spanish and a German value, except the listed names that stay English', () => {
    const missing: string[] = []
    for (const f of fields) {
      if (kept(f)) continue
      for (const language of translationLanguages) if (!f.values.some((v) => v.language === language)) missing.push(`${f.doc._id} ${f.path} (${language})`)
    }
    expect(missing).toEqual([])
    expect(fields.filter((f) => !kept(f)).length).toBeGreaterThan(450)
  })

  it('keeps the listed names in English only, each with its reason: titles of organisations and of credentials their vendors do not translate', () => {
    const listed = Object.entries(keptInEnglish)
    expect(listed.length).toBe(51)
    for (const [id, {fields: names, reason}] of listed) {
      const doc = byId.get(id)
      expect(doc, id).toBeDefined()
      expect(['organisation', 'certification'], id).toContain(doc!._type)
      expect(names, id).toEqual(['title'])
      expect(reason.length, id).toBeGreaterThan(20)
      // English only: a stale entry (a name someone translated after all) fails here.
      expect((doc!.title as {language: string}[]).map((v) => v.language), id).toEqual(['en'])
    }
  })

  it('falls back to English for the names, as a reader in Spanish or German sees them', () => {
    for (const language of translationLanguages) {
      const view = new Map(loadIn(language).map((d) => [d._id, d]))
      expect(view.get('org-comptia')?.title).toBe('CompTIA')
      expect(view.get('cert-comptia-a-plus')?.title).toBe('CompTIA A+')
      expect(view.get('role-help-desk-technician')?.title).toBe(language === 'es' ? 'Técnico de mesa de ayuda' : 'Helpdesk-Techniker:in')
    }
  })

  it('translates rather than copies: no Spanish or German value equals its English text', () => {
    const copies = fields.flatMap((f) => {
      const en = f.values.find((v) => v.language === 'en')?.value
      return f.values.filter((v) => v.language !== 'en' && v.value === en).map((v) => `${f.doc._id} ${f.path} (${v.language})`)
    })
    expect(copies).toEqual([])
  })

  it('writes each text in its own language (no English left, no language in the other\'s place)', () => {
    const wrong: string[] = []
    let judged = 0
    for (const f of fields) {
      for (const v of f.values) {
        if (words(v.value).length < 8) continue
        const seen = readsAs(v.value)
        if (seen) judged++
        if (seen && seen !== v.language) wrong.push(`${f.doc._id} ${f.path} (${v.language}) reads as ${seen}: ${v.value.slice(0, 60)}`)
      }
    }
    expect(wrong).toEqual([])
    // The check reads nearly every text of eight words or more, so it could catch one left in the wrong language.
    expect(judged).toBeGreaterThan(1000)
    expect(readsAs('Has overseen a small team or project and shown the leadership a supervisor needs')).toBe('en')
  })

  it('keeps every figure of the English text (years, percentages, dates, levels)', () => {
    const lost: string[] = []
    for (const f of fields) {
      const en = f.values.find((v) => v.language === 'en')!.value
      for (const v of f.values) for (const n of numbers(en)) if (!numbers(v.value).has(n)) lost.push(`${f.doc._id} ${f.path} (${v.language}) lacks ${n}`)
    }
    expect(lost).toEqual([])
  })
})

describe('FAQs and guides, document by document', () => {
  const english = docs.filter((d) => proseTypes.includes(d._type) && d.language === 'en')
  const metadata = docs.filter((d) => d._type === 'translation.metadata')

  it('has a Spanish and a German document for every English FAQ and guide (23 FAQs, 6 guides)', () => {
    expect(english.filter((d) => d._type === 'faq')).toHaveLength(23)
    expect(english.filter((d) => d._type === 'guide')).toHaveLength(6)
    for (const doc of english) {
      for (const language of translationLanguages) {
        const translated = byId.get(translationId(doc._id, language))
        expect(translated, `${doc._id} in ${language}`).toBeDefined()
        expect(translated!.language).toBe(language)
        expect(translated!._type).toBe(doc._type)
      }
    }
    expect(docs.filter((d) => proseTypes.includes(d._type))).toHaveLength(english.length * supportedLanguages.length)
  })

  it('links each set through one translation.metadata document, as @sanity/document-internationalization stores it', () => {
    expect(metadata).toHaveLength(english.length)
    for (const doc of english) {
      const link = byId.get(metadataId(doc._id))
      expect(link, doc._id).toBeDefined()
      expect(link!.schemaTypes).toEqual([doc._type])
      const items = link!.translations as {_key: string; _type: string; language: string; value: {_type: string; _ref: string; _weak?: boolean}}[]
      expect(items.map((t) => t.language)).toEqual(['en', 'es', 'de'])
      for (const item of items) {
        expect(item._type).toBe('internationalizedArrayReferenceValue')
        expect(item._key).toBe(item.language)
        // Published documents: strong references, as the plugin leaves them once both sides are published.
        expect(item.value).toEqual({_type: 'reference', _ref: item.language === 'en' ? doc._id : translationId(doc._id, item.language)})
        expect(byId.get(item.value._ref)?.language).toBe(item.language)
      }
    }
    // Every FAQ or guide is in exactly one set.
    const linked = metadata.flatMap((m) => (m.translations as {value: {_ref: string}}[]).map((t) => t.value._ref))
    expect(new Set(linked).size).toBe(linked.length)
  })

  it('shares the original\'s slug, related roles and sources, and nothing of its text', () => {
    for (const doc of english) {
      for (const language of translationLanguages) {
        const t = byId.get(translationId(doc._id, language))!
        expect(t.slug, t._id).toEqual(doc.slug)
        expect(t.roles, t._id).toEqual(doc.roles)
        expect(t.sources, t._id).toEqual(doc.sources)
        for (const field of doc._type === 'faq' ? ['question', 'answer'] : ['title', 'summary', 'body']) expect(t[field], `${t._id} ${field}`).not.toEqual(doc[field])
      }
    }
  })

  it('writes each in its own language, keeps its figures and links, and asks Spanish questions with ¿', () => {
    const problems: string[] = []
    for (const doc of english) {
      const textOf = (d: Doc) => (d._type === 'faq' ? `${String(d.question)}\n${blocksText(d.answer)}` : `${String(d.title)}\n${String(d.summary)}\n${blocksText(d.body)}`)
      const bodyOf = (d: Doc) => (d._type === 'faq' ? d.answer : d.body)
      for (const language of translationLanguages) {
        const t = byId.get(translationId(doc._id, language))!
        if (readsAs(textOf(t)) !== language) problems.push(`${t._id} does not read as ${language}`)
        for (const n of numbers(textOf(doc))) if (!numbers(textOf(t)).has(n)) problems.push(`${t._id} lacks ${n}`)
        if (hrefs(bodyOf(t)).join() !== hrefs(bodyOf(doc)).join()) problems.push(`${t._id} links ${hrefs(bodyOf(t)).join()} instead of ${hrefs(bodyOf(doc)).join()}`)
        if (t._type === 'faq' && language === 'es' && !String(t.question).startsWith('¿')) problems.push(`${t._id} question does not open with ¿`)
      }
    }
    expect(problems).toEqual([])
  })

  it('is what a reader in each language gets: their own FAQs and guides, none of the others', () => {
    for (const language of supportedLanguages.map((l) => l.id)) {
      const view = loadIn(language).filter((d) => proseTypes.includes(d._type))
      expect(view).toHaveLength(english.length)
      expect(new Set(view.map((d) => d.language))).toEqual(new Set([language]))
    }
  })
})

describe('the translations edit', () => {
  const withoutTranslations = (): CurriculumDocument[] =>
    documents.filter((d) => d._type !== 'translation.metadata' && !(proseTypes.includes(d._type) && d.language !== 'en')).map((d) => JSON.parse(JSON.stringify(d), (key, value) => {
      if (Array.isArray(value) && value.every((v) => v && typeof v === 'object' && typeof v._type === 'string' && v._type.startsWith('internationalizedArray') && v._type !== 'internationalizedArrayReferenceValue')) {
        return value.filter((v: {language: string}) => v.language === 'en')
      }
      return value
    }) as CurriculumDocument)

  const applyWith = (change: (t: typeof translations) => void) => {
    const saved = structuredClone(translations)
    try {
      change(translations)
      return translationsEdit.apply(withoutTranslations())
    } finally {
      for (const language of translationLanguages) Object.assign(translations[language], saved[language])
    }
  }

  it('turns the English dataset into the translated one, without touching its input', () => {
    const input = withoutTranslations()
    const copy = JSON.stringify(input)
    const out = translationsEdit.apply(input)
    expect(JSON.stringify(input)).toBe(copy)
    const byOut = new Map(out.map((d) => [d._id, d]))
    expect(out.length).toBe(input.length + 29 * 2 + 29)
    expect(textIn(byOut.get('skill-troubleshooting')!.title, 'de')).toBe('Fehlersuche und -behebung')
    expect(migrationReport.length).toBeGreaterThan(0)
  })

  it('leaves a field it has no translation for in English only, so readers fall back to it', () => {
    const out = applyWith((t) => {
      const {['skill-troubleshooting']: _dropped, ...rest} = t.de.structured
      ;(t.de as {structured: unknown}).structured = rest
    })
    const skill = out.find((d) => d._id === 'skill-troubleshooting')!
    expect((skill.title as {language: string}[]).map((v) => v.language)).toEqual(['en', 'es'])
  })

  it('refuses a translation it cannot place: an unknown document, line or field, or text where the field is not localized', () => {
    const cases: [string, (t: typeof translations) => void, RegExp][] = [
      ['document', (t) => ((t.es as {structured: unknown}).structured = {...t.es.structured, 'role-astronaut': {title: 'Astronauta'}}), /role-astronaut is not in the dataset/],
      [
        'line',
        (t) =>
          ((t.de as {structured: unknown}).structured = {
            ...t.de.structured,
            'role-it-analyst': {...t.de.structured['role-it-analyst']!, responsibilities: {'no-such-line': 'Keine solche Zeile'}},
          }),
        /has no item keyed "no-such-line"/,
      ],
      ['field', (t) => ((t.es as {structured: unknown}).structured = {...t.es.structured, 'skill-adaptability': {tagline: 'Flexible'}}), /has no field "tagline"/],
      ['not localized', (t) => ((t.es as {structured: unknown}).structured = {...t.es.structured, 'role-it-analyst': {slug: 'analista'}}), /is not a localized field|holds no text/],
      ['faq', (t) => ((t.es as {faqs: unknown}).faqs = {...t.es.faqs, 'faq-no-such-question': {question: '¿Qué?', answer: 'Nada.'}}), /faq-no-such-question is not an English faq/],
    ]
    for (const [what, change, message] of cases) {
      let error: unknown
      try {
        applyWith(change)
      } catch (e) {
        error = e
      }
      expect(isCurriculumEditError(error), what).toBe(true)
      expect(String((error as Error).message), what).toMatch(message)
    }
  })
})

describe('provenance of the translations', () => {
  it('translates the English text as it is now: every translated place\'s English matches what it was translated from', () => {
    const recorded = readRecordedSources()
    const now = translationSources(documents)
    const changed = Object.keys(now).filter((place) => recorded[place] !== now[place])
    const gone = Object.keys(recorded).filter((place) => !(place in now))
    // If this fails, an edit changed the English: update the es and de texts, then run `pnpm run build -- --translated`.
    expect({changed, gone}).toEqual({changed: [], gone: []})
    expect(Object.keys(now)).toHaveLength(469 + 29)
  })

  it('notices when an English text changes under its translations', () => {
    const changedEnglish = documents.map((d) =>
      d._id === 'skill-adaptability' ? {...d, description: (d.description as {language: string; value: string}[]).map((v) => (v.language === 'en' ? {...v, value: `${v.value} Even on Fridays.`} : v))} : d,
    )
    const recorded = readRecordedSources()
    const now = translationSources(changedEnglish)
    expect(Object.keys(now).filter((place) => recorded[place] !== now[place])).toEqual(['skill-adaptability description'])
  })

  it('says how each language was written and whether anyone has reviewed it', () => {
    for (const language of translationLanguages) {
      expect(translationStatus[language].method).toBe('machine-assisted')
      expect(translationStatus[language].reviewedByNativeSpeaker).toBe(false)
      expect(translationStatus[language].note.length).toBeGreaterThan(40)
    }
  })
})
