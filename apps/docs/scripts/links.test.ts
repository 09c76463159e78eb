import {describe, expect, it} from 'vitest'
import {extractIds, extractLinks, findBrokenLinks} from './links.ts'

const site = (pages: Record<string, string>, extra: string[] = []) =>
  findBrokenLinks(new Map(Object.entries(pages)), new Set([...Object.keys(pages), ...extra]))

describe('link check', () => {
  it('ignores links shown as code and inside inline scripts', () => {
    const html = '<pre><code>&lt;a href="/nope/"&gt;</code></pre><script>x = \' href="/nope"\'</script><a href="/yes/">y</a>'
    expect(extractLinks(html)).toEqual(['/yes/'])
  })

  it('collects ids and decodes entities in hrefs', () => {
    expect([...extractIds('<h2 id="a-b">x</h2><a name="old">')]).toEqual(['a-b', 'old'])
    expect(extractLinks('<a href="/s/?q=a&amp;b=c">')).toEqual(['/s/?q=a&b=c'])
  })

  it('accepts existing pages, files, directory pages and anchors', () => {
    const broken = site(
      {
        'index.html': '<a href="/roles/x/">r</a><a href="/roles/x/#skills">s</a><a href="#top">t</a><span id="top"></span><link href="/a.css"><a href="roles/x/">rel</a>',
        'roles/x/index.html': '<h2 id="skills">Skills</h2><a href="../../">home</a><a href="https://example.com/#nothing">ext</a>',
      },
      ['a.css'],
    )
    expect(broken).toEqual([])
  })

  it('reports missing pages and missing anchors with the page that links them', () => {
    const broken = site({
      'index.html': '<a href="/roles/y/">gone</a><a href="/roles/x/#certs">no anchor</a><a href="#nope">self</a>',
      'roles/x/index.html': '<h2 id="skills">Skills</h2>',
    })
    expect(broken).toEqual([
      {page: '/', href: '/roles/y/', reason: 'no such page or file'},
      {page: '/', href: '/roles/x/#certs', reason: 'no element with id "certs"'},
      {page: '/', href: '#nope', reason: 'no element with id "nope"'},
    ])
  })
})
