import {describe, expect, it} from 'vitest'
import {safeUrl} from './dom'

describe('safeUrl', () => {
  it.each(['https://example.com/a?b=1', 'http://example.com/'])('keeps the web address %s', (url) => {
    expect(safeUrl(url)).toBe(new URL(url).href)
  })

  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>1</script>', 'vbscript:x', 'mailto:a@b.c', '/relative/path', '//example.com/x', '', 42, null, undefined])(
    'refuses %j',
    (url) => {
      expect(safeUrl(url)).toBeUndefined()
    },
  )
})
