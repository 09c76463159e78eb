import {describe, expect, it} from 'vitest'
import {bullet, h2, p, portableText, toPlainText} from './portableText.ts'
import {isCurriculumDefinitionError} from './references.ts'

describe('portableText', () => {
  it('turns **strong**, *em* and [links](https://…) into spans and mark definitions with positional keys', () => {
    const [block] = portableText('answer', [p('Read **this** and *that* at [the site](https://example.org/a).')])
    expect(block).toEqual({
      _type: 'block',
      _key: 'answer-1',
      style: 'normal',
      markDefs: [{_type: 'link', _key: 'answer-1-link1', href: 'https://example.org/a'}],
      children: [
        {_type: 'span', _key: 'answer-1-s1', text: 'Read ', marks: []},
        {_type: 'span', _key: 'answer-1-s2', text: 'this', marks: ['strong']},
        {_type: 'span', _key: 'answer-1-s3', text: ' and ', marks: []},
        {_type: 'span', _key: 'answer-1-s4', text: 'that', marks: ['em']},
        {_type: 'span', _key: 'answer-1-s5', text: ' at ', marks: []},
        {_type: 'span', _key: 'answer-1-s6', text: 'the site', marks: ['answer-1-link1']},
        {_type: 'span', _key: 'answer-1-s7', text: '.', marks: []},
      ],
    })
  })

  it('marks list items and headings, and reads back as plain text', () => {
    const blocks = portableText('body', [h2('Title'), bullet('one'), bullet('two')])
    expect(blocks.map((b) => [b._key, b.style, b.listItem ?? null])).toEqual([
      ['body-1', 'h2', null],
      ['body-2', 'normal', 'bullet'],
      ['body-3', 'normal', 'bullet'],
    ])
    expect(toPlainText(blocks)).toBe('Title\none\ntwo')
  })

  it('leaves non-web links as text rather than making an unsafe link', () => {
    const [block] = portableText('x', [p('[click](javascript:alert(1))')])
    expect(block!.markDefs).toEqual([])
  })

  it('rejects an empty block with an error naming it', () => {
    try {
      portableText('faq', [p('ok'), p('')])
      expect.unreachable()
    } catch (error) {
      expect(isCurriculumDefinitionError(error)).toBe(true)
      expect((error as Error).message).toContain('faq-2')
    }
  })
})
