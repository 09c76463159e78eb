/** Our prose is our own: no run of nine words from a seed outside titles of works, and no seed list in the seed's order. */
import {describe, expect, it} from 'vitest'
import {supportedLanguages} from '../../../studio/schemaTypes/shared/options.ts'
import {loadEnglish, loadIn, type Doc} from './testing/dataset.ts'
import {ngrams, normalisedWords, readSeeds} from './testing/seeds.ts'
import {answerTexts, copiedRuns, listsInSeedOrder, orderIsTheFact, proseOf, RUN, seedGrams, seedLists, segmentsOutsideTitles, titlesOfWorks} from './testing/overlap.ts'

const docs = loadEnglish()
const grams = seedGrams()
const titles = titlesOfWorks(docs)
const lists = seedLists()

describe(`no run of ${RUN} words is copied from a seed`, () => {
  it('reads all five seeds', () => {
    expect(readSeeds().length).toBe(5)
    expect(RUN).toBe(9)
    expect(grams.size).toBeGreaterThan(5000)
  })

  it('checks the prose fields that matter', () => {
    const paths = new Set(docs.flatMap((d) => proseOf(d).map((p) => `${d._type}.${p.path.replace(/\[\d+\]/g, '[]')}`)))
    for (const expected of [
      'role.summary',
      'role.responsibilities[]',
      'role.education',
      'role.transitions[].conditions[]',
      'role.transitions[].advice',
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
    const copied = normalisedWords(seed.text).slice(40, 40 + RUN).join(' ')
    const planted = {...docs.find((d) => d._type === 'role')!, summary: `Intro. ${copied}. Outro.`}
    expect(copiedRuns([planted], grams, titles)).toHaveLength(1)
    // One word short of a run is not a copy.
    const shorter = {...planted, summary: `Intro. ${copied.split(' ').slice(1).join(' ')}. Outro.`}
    expect(copiedRuns([shorter], grams, titles)).toEqual([])
  })

  it('lets titles of works be quoted in full, and only them', () => {
    const book = 'The Phoenix Project: A Novel About IT, DevOps, and Helping Your Business Win'
    expect(titles.map((t) => t.join(' '))).toContain(normalisedWords(book).join(' '))
    const quoting = {...docs.find((d) => d._type === 'guide')!, summary: `Read "${book}" by Gene Kim, Kevin Behr, and George Spafford.`}
    expect(segmentsOutsideTitles(String(quoting.summary), titles).map((s) => s.join(' '))).toEqual(['read', 'by gene kim kevin behr and george spafford'])
    expect(copiedRuns([quoting], grams, titles)).toEqual([])
    // The same words in a sentence of ours are a copy: only the title itself is exempt.
    const sentence = normalisedWords(readSeeds()[3]!.text).slice(100, 100 + RUN).join(' ')
    expect(copiedRuns([{...quoting, summary: `Read "${book}". ${sentence}.`}], grams, titles)).toHaveLength(1)
  })

  it('finds none in the dataset', () => {
    expect(copiedRuns(docs, grams, titles)).toEqual([])
  })

  it.each(supportedLanguages.map((l) => [l.id] as const))('finds none in the %s text either (every field, FAQ and guide as a reader in that language sees it)', (language) => {
    const view = loadIn(language)
    const paths = new Set(view.flatMap((d) => proseOf(d).map((p) => `${d._type}.${p.path.replace(/\[\d+\]/g, '[]')}`)))
    for (const expected of ['role.summary', 'role.transitions[].advice', 'faq.question', 'faq.answer[]', 'guide.body[]', 'skill.description', 'resource.summary']) expect(paths, expected).toContain(expected)
    expect(view.filter((d) => d._type === 'faq').every((d) => d.language === language)).toBe(true)
    expect(copiedRuns(view, grams, titles)).toEqual([])
  })

  it('finds a copied English sentence planted in a translation', () => {
    const spanish = loadIn('es').find((d) => d._type === 'faq')!
    const copied = normalisedWords(readSeeds()[2]!.text).slice(60, 60 + RUN).join(' ')
    const planted = {...spanish, question: `¿${copied}?`}
    expect(copiedRuns([planted], grams, titles)).toHaveLength(1)
  })
})

describe('no answer repeats a seed list in the seed\'s order', () => {
  it('reads the seeds\' lists, inline and bulleted', () => {
    expect(lists.length).toBeGreaterThan(60)
    const joined = lists.map((l) => l.items.join(' | '))
    // An inline list and a bullet list from the management seed.
    expect(joined).toContain('help desk technician | support specialist | IT analyst.')
    expect(joined.some((l) => l.startsWith('Strong communication skills | strategic thinking | leadership abilities'))).toBe(true)
    for (const first of orderIsTheFact) expect(lists.some((l) => l.items[0] === first), first).toBe(true)
  })

  it('reads every FAQ answer, guide section and role text', () => {
    const faqs = docs.filter((d) => d._type === 'faq')
    expect(faqs.every((d) => answerTexts(d)[0]!.text.length > 100)).toBe(true)
    const guide = docs.find((d) => d._type === 'guide')!
    expect(answerTexts(guide).length).toBeGreaterThan(2)
  })

  it('finds a seed list when an answer is planted with it, even reworded, and not when the order changes', () => {
    const faq = docs.find((d) => d._type === 'faq')!
    const answer = (text: string): Doc => ({...faq, answer: [{_type: 'block', _key: 'a', style: 'normal', markDefs: [], children: [{_type: 'span', _key: 'a1', marks: [], text}]}]})
    const planted = answer('Managers need good communication, strategic thinking, leadership, solving problems, adaptability to change and the capacity to innovate.')
    expect(listsInSeedOrder([planted], lists).join('\n')).toMatch(/Strong communication skills \| strategic thinking/)
    const reordered = answer('Managers need leadership first, then adaptability to change, the capacity to innovate, good communication and strategic thinking.')
    expect(listsInSeedOrder([reordered], lists).filter((h) => h.includes('Strong communication skills'))).toEqual([])
  })

  it('finds none in the dataset', () => {
    expect(listsInSeedOrder(docs, lists)).toEqual([])
  })
})

describe('the n-gram helper', () => {
  it('makes every run of n words', () => {
    expect(ngrams(['a', 'b', 'c'], 2)).toEqual(['a b', 'b c'])
  })
})
