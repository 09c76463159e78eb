import {describe, expect, it} from 'vitest'
import {replaceSection} from './benchmarks-file.ts'

describe('replaceSection', () => {
  it('creates the file with a title when empty', () => {
    expect(replaceSection('', 'Docs site', 'x')).toBe('# Benchmarks\n\n## Docs site\n\nx\n')
  })

  it('replaces only its own section and keeps the others in place', () => {
    const md = '# Benchmarks\n\n## SDK\n\nfast\n\n## Docs site\n\nold\nlines\n\n## Widget\n\nsmall\n'
    expect(replaceSection(md, 'Docs site', 'new')).toBe('# Benchmarks\n\n## SDK\n\nfast\n\n## Docs site\n\nnew\n\n## Widget\n\nsmall\n')
  })

  it('appends when the section is missing', () => {
    expect(replaceSection('# Benchmarks\n\n## SDK\n\nfast\n', 'Docs site', 'new')).toBe('# Benchmarks\n\n## SDK\n\nfast\n\n## Docs site\n\nnew\n')
  })
})
