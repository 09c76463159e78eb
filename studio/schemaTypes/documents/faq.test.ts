import {describe, expect, it} from 'vitest'
import {curriculum, edit, faq, ref} from '../../test/fixtures'
import {describeMarkers, validateOne} from '../../test/validateDocuments'

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

  it('requires a question and an answer', async () => {
    expect(describeMarkers(await validateOne(edit(faq, {question: undefined, answer: undefined}), {dataset: curriculum}))).toEqual([
      'error answer: Required',
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
