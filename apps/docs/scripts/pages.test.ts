import {describe, expect, it} from 'vitest'
import {bodyText, emptyPages} from './pages.ts'

const page = (body: string) => `<main><div class="sl-markdown-content">${body}</div><footer>Prev · Next</footer></main>`

describe('emptyPages', () => {
  it('finds pages whose Markdown body is empty, not counting the footer', () => {
    expect(bodyText(page('<p>Hello <code>x</code></p>'))).toBe('Hello x')
    expect(emptyPages([{slug: 'ok', html: page(`<p>${'words '.repeat(50)}</p>`)}, {slug: 'empty', html: page('\n\t\t')}, {slug: 'none', html: '<main></main>'}])).toEqual(['empty', 'none'])
  })
})
