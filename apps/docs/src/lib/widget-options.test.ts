import {describe, expect, it} from 'vitest'
import {embedSnippet} from './widget-options'

describe('embedSnippet', () => {
  it('is the two embed lines, leaving out empty attributes', () => {
    const {html, css} = embedSnippet({attributes: {view: 'role', 'role-slug': 'help-desk-technician', track: ''}, theme: {}, scriptSrc: '/widget/careerpath-widget.js'})
    expect(html).toBe('<script type="module" src="/widget/careerpath-widget.js"></script>\n<career-path view="role" role-slug="help-desk-technician"></career-path>')
    expect(css).toBe('')
  })

  it('puts changed theme properties in a stylesheet rule, never an inline <style> or style attribute', () => {
    const {html, css} = embedSnippet({attributes: {src: 'https://x.example/s.json?a=1&b="2"'}, theme: {'--careerpath-accent': '#123456'}, scriptSrc: 'w.js'})
    expect(html.split('\n')).toEqual(['<script type="module" src="w.js"></script>', '<career-path src="https://x.example/s.json?a=1&amp;b=&quot;2&quot;"></career-path>'])
    expect(html).not.toMatch(/<style|style=/i)
    expect(css.split('\n')).toEqual(['career-path {', '  --careerpath-accent: #123456;', '}'])
  })

  it('drops theme entries that are not careerpath properties or could end the rule', () => {
    const {css} = embedSnippet({attributes: {}, theme: {'--careerpath-bg': 'red;} body{display:none', color: 'red', '--careerpath-fg': '#000'}, scriptSrc: 'w.js'})
    expect(css).toBe('career-path {\n  --careerpath-fg: #000;\n}')
  })
})
