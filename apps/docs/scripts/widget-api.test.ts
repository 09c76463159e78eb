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
})
