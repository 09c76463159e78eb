import {describe, expect, it} from 'vitest'
import {embedSnippet} from './widget-options'

describe('embedSnippet', () => {
  it('is the two embed lines, leaving out empty attributes', () => {
    expect(embedSnippet({attributes: {view: 'role', 'role-slug': 'help-desk-technician', track: ''}, theme: {}, scriptSrc: '/widget/careerpath-widget.js'})).toBe(
      '<script type="module" src="/widget/careerpath-widget.js"></script>\n<career-path view="role" role-slug="help-desk-technician"></career-path>',
    )
  })

  it('adds a style rule for changed theme properties and escapes attribute values', () => {
    const out = embedSnippet({attributes: {src: 'https://x.example/s.json?a=1&b="2"'}, theme: {'--careerpath-accent': '#123456'}, scriptSrc: 'w.js'})
    expect(out.split('\n')).toEqual([
      '<script type="module" src="w.js"></script>',
      '<career-path src="https://x.example/s.json?a=1&amp;b=&quot;2&quot;"></career-path>',
      '<style>',
      'career-path {',
      '  --careerpath-accent: #123456;',
      '}',
      '</style>',
    ])
  })
})
