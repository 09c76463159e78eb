/**
 * Hard checks on the built output (run after `build`): the gzip budget of the
 * module bundle, and code that must never ship in any bundle.
 */
import {build} from 'esbuild'
import {existsSync, readFileSync, realpathSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {gzipSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {bundleGzip} from './own-size'

const dist = new URL('../dist/', import.meta.url)
const read = (name: string) => readFileSync(new URL(name, dist), 'utf8')

/**
 * Issue 13's budget for the module bundle, everything included: 20 KB gzip
 * (stretch 16 KB). The seed curriculum is a separate file and does not count.
 */
export const BUDGET_BYTES = 20 * 1024
/**
 * What these tests hold today, ~3% above the measured sizes. BUDGET_BYTES is
 * not met: the widget with everything issue 13 asks for is ~15.5 KB gzip of its
 * own (OWN_CEILING_BYTES), and the SDK's career graph, snapshot reader and labels
 * add ~9-11 KB (bounded by the SDK's own size test). The gap and the SDK changes
 * that would close it are in BENCHMARKS.md ("Widget"). Lower these ceilings
 * whenever the bundle shrinks; never raise them silently.
 */
export const CEILING_BYTES = 27 * 1024
/**
 * Raised from 16 KB by issue 14 (widget v2 part 2), on purpose and measured: the server render's in-place upgrade,
 * job links, the role-actions slot and cancelable navigation events, and the hooks that load history and restriction
 * (their code is in chunks fetched only by pages that use them) add ~1 KB of the widget's own code.
 */
export const OWN_CEILING_BYTES = 17 * 1024
const BUNDLES = ['careerpath-widget.js', 'careerpath-widget.iife.js', 'index.js']

/** Libraries a canary bundle is built from, to prove their markers below are real. */
type Canary = 'sanity-client' | 'zod' | 'groq-js'

/**
 * What must stay out, as it looks in a minified bundle: the full @sanity/client,
 * groq-js, zod (whose JIT compiles parsers with an aliased `Function`), dynamic
 * code and HTML injection. A marker tagged with a canary must be found in a real
 * minified bundle of that library (last test), so none of them is a dead string.
 */
export const FORBIDDEN: {marker: string | RegExp; why: string; canary?: Canary}[] = [
  {marker: 'requestTagPrefix', why: '@sanity/client config', canary: 'sanity-client'},
  {marker: 'useProjectHostname', why: '@sanity/client config', canary: 'sanity-client'},
  {marker: 'resultSourceMap', why: '@sanity/client query option', canary: 'sanity-client'},
  {marker: 'returnQuery', why: '@sanity/client query option', canary: 'sanity-client'},
  {marker: 'X-Sanity-Project-ID', why: '@sanity/client header', canary: 'sanity-client'},
  {marker: 'withCredentials', why: '@sanity/client / get-it transport', canary: 'sanity-client'},
  {marker: 'Authorization', why: 'tokens are never sent', canary: 'sanity-client'},
  {marker: 'GroqQueryError', why: 'groq-js evaluator', canary: 'groq-js'},
  {marker: 'PipeFuncCall', why: 'groq-js parser', canary: 'groq-js'},
  {marker: '_zod', why: 'zod 4 internals (the light SDK entries need no zod)', canary: 'zod'},
  {marker: 'jitless', why: "zod's JIT switch", canary: 'zod'},
  {marker: /[=(,:]\s*Function\s*[,;)}]/, why: 'Function taken as a value to call later (how zod\'s JIT builds parsers)', canary: 'zod'},
  {marker: /\bnew\s+Function\b/, why: 'dynamic code'},
  {marker: /\beval\s*\(/, why: 'dynamic code'},
  {marker: 'innerHTML', why: 'HTML injection'},
  {marker: 'outerHTML', why: 'HTML injection'},
  {marker: 'insertAdjacentHTML', why: 'HTML injection'},
  {marker: 'document.write', why: 'HTML injection'},
  {marker: 'createContextualFragment', why: 'HTML injection'},
]

const found = (code: string) =>
  FORBIDDEN.filter(({marker}) => (typeof marker === 'string' ? code.includes(marker) : marker.test(code))).map(({marker, why}) => `${marker} (${why})`)

describe('built widget', () => {
  it.each(BUNDLES)('%s exists', (name) => {
    expect(existsSync(new URL(name, dist))).toBe(true)
  })

  it(`module bundle is at most ${CEILING_BYTES} bytes gzip (the ceiling held; issue 13's budget is ${BUDGET_BYTES})`, () => {
    const size = gzipSync(read('careerpath-widget.js'), {level: 9}).length
    console.log(`careerpath-widget.js: ${size} bytes gzip (ceiling ${CEILING_BYTES}, budget ${BUDGET_BYTES}: ${size <= BUDGET_BYTES ? 'met' : `${size - BUDGET_BYTES} B over`})`)
    expect(size).toBeLessThanOrEqual(CEILING_BYTES)
  })

  it(`the widget's own code and styles (the SDK stubbed out) are at most ${OWN_CEILING_BYTES} bytes gzip`, async () => {
    const own = await bundleGzip(true)
    console.log(`careerpath-widget.js without the SDK: ${own} bytes gzip (ceiling ${OWN_CEILING_BYTES})`)
    expect(own).toBeLessThanOrEqual(OWN_CEILING_BYTES)
  }, 30_000)

  it.each(BUNDLES)('%s contains none of the forbidden identifiers', (name) => {
    expect(found(read(name))).toEqual([])
  })

  it('the self-defining bundles import nothing up front (only opt-in features, from files beside them) and leave the seed data in its own file', () => {
    for (const name of ['careerpath-widget.js', 'careerpath-widget.iife.js']) {
      // The module build fetches an opt-in feature's chunk (history, restriction, live content) only when a page uses it; the IIFE holds them all.
      const lazy = [...new Set([...read(name).matchAll(/\bimport\("\.\/((?:history|restrict|live)-\w+\.js)"\)/g)].map((m) => m[1]!))]
      for (const chunk of lazy) expect(existsSync(new URL(chunk, dist)), chunk).toBe(true)
      expect(lazy.length).toBe(name.includes('iife') ? 0 : 3)
      const code = read(name).replace(/\bimport\("\.\/(?:history|restrict|live)-\w+\.js"\)/g, '')
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

  it.each<Canary>(['sanity-client', 'zod', 'groq-js'])('the markers would catch %s if it were bundled', async (canary) => {
    const code = await canaryBundle(canary)
    const expected = FORBIDDEN.filter((f) => f.canary === canary).map(({marker, why}) => `${marker} (${why})`)
    expect(expected.length).toBeGreaterThan(0)
    expect(found(code)).toEqual(expect.arrayContaining(expected))
  })
})

/**
 * The library minified the way tsup builds the widget, resolved from the SDK's
 * own dependencies (the widget does not depend on them).
 */
async function canaryBundle(canary: Canary): Promise<string> {
  const sdkModules = join(realpathSync(fileURLToPath(new URL('../node_modules/@careerpath/sdk', import.meta.url))), 'node_modules')
  const entries: Record<Canary, string> = {
    'sanity-client': "import {createClient} from '@sanity/client'; globalThis.c = createClient({projectId: 'a', dataset: 'b', apiVersion: '2025-02-19', useCdn: true}).fetch",
    zod: "import {z} from 'zod'; globalThis.c = z.object({a: z.string()}).parse",
    'groq-js': "import {parse, evaluate} from 'groq-js'; globalThis.c = [parse, evaluate]",
  }
  const result = await build({
    stdin: {contents: entries[canary], resolveDir: sdkModules, loader: 'js'},
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    nodePaths: [sdkModules],
    logLevel: 'silent',
  })
  return result.outputFiles[0]!.text
}
