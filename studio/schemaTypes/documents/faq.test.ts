import {describe, expect, it} from 'vitest'
import {curriculum, edit, faq, guide, ref} from '../../test/fixtures'
import {describeMarkers, validateOne} from '../../test/validateDocuments'
import {checkQuestion} from '../shared/punctuation'

describe('FAQs', () => {
  it('accepts a question ending with a question mark (trailing spaces allowed)', async () => {
    expect(await validateOne(faq, {dataset: curriculum})).toEqual([])
    expect(await validateOne(edit(faq, {question: 'Is A+ worth it? '}), {dataset: curriculum})).toEqual([])
  })

  it('asks for the question mark', async () => {
    expect(describeMarkers(await validateOne(edit(faq, {question: 'Do I need a degree.'}), {dataset: curriculum}))).toEqual([
      'error question: End the question with a question mark',
    ])
  })

  it('refuses a question of spaces', async () => {
    expect(describeMarkers(await validateOne(edit(faq, {question: '   '}), {dataset: curriculum}))).toEqual([
      'error question: Write the question; spaces alone are not one',
    ])
  })

  it('requires a question and an answer', async () => {
    expect(describeMarkers(await validateOne(edit(faq, {question: undefined, answer: undefined}), {dataset: curriculum}))).toEqual([
      'error answer: Required',
      'error answer: Write some text; empty paragraphs do not count',
      'error question: Required',
    ])
  })

  it('lists each related role once', async () => {
    expect(describeMarkers(await validateOne(edit(faq, {roles: [ref('role.helpdesk', 'r1'), ref('role.helpdesk', 'r2')]}), {dataset: curriculum}))).toEqual([
      'error roles[_key=="r1"]: Can\'t be a duplicate',
      'error roles[_key=="r2"]: Can\'t be a duplicate',
    ])
  })
})

describe('question marks by language (shared/punctuation.ts)', () => {
  it('accepts the closing marks of other scripts: fullwidth ？, Arabic ؟, Greek ;', () => {
    expect(checkQuestion('IT サポートに学位は必要ですか？', 'ja')).toBe(true)
    expect(checkQuestion('هل أحتاج إلى شهادة؟', 'ar')).toBe(true)
    expect(checkQuestion('Χρειάζομαι πτυχίο\u037E', 'el')).toBe(true)
  })

  it('asks Spanish to open with ¿ as well as close with ?', () => {
    expect(checkQuestion('¿Necesito un título?', 'es')).toBe(true)
    expect(checkQuestion('Necesito un título?', 'es')).toBe('Start the question with "¿", as Spanish writes it')
    expect(checkQuestion('¿Necesito un título', 'es')).toBe('End the question with a question mark')
    // The opening mark is Spanish: an English question needs none.
    expect(checkQuestion('Do I need a degree?', 'en')).toBe(true)
  })

  it('asks German for the closing mark only', () => {
    expect(checkQuestion('Brauche ich ein Studium für den IT-Support?', 'de')).toBe(true)
    expect(checkQuestion('Brauche ich ein Studium für den IT-Support.', 'de')).toBe('End the question with a question mark')
  })

  it('judges a translated FAQ by its own language, in the editor\'s interface language', async () => {
    const spanish = edit(faq, {_id: 'faq.degree-es', language: 'es', question: 'Necesito un título para trabajar en soporte?'})
    expect(describeMarkers(await validateOne(spanish, {dataset: curriculum}))).toEqual(['error question: Start the question with "¿", as Spanish writes it'])
    expect(describeMarkers(await validateOne(spanish, {dataset: curriculum, interfaceLocale: 'es-ES'}))).toEqual([
      'error question: Empieza la pregunta con «¿», como se escribe en español',
    ])
    expect(describeMarkers(await validateOne(spanish, {dataset: curriculum, interfaceLocale: 'de-DE'}))).toEqual([
      'error question: Die Frage mit „¿“ beginnen, wie man auf Spanisch schreibt',
    ])
    expect(await validateOne(edit(spanish, {question: '¿Necesito un título para trabajar en soporte?'}), {dataset: curriculum})).toEqual([])
    const german = edit(faq, {_id: 'faq.degree-de', language: 'de', question: 'Brauche ich ein Studium für den IT-Support?'})
    expect(await validateOne(german, {dataset: curriculum})).toEqual([])
  })

  it('refuses a statement in any language', () => {
    for (const [text, language] of [['学位が必要です。', 'ja'], ['أحتاج إلى شهادة.', 'ar'], ['Necesito un título.', 'es']] as const) {
      expect(checkQuestion(text, language), text).not.toBe(true)
    }
  })

  it('is applied through the engine on the FAQ language (fullwidth mark on an English-Studio FAQ passes)', async () => {
    expect(await validateOne(edit(faq, {question: 'Do I need a degree？'}), {dataset: curriculum})).toEqual([])
    expect(await validateOne(edit(faq, {question: 'Do I need a degree؟'}), {dataset: curriculum})).toEqual([])
  })
})

describe('guides', () => {
  it('accepts a complete guide and refuses a blank title', async () => {
    expect(await validateOne(guide, {dataset: curriculum})).toEqual([])
    expect(describeMarkers(await validateOne(edit(guide, {title: '  '}), {dataset: curriculum}))).toEqual(['error title: Write the title; spaces alone are not one'])
  })

  it('keeps the summary 20 to 600 characters', async () => {
    expect(describeMarkers(await validateOne(edit(guide, {summary: 'Too short.'}), {dataset: curriculum}))).toEqual(['error summary: Must be at least 20 characters long'])
  })
})
