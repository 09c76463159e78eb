/**
 * What a browser app downloads for each way of using the SDK, bundled from
 * the built package with esbuild and with Vite as an app would (./bundle.ts),
 * in the manner of zod's packages/treeshake: byte ceilings per consumer entry,
 * and code that must not be in what an app loads first. Every marker is
 * proven against a real minified bundle of the code it stands for (last
 * tests), so none is a dead string. Figures for BENCHMARKS.md come from
 * bench/size.bench.ts, which uses the same bundling.
 */
import {beforeAll, describe, expect, test} from 'vitest'
import {requireBuild} from '../built'
import {BUNDLERS, bundleAll, canaryBundle, ROLE_LIST_MARKER, type Bundler, type Entry, type EntryBundle} from './bundle'
import {careerGraph, careerModel, find, groqJs, NOT_IN_LIGHT_ENTRIES, NOT_IN_SANITY_MAIN, ROUTE_CODE, ROUTE_FUNCTIONS, zodClassic} from './markers'

/**
 * gzip ceilings. The Sanity entry counts everything its one call downloads:
 * the first load and the chunks `listRoles()` loads (the roles query module
 * and what it imports), measured against @sanity/client alone, bundled the
 * same way: the SDK's own weight over the client it wraps. The ceiling is
 * the goal itself, 8 KB (8,192 B) over the client, with either
 * bundler: 8,165 B with esbuild and 8,173 B with Vite when it was reached.
 * BENCHMARKS.md ("SDK bundle sizes") says what the bytes are, module by module.
 */
export const OVER_CLIENT_MAX: Record<Bundler, number> = {esbuild: 8_192, vite: 8_192}
export const INITIAL_MAX: Record<Exclude<Entry, 'sanity' | 'embedded' | 'sanity-client' | 'graph-model'>, number> = {
  // The widget's budget is 20 KB gzip for everything; the graph and a snapshot parser must leave it room.
  graph: 10_500,
  schemas: 3_500,
}
/**
 * The model-only app's first load (`@careerpath/sdk/graph/model` and a
 * snapshot parser): measured 5,958 B esbuild, 6,374 B Vite, against 10,061 B
 * and 9,464 B for the full graph app; ~2% headroom. The route code comes in
 * its own chunk when the app asks for a plan.
 */
export const MODEL_INITIAL_MAX = 6_500

/**
 * Text of code a successful `listRoles()` without options never runs, each
 * loaded on demand by what needs it: none of it may be in the first load or
 * the call's chunks, and each must be in one of the app's lazy chunks (so no
 * marker is a dead string).
 */
const ON_NEED: readonly {text: string; why: string}[] = [
  {text: "is not allowed by the project's CORS settings", why: 'the CORS probe (sources/sanityFailure, on the first failure)'},
  {text: 'No answer within', why: 'error mapping (transport/mapError, on the first failure)'},
  {text: '"signal" must be an AbortSignal', why: 'per-call option checks (client/callOptions, when a call passes options)'},
  {text: '"responsibilities":', why: "getRole's and readAll's GROQ (queries/roles)"},
  {text: '_originalId', why: 'the perspective overlay (sources/perspective, local sources only)'},
  {text: 'every option needs a literal', why: 'discriminatedUnion (schemas/union: search hits, document schemas)'},
  {text: 'blockquote', why: 'Portable Text (schemas/blockContent: FAQs, guides)'},
  {text: 'costBasis', why: 'the cards of what a role links to beyond its track (queries/linkedCards, schemas/linkedCards)'},
  {text: 'Invalid ISO date', why: 'date and web address formats (schemas/formats)'},
]

/** Text of other resources' queries (their list filters) and schemas (the search hit union): none of it may load for listRoles(). */
const OTHER_RESOURCES = ['($category == null', '($vendor == null', '$level == null', '($kind == null', 'match $terms', '"moduleCount"', 'allCertifications']

let bundles: EntryBundle[]
const bundle = (bundler: Bundler, entry: Entry) => bundles.find((b) => b.bundler === bundler && b.entry === entry)!

beforeAll(async () => {
  requireBuild()
  bundles = await bundleAll()
}, 120_000)

describe.each(BUNDLERS)('bundled with %s', (bundler) => {
  test(`a Sanity-source app's listRoles() loads at most @sanity/client + ${OVER_CLIENT_MAX[bundler]} B gzip, lazy chunks included`, () => {
    const app = bundle(bundler, 'sanity')
    const client = bundle(bundler, 'sanity-client')
    const over = app.callGzip - client.initialGzip
    console.log(`${bundler}: sanity ${app.initialGzip} B gzip first + ${app.callGzip - app.initialGzip} B for listRoles(), @sanity/client alone ${client.initialGzip} B, SDK +${over} B`)
    expect(client.initialGzip).toBeGreaterThan(20_000) // the yardstick is the real client
    expect(over).toBeLessThanOrEqual(OVER_CLIENT_MAX[bundler])
  })

  test('the Sanity-source app loads no groq-js, zod, seed, dataset rules, document schemas or graph up front, nor with listRoles()', () => {
    const app = bundle(bundler, 'sanity')
    expect(find(app.initialCode, NOT_IN_SANITY_MAIN)).toEqual([])
    expect(find(app.call.map((c) => c.code).join('\n'), NOT_IN_SANITY_MAIN)).toEqual([])
  })

  test('listRoles() loads the roles queries only: no GROQ or schemas of other resources, neither first nor with the call', () => {
    const app = bundle(bundler, 'sanity')
    const loaded = [app.initialCode, ...app.call.map((c) => c.code)].join('\n')
    expect(app.initialCode).not.toContain(ROLE_LIST_MARKER)
    expect(app.call.length).toBeGreaterThan(0)
    for (const other of OTHER_RESOURCES) expect(loaded).not.toContain(other)
  })

  test.each(ON_NEED)('listRoles() leaves out $why, loaded on demand', ({text}) => {
    const app = bundle(bundler, 'sanity')
    expect([app.initialCode, ...app.call.map((c) => c.code)].join('\n')).not.toContain(text)
    const called = new Set(app.call.map((c) => c.file))
    expect(app.lazy.filter((c) => !called.has(c.file) && c.code.includes(text)).length).toBeGreaterThan(0)
  })

  test('an embedded-source app gets groq-js and the seed on demand, each from a chunk of its own', () => {
    const app = bundle(bundler, 'embedded')
    expect(find(app.initialCode, NOT_IN_SANITY_MAIN)).toEqual([])
    const holding = (marker: string) => app.lazy.filter((c) => c.code.includes(marker)).map((c) => c.file)
    const groq = holding('slicing must use constant numbers')
    const seedChunks = holding('help-desk-technician')
    expect(groq).toHaveLength(1)
    expect(seedChunks).toHaveLength(1)
    expect(groq[0]).not.toBe(seedChunks[0])
    // The same first load as a Sanity app: the source is picked at run time.
    expect(Math.abs(app.initialGzip - bundle(bundler, 'sanity').initialGzip)).toBeLessThan(200)
  })

  test.each(Object.entries(INITIAL_MAX))('%s app: at most %i B gzip, with no @sanity/client, groq-js or zod', (entry, max) => {
    const app = bundle(bundler, entry as Entry)
    expect(app.initialGzip).toBeLessThanOrEqual(max)
    expect(app.lazy).toEqual([])
    const heavy = [...NOT_IN_LIGHT_ENTRIES, ...NOT_IN_SANITY_MAIN.filter((m) => m.canary === groqJs || m.canary === zodClassic)]
    expect(find(app.initialCode, heavy)).toEqual([])
  })
})

describe.each(BUNDLERS)('a model-only app bundled with %s', (bundler) => {
  test(`loads at most ${MODEL_INITIAL_MAX} B gzip first, with no route code, @sanity/client, groq-js or zod`, () => {
    const app = bundle(bundler, 'graph-model')
    console.log(`${bundler}: model-only first load ${app.initialGzip} B gzip (full graph app ${bundle(bundler, 'graph').initialGzip} B), routes on demand ${app.lazyGzip} B`)
    expect(app.initialGzip).toBeLessThanOrEqual(MODEL_INITIAL_MAX)
    const heavy = [...ROUTE_CODE, ...NOT_IN_LIGHT_ENTRIES, ...NOT_IN_SANITY_MAIN.filter((m) => m.canary === groqJs || m.canary === zodClassic)]
    expect(find(app.initialCode, heavy)).toEqual([])
  })

  test('gets the route code from withRoutes in one chunk of its own, sharing no chunk with the first load', () => {
    const app = bundle(bundler, 'graph-model')
    expect(app.initial).toHaveLength(1)
    expect(app.lazy).toHaveLength(1)
    expect(app.lazy[0]!.imports).toEqual([])
    expect(find(app.lazy[0]!.code, ROUTE_CODE)).toHaveLength(ROUTE_CODE.length)
    // The model is built once: its indexing (the warnings it writes) is not in the route chunk.
    expect(app.lazy[0]!.code).not.toContain('is skipped')
    expect(app.initialCode).toContain('is skipped')
  })
})

test("the model-only entry names none of the route search's functions (unminified), and the full graph names them all", async () => {
  const model = await canaryBundle(careerModel, undefined, {minify: false})
  const full = await canaryBundle(careerGraph, undefined, {minify: false})
  const named = (code: string) => ROUTE_FUNCTIONS.filter((name) => new RegExp(`\\b${name}\\b`).test(code))
  expect(named(model)).toEqual([])
  expect(named(full)).toEqual(ROUTE_FUNCTIONS)
  expect(model).toContain('function createCareerModel')
}, 30_000)

describe('the markers would catch what they stand for', () => {
  const markers = [...NOT_IN_SANITY_MAIN, ...NOT_IN_LIGHT_ENTRIES, ...ROUTE_CODE]
  test.each([...new Set(markers.map((m) => m.canary))])('%s', async (canary) => {
    const code = await canaryBundle(canary)
    const expected = markers.filter((m) => m.canary === canary)
    expect(find(code, expected)).toEqual(expected.map(({marker, why}) => `${String(marker)} (${why})`))
  })

  test.each(BUNDLERS)('%s: the yardstick holds @sanity/client, the Sanity app its client and queries, the schemas app its checks', (bundler) => {
    expect(find(bundle(bundler, 'sanity-client').initialCode, NOT_IN_LIGHT_ENTRIES)).toHaveLength(NOT_IN_LIGHT_ENTRIES.length)
    expect(find(bundle(bundler, 'sanity').initialCode, NOT_IN_LIGHT_ENTRIES)).toHaveLength(NOT_IN_LIGHT_ENTRIES.length)
    expect(bundle(bundler, 'sanity').call.map((c) => c.code).join('\n')).toContain('_type == "role"')
    expect(bundle(bundler, 'schemas').initialCode).toContain('Invalid input: expected')
  })
})

test("an app that reads only GROQ text built from fragments (as the widget does) gets none of the schemas the query layer's shared module holds", async () => {
  // The query layer is one module (src/queries/shared.ts): if any of its definitions were impure, using a fragment would keep the kit.
  const groqOnly = await canaryBundle("import {roleListQuery} from '@careerpath/sdk/queries'; globalThis.q = roleListQuery")
  const schemas = await canaryBundle("import {roleCard} from '@careerpath/sdk/schemas'; globalThis.s = roleCard")
  expect(groqOnly).toContain('[language == $language][0].value') // a fragment's text
  for (const marker of ['~standard', 'Invalid input: expected', 'Must not be empty']) {
    expect(schemas).toContain(marker) // each marker is real schema code
    expect(groqOnly).not.toContain(marker)
  }
}, 30_000)
