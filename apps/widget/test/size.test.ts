/**
 * Hard checks on the built output (run after `build`): the gzip budget of the
 * module bundle, and code that must never ship in any bundle.
 */
import {existsSync, readFileSync} from 'node:fs'
import {gzipSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'

const dist = new URL('../dist/', import.meta.url)
const read = (name: string) => readFileSync(new URL(name, dist), 'utf8')

/** 20 KB gzip for the widget's code; the seed curriculum is a separate file and does not count. */
export const BUDGET_BYTES = 20 * 1024
const BUNDLES = ['careerpath-widget.js', 'careerpath-widget.iife.js', 'index.js']

/** Distinctive strings of what must stay out: the full @sanity/client, groq-js, dynamic code and HTML injection. */
export const FORBIDDEN: [string, string][] = [
  ['requestTagPrefix', '@sanity/client config'],
  ['ObservableSanityClient', '@sanity/client class'],
  ['useProjectHostname', '@sanity/client config'],
  ['resultSourceMap', '@sanity/client query option'],
  ['X-Sanity-Project-ID', '@sanity/client header'],
  ['withCredentials', '@sanity/client / get-it transport'],
  ['GroqQueryError', 'groq-js evaluator'],
  ['PipeFuncCall', 'groq-js parser'],
  ['_zod', 'zod 4 internals (the light SDK entries need no zod)'],
  ['eval(', 'dynamic code'],
  ['new Function', 'dynamic code (zod JIT among others)'],
  ['innerHTML', 'HTML injection'],
  ['outerHTML', 'HTML injection'],
  ['insertAdjacentHTML', 'HTML injection'],
  ['document.write', 'HTML injection'],
  ['createContextualFragment', 'HTML injection'],
  ['Authorization', 'tokens are never sent'],
]

describe('built widget', () => {
  it.each(BUNDLES)('%s exists', (name) => {
    expect(existsSync(new URL(name, dist))).toBe(true)
  })

  it(`module bundle is at most ${BUDGET_BYTES} bytes gzip`, () => {
    const size = gzipSync(read('careerpath-widget.js'), {level: 9}).length
    console.log(`careerpath-widget.js: ${size} bytes gzip (budget ${BUDGET_BYTES})`)
    expect(size).toBeLessThanOrEqual(BUDGET_BYTES)
  })

  it.each(BUNDLES)('%s contains none of the forbidden identifiers', (name) => {
    const code = read(name)
    const found = FORBIDDEN.filter(([needle]) => code.includes(needle)).map(([needle, why]) => `${needle} (${why})`)
    expect(found).toEqual([])
  })

  it('the self-defining bundles import nothing and leave the seed data in its own file', () => {
    for (const name of ['careerpath-widget.js', 'careerpath-widget.iife.js']) {
      const code = read(name)
      // Static `import x from`, `import {..}`, `import *` or dynamic `import(`; not `!important` in CSS.
      expect(/(?:^|[;}\s])import\s*[{*"']|\bimport\s+[\w$]+\s+from\b|\bimport\(/.test(code), `${name} imports something`).toBe(false)
      expect(code.includes('careerpath-seed.json'), `${name} points at the seed file`).toBe(true)
      expect(code.includes('Help desk technician'), `${name} inlines seed content`).toBe(false)
    }
    const seed = JSON.parse(read('careerpath-seed.json'))
    expect(seed.documents.some((d: {_type: string}) => d._type === 'role')).toBe(true)
  })

  it('the npm entry defines nothing on import and exports define()', () => {
    const code = read('index.js')
    expect(code).toMatch(/export\s*\{[^}]*\bdefine\b/)
    expect(read('index.d.ts')).toMatch(/'career-path': CareerPathElement/)
  })
})
