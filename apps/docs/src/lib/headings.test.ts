import {describe, expect, it} from 'vitest'
import {headingsOf} from './headings'

describe('headingsOf', () => {
  it('lists h2 and h3 with ids in order, as text', () => {
    const html = '<h2 id="a">Skills &amp; levels</h2><p>x</p><h3 id="b"><code>showRole</code> <span class="badge" data-toc-omit>Method</span></h3><h4 id="c">deep</h4><h2>no id</h2><h2 id="d" data-toc="skip">skipped</h2>'
    expect(headingsOf(html)).toEqual([
      {depth: 2, slug: 'a', text: 'Skills & levels'},
      {depth: 3, slug: 'b', text: 'showRole'},
    ])
  })

  it('leaves out headings inside a <template> (a server-rendered shadow root belongs to its widget)', () => {
    const html = '<h2 id="map">Career map</h2><career-path><template shadowrootmode="open"><style>h2{}</style><h2 id="cp-h-1">Career map</h2><h3 id="cp-h-2">Ladder</h3></template></career-path><h2 id="next">Next</h2>'
    expect(headingsOf(html).map((h) => h.slug)).toEqual(['map', 'next'])
  })
})
