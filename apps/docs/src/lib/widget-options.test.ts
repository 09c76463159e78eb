import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {THEME_PROPERTIES, WIDGET_VIEWS, embedSnippet} from './widget-options'

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

describe('what the playground offers, against the widget README', () => {
  const readme = readFileSync(fileURLToPath(import.meta.resolve('@careerpath/widget/package.json')).replace(/package\.json$/, 'README.md'), 'utf8')
  const ticks = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)
  const row = (name: string) => readme.split('\n').find((l) => l.startsWith(`| \`${name}\``))

  it('offers every view the `view` attribute accepts, and only those', () => {
    const cells = row('view')?.split('|') ?? []
    expect(WIDGET_VIEWS.map((v) => v.value)).toEqual(ticks(cells[2] ?? ''))
  })

  it('starts each theme property at the widget’s documented light default', () => {
    const hex = (c: string) => (/^#[0-9a-f]{3}$/i.test(c) ? `#${[...c.slice(1)].map((d) => d + d).join('')}` : c).toLowerCase()
    for (const p of THEME_PROPERTIES) {
      const token = p.name.replace('--careerpath-', '')
      const line = readme.split('\n').find((l) => l.startsWith('| `') && ticks(l.split('|')[1] ?? '').includes(token))
      expect(line, token).toBeDefined()
      const [names, values] = [ticks(line!.split('|')[1]!), ticks(line!.split('|')[2]!.split('/')[0]!)]
      expect(hex(values[names.indexOf(token)]!), token).toBe(hex(p.value))
    }
  })
})
