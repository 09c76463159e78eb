import {describe, expect, it} from 'vitest'
import {tableUnder} from './widget-api.ts'

describe('tableUnder', () => {
  it('reads the first table under a heading, keeping escaped pipes inside cells', () => {
    const md = '## Events\n\nText.\n\n| event | detail |\n| --- | --- |\n| `a` | `{x: 1 \\| 2}` |\n| `b` | two |\n\n| other | table |\n| --- | --- |\n| c | d |\n\n## Next\n| e | f |'
    expect(tableUnder(md, 'Events')).toEqual([
      ['`a`', '`{x: 1 | 2}`'],
      ['`b`', 'two'],
    ])
    expect(tableUnder(md, 'Missing')).toEqual([])
  })

  it('keeps the text of links to the README’s own sections, which the site does not have, and other links whole', () => {
    const md = '## Attributes\n\n| attribute | meaning |\n| --- | --- |\n| `lang` | see [Languages](#languages) or [MDN](https://developer.mozilla.org/) |\n'
    expect(tableUnder(md, 'Attributes')).toEqual([['`lang`', 'see Languages or [MDN](https://developer.mozilla.org/)']])
  })
})
