/**
 * Hard checks on the built output (run after `build`): the gzip budget of the
 * module bundle, and code that must never ship in any bundle.
 */
import {build} from 'esbuild'
import {existsSync, readdirSync, readFileSync, realpathSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {gzipSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {bundleGzip} from './own-size'

const dist = new URL('../dist/', import.meta.url)
const read = (name: string) => readFileSync(new URL(name, dist), 'utf8')
const gz = (name: string) => gzipSync(read(name), {level: 9}).length

/**
 * Issue 13's budget for the module bundle, everything included: 20 KB gzip
 * (stretch 16 KB). The seed curriculum is a separate file and does not count.
 */
export const BUDGET_BYTES = 20 * 1024
/**
 * What these tests hold today, a little above the measured sizes. The entry
 * (what an English page loads before its first paint: the element, the map,
 * the data loading, the English words of the map) is held at BUDGET_BYTES, met
 * since the entry builds the SDK's model alone (`@careerpath/sdk/graph/model`)
 * and the route search comes with the later chunk. OWN_CEILING_BYTES holds the
 * widget's own part of the entry (the SDK stubbed out). TOTAL_CEILING_BYTES
 * holds everything a visitor who opens every view loads: the entry and every
 * view chunk, English. Lower these whenever the bundle shrinks; never raise
 * them silently.
 */
/**
 * Raised by issue 14 (widget v2 part 2), on purpose and measured (~1.3 KB in the entry: 24.2 KB measured, own part 14.1 KB): the server render's in-place
 * upgrade, job links and the role-actions slot, cancelable navigation events, the seed loader, and the hooks that
 * fetch history, restriction and live content (their code is in chunks fetched only by pages that use them).
 */
export const OWN_CEILING_BYTES = 14_500
export const TOTAL_CEILING_BYTES = 33_300
/** The chunks a visitor who opens every view loads (English): one, everything the first paint does not need (src/later.ts). */
export const VIEW_CHUNKS = ['later']
const CHUNKS = readdirSync(new URL('chunks/', dist)).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`)
const BUNDLES = ['careerpath-widget.js', 'careerpath-widget.iife.js', 'index.js', ...CHUNKS]
/** The chunk of a module (`es` → chunks/es-HASH.js). */
const chunk = (name: string) => CHUNKS.find((c) => c.startsWith(`chunks/${name}-`))

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

  it(`the entry an English page loads before its first paint is at most ${BUDGET_BYTES} bytes gzip (issue 13's budget)`, () => {
    const size = gz('careerpath-widget.js')
    console.log(`careerpath-widget.js: ${size} bytes gzip (budget ${BUDGET_BYTES}: ${size <= BUDGET_BYTES ? `met, ${BUDGET_BYTES - size} B to spare` : `${size - BUDGET_BYTES} B over`})`)
    expect(size).toBeLessThanOrEqual(BUDGET_BYTES)
  })

  it(`everything a visitor who opens every view loads is at most ${TOTAL_CEILING_BYTES} bytes gzip`, () => {
    const files = VIEW_CHUNKS.map((name) => chunk(name))
    expect(files.every(Boolean), VIEW_CHUNKS.join(', ')).toBe(true)
    const sizes = files.map((f) => gz(f!))
    const total = gz('careerpath-widget.js') + sizes.reduce((a, b) => a + b, 0)
    console.log(`every view, English: ${total} bytes gzip (${files.map((f, i) => `${f} ${sizes[i]}`).join(', ')})`)
    expect(total).toBeLessThanOrEqual(TOTAL_CEILING_BYTES)
  })

  it(`the widget's own code and styles (the SDK stubbed out) are at most ${OWN_CEILING_BYTES} bytes gzip`, async () => {
    const own = await bundleGzip(true)
    console.log(`careerpath-widget.js without the SDK: ${own} bytes gzip (ceiling ${OWN_CEILING_BYTES})`)
    expect(own).toBeLessThanOrEqual(OWN_CEILING_BYTES)
  }, 30_000)

  it.each(BUNDLES)('%s contains none of the forbidden identifiers', (name) => {
    expect(found(read(name))).toEqual([])
  })

  it('the self-defining bundles import nothing statically (the module bundle only its chunks, on demand) and leave the seed data in its own files', () => {
    // Static `import x from`, `import {..}`, `import *`; not `!important` in CSS.
    const statically = /(?:^|[;}\s])import\s*[{*"']|\bimport\s+[\w$]+\s+from\b/
    for (const name of ['careerpath-widget.js', 'careerpath-widget.iife.js']) {
      const code = read(name)
      expect(statically.test(code), `${name} imports something before it runs`).toBe(false)
      expect(code.includes('careerpath-seed.json'), `${name} points at the seed file`).toBe(true)
      expect(code.includes('Help desk technician'), `${name} inlines seed content`).toBe(false)
    }
    expect(/\bimport\(/.test(read('careerpath-widget.iife.js')), 'a classic script cannot import chunks').toBe(false)
    const dynamic = [...read('careerpath-widget.js').matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!)
    expect(dynamic.length).toBeGreaterThan(0)
    for (const path of dynamic) expect(CHUNKS, `${path} is a built chunk`).toContain(path.replace(/^\.\//, ''))
    for (const name of CHUNKS) expect(statically.test(read(name)), `${name} imports another module`).toBe(false)
    for (const language of ['es', 'de']) expect(JSON.parse(read(`careerpath-seed.${language}.json`)).source.language).toBe(language)
    const seed = JSON.parse(read('careerpath-seed.json'))
    expect(seed.documents.some((d: {_type: string}) => d._type === 'role')).toBe(true)
  })

  it('the English bundle holds no Spanish or German words: they are chunks, fetched only for those languages', async () => {
    const EN = {...(await import('../src/i18n/en')).EN, ...(await import('../src/i18n/en-views')).EN_VIEWS}
    for (const language of ['es', 'de']) {
      const catalogue = (await import(`../src/i18n/${language}.ts`)).default as Record<string, string>
      // The catalogue's own wording (values English does not share), each as it sits in a minified string.
      const own = Object.values(catalogue).filter((v) => v.length > 12 && v.includes(' ') && !Object.values(EN).includes(v as never))
      expect(own.length).toBeGreaterThan(100)
      const file = chunk(language)
      expect(file, `chunks/${language}-*.js`).toBeDefined()
      const code = read(file!)
      for (const name of ['careerpath-widget.js', 'index.js']) expect(own.filter((v) => read(name).includes(v)), `${language} words in ${name}`).toEqual([])
      expect(own.filter((v) => !code.includes(v)), `${language} words missing from its chunk`).toEqual([])
      const gzip = gzipSync(code, {level: 9}).length
      console.log(`${file}: ${gzip} bytes gzip`)
    }
  })

  it("the module entry asks V8 to compile it eagerly (its first line; the source map still lines up), and only the entry does", () => {
    const entry = read('careerpath-widget.js')
    expect(entry.split('\n', 1)[0]).toBe('//# allFunctionsCalledOnLoad')
    // The map starts with one empty line for the hint: the entry's second line is its first mapped one.
    expect((JSON.parse(read('careerpath-widget.js.map')) as {mappings: string}).mappings.startsWith(';')).toBe(true)
    // The later views, the languages and the npm build load when needed or are bundled by the host: no hint there.
    for (const name of ['index.js', 'careerpath-widget.iife.js', ...readdirSync(new URL('chunks/', dist)).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`)]) {
      expect(read(name), name).not.toContain('allFunctionsCalledOnLoad')
    }
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
