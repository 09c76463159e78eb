import {describe, expect, it} from 'vitest'
import {headingsOf, portableTextToHtml, toPlainText, type PortableTextBlock} from './portable-text'

const block = (text: string, extra: Partial<PortableTextBlock> = {}, marks: string[] = []): PortableTextBlock => ({
  _type: 'block',
  style: 'normal',
  children: [{_type: 'span', text, marks}],
  markDefs: [],
  ...extra,
})

describe('portableTextToHtml', () => {
  it('escapes text, so HTML in content stays text', () => {
    expect(portableTextToHtml([block('<img src=x onerror=alert(1)> & "q"')])).toBe('<p>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;</p>')
  })

  it('links only http(s) URLs, with rel="noopener noreferrer"', () => {
    const linked = (href: string) =>
      portableTextToHtml([{...block('site', {markDefs: [{_key: 'l', _type: 'link', href}]}, ['l'])}])
    expect(linked('https://example.com/a?b=1&c=2')).toBe('<p><a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer">site</a></p>')
    expect(linked('javascript:alert(1)')).toBe('<p>site</p>')
    expect(linked('data:text/html,x')).toBe('<p>site</p>')
  })

  it('renders decorators, headings with offset and ids, and quotes', () => {
    const html = portableTextToHtml([block('Why', {style: 'h2'}), block('bold', {}, ['strong', 'em']), block('Said', {style: 'blockquote'})], {headingOffset: 1})
    expect(html).toBe('<h3 id="why">Why</h3><p><em><strong>bold</strong></em></p><blockquote><p>Said</p></blockquote>')
  })

  it('groups list items, nests by level and switches list type', () => {
    const html = portableTextToHtml([
      block('a', {listItem: 'bullet', level: 1}),
      block('a1', {listItem: 'bullet', level: 2}),
      block('b', {listItem: 'bullet', level: 1}),
      block('one', {listItem: 'number', level: 1}),
      block('after'),
    ])
    expect(html).toBe('<ul><li>a<ul><li>a1</li></ul></li><li>b</li></ul><ol><li>one</li></ol><p>after</p>')
  })

  it('skips unknown block types and gives plain text and headings', () => {
    const blocks = [block('Intro', {style: 'h2'}), {_type: 'image'}, block('Body')] as PortableTextBlock[]
    expect(portableTextToHtml(blocks)).toBe('<h2 id="intro">Intro</h2><p>Body</p>')
    expect(toPlainText(blocks)).toBe('Intro\n\nBody')
    expect(headingsOf(blocks)).toEqual([{depth: 2, text: 'Intro', slug: 'intro'}])
  })
})
