/**
 * Bundle sizes of the consumer apps in test/size/entries, before and after
 * the "light in browsers" work (issue 10): each app bundled with esbuild and
 * with Vite from a built package, as test/size/size.test.ts does. "Before" is
 * the package at BASELINE, extracted from git and built once into
 * node_modules/.cache; "after" is this checkout's dist/ (build it first).
 * Prints a table and writes the "SDK bundle sizes" section of BENCHMARKS.md.
 *
 *   node --import tsx bench/size.bench.ts [--before <git rev>] [--no-write]
 */
import {execSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {gzipSync} from 'node:zlib'
import {cpus, loadavg, totalmem} from 'node:os'
import {fileURLToPath} from 'node:url'
import {BUNDLERS, bundleAll, ENTRIES, ENTRY_TITLES, packageRoot, type Bundler, type Entry, type EntryBundle} from '../test/size/bundle'
import {NOT_IN_SANITY_MAIN} from '../test/size/markers'
import {writeSection} from './report'

/** The SDK as content model v2 left it, before issue 10 (zod classic, groq-js and the graph in the main chunk). */
export const BASELINE = '623ed88'

/** The issue's goal for the SDK over @sanity/client, gzip bytes. */
const GOAL = 8192

/** Why the remaining bytes are there (see the module table the bench prints above it). */
const REMAINING = [
  'Why these bytes are needed, and what is left to take:',
  '',
  '- **Client core, up front** (`createClient`, `options`, `run`, `sources/sanity`, and the modules lazy code shares with them through `src/core.ts`: errors, validation issues, perspectives, searchable types): creating a client checks its options synchronously, so a misconfiguration throws `ConfigurationError` at creation naming the option. The formats of `projectId`, `dataset`, `apiVersion` and `requestTagPrefix` are left to `@sanity/client` itself, which checks them as the Sanity source creates it (its refusal becomes the `ConfigurationError`), so the SDK ships no copy of those rules. The method table (each list and lookup named from its resource) and the read loop (timeout, abort, attempts) run on every read.',
  '- **The role list, on `listRoles()`**: two chunks, the role list\'s module (`queries/objects/roleList` with its GROQ and row schema) and the shared query module every resource\'s first query loads (`src/queries/shared.ts`, built as one file: the schema kit, the closed lists every result reads, field and parameter schemas, cards, GROQ fragments and `groq`\'s defineQuery). The kit validates with path-level issues. Lists only some resources read (`schemas/lists/skills`, `credentials`, `resources`) stay modules of their own.',
  '- **Loaded only when needed, no longer with `listRoles()`:** error mapping, the CORS probe and back-off (`sources/sanityFailure`, `transport/mapError`, `transport/backoff`: on the first failed attempt); per-call option checks (`client/callOptions`: when a call passes options); the perspective overlay and id rules (`sources/perspective`, `sources/ids`: local sources); `getRole`\'s and `readAll`\'s GROQ and `roleDetail` (`queries/objects/roles`); `discriminatedUnion` (`schemas/union`), Portable Text (`schemas/blockContent`), web address and date formats (`schemas/formats`), and the cards of what a role links to beyond its track (`queries/linkedCards`, `schemas/linkedCards`: skills, credentials, resources, sources, organisations). The size test checks each is absent from what `listRoles()` loads and present in a lazy chunk.',
  '- **Bundlers assign code to chunks by module** (esbuild by file, following every import): a module that both the first load and a lazy chunk reach becomes a chunk of its own, and modules reached by different sets of chunks become different chunks. So modules that are always needed together are reached through one barrel (`src/core.ts` for what the first load shares with lazy code, `src/queries/shared.ts` for the query layer, which the build also emits as one file), and the SDK\'s own query objects are made without `defineCareerQuery` (a root export whose checks guard users\' input), so no app downloads it unless it declares a query.',
  '- **Measured toward 8 KB** (this session, esbuild / Vite over the client): 9,381 / 9,415 B before; own query objects without `defineCareerQuery` 9,147 / 9,201; errors in three modules (not-found and file errors load with their code) 9,150 / 8,984; lookups named from their resource 9,098 / 8,881; option formats judged by `@sanity/client` 9,012 / 8,816; the `src/core.ts` barrel 8,711 / 8,859; the shared query module 8,503 / 8,577; fragments and defineQuery in it, the seed loaded by the local source 8,387 / 8,411; the synchronous issue mapper moved to dataset validation, shorter creation-time messages and the rest 8,167 / 8,169; chained schema definitions made pure as a whole, so an app that reads only GROQ text (the widget) keeps none of the kit, 8,165 / 8,173. Tried and not kept: one build file for `src/core.ts` too (Vite +73 B: the not-found and file errors would load up front), the on-demand methods from a list (+5 / -11 B).',
].join('\n')

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))

/** The package at `rev`, built with its own tsup config (dependencies resolve from this package's node_modules). */
function buildBaseline(rev: string): string {
  const dir = `${packageRoot}node_modules/.cache/size-baseline-${rev}`
  if (existsSync(`${dir}/dist/index.js`)) return dir
  rmSync(dir, {recursive: true, force: true})
  mkdirSync(dir, {recursive: true})
  execSync(`git -C ${JSON.stringify(repoRoot)} archive ${rev}:packages/sdk | tar -x -C ${JSON.stringify(dir)}`, {stdio: 'inherit'})
  // Its tsconfig extends the repository's base config by a relative path that no longer leads there.
  const tsconfig = `${dir}/tsconfig.json`
  writeFileSync(tsconfig, readFileSync(tsconfig, 'utf8').replace('../../tsconfig.base.json', `${repoRoot}tsconfig.base.json`))
  execSync(`${JSON.stringify(`${packageRoot}node_modules/.bin/tsup`)} --silent`, {cwd: dir, stdio: 'inherit'})
  return dir
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const pick = (list: readonly EntryBundle[], bundler: Bundler, entry: Entry) => list.find((b) => b.bundler === bundler && b.entry === entry)!
const markersIn = (code: string) => NOT_IN_SANITY_MAIN.filter(({marker}) => (typeof marker === 'string' ? code.includes(marker) : marker.test(code))).map((m) => m.why)

/**
 * What the SDK's share of the Sanity app's listRoles() is made of: each SDK
 * module in the chunks the call downloads (esbuild, minified, @sanity/client
 * left out) with its minified bytes, and the gzip of the chunks.
 */
async function breakdown(): Promise<string> {
  const {build} = await import('esbuild')
  // dist/chunk-*.js holds the code; dist/_<module>.js re-exports it, naming the source module.
  const moduleOf = new Map<string, string>()
  for (const file of readdirSync(`${packageRoot}dist`)) {
    if (!file.startsWith('_') || !file.endsWith('.js')) continue
    const chunk = /export \{[^}]*\} from '\.\/(chunk-[A-Z0-9]+\.js)'/.exec(readFileSync(`${packageRoot}dist/${file}`, 'utf8'))?.[1]
    const name = `src/${file.slice(1, -3).replaceAll('-', '/')}.ts`
    moduleOf.set(chunk ?? file, moduleOf.has(chunk ?? file) ? `${moduleOf.get(chunk ?? file)} + ${name}` : name)
  }
  const result = await build({
    stdin: {contents: readFileSync(`${packageRoot}test/size/entries/sanity.js`, 'utf8'), resolveDir: packageRoot, loader: 'js'},
    alias: {'@careerpath/sdk': `${packageRoot}dist/index.js`},
    external: ['@sanity/client'],
    bundle: true, splitting: true, format: 'esm', platform: 'browser', target: 'es2022', minify: true, metafile: true, write: false,
    outdir: `${packageRoot}node_modules/.cache/size-breakdown`, logLevel: 'silent',
  })
  const code = new Map(result.outputFiles.map((f) => [f.path, f.text]))
  const outputs = result.metafile.outputs
  const entry = Object.keys(outputs).find((o) => outputs[o]!.entryPoint === '<stdin>')!
  const loaded = new Set<string>()
  const visit = (o: string) => {
    if (loaded.has(o)) return
    loaded.add(o)
    for (const i of outputs[o]!.imports) if (i.kind === 'import-statement' && !i.external) visit(i.path)
  }
  visit(entry)
  const roles = Object.keys(outputs).find((o) => (code.get(`${packageRoot}${o}`) ?? '').includes('($track == null'))
  if (roles) visit(roles)
  const firstLoad = new Set<string>()
  const mark = (o: string) => {
    if (firstLoad.has(o)) return
    firstLoad.add(o)
    for (const i of outputs[o]!.imports) if (i.kind === 'import-statement' && !i.external) mark(i.path)
  }
  mark(entry)
  const byModule = new Map<string, {bytes: number; when: string}>()
  for (const o of loaded) {
    for (const [input, {bytesInOutput}] of Object.entries(outputs[o]!.inputs)) {
      if (bytesInOutput === 0 || input === '<stdin>') continue
      const name = moduleOf.get(input.split('/').pop()!) ?? input
      const prev = byModule.get(name)
      byModule.set(name, {bytes: (prev?.bytes ?? 0) + bytesInOutput, when: firstLoad.has(o) ? 'first load' : '`listRoles()`'})
    }
  }
  // Minified bytes per module (a module's gzip alone would not add up); the chunk totals below are what travels.
  const lines = ['| SDK module | loads with | minified bytes |', '| --- | --- | ---: |']
  for (const [name, {bytes, when}] of [...byModule].sort((a, b) => b[1].bytes - a[1].bytes)) lines.push(`| \`${name}\` | ${when} | ${bytes} |`)
  const total = (set: Iterable<string>) => [...set].reduce((n, o) => n + gzipSync(code.get(`${packageRoot}${o}`) ?? '', {level: 9}).length, 0)
  const callOnly = [...loaded].filter((o) => !firstLoad.has(o))
  lines.push('', `Without @sanity/client (esbuild, each chunk gzip -9): ${total(firstLoad)} B first load in ${firstLoad.size} chunks + ${total(callOnly)} B in ${callOnly.length} chunks for \`listRoles()\`.`)
  return lines.join('\n')
}

async function main() {
  const at = process.argv.indexOf('--before')
  const rev = at === -1 ? BASELINE : process.argv[at + 1]!
  if (!existsSync(`${packageRoot}dist/index.js`)) throw new Error('Build the package first: pnpm --filter @careerpath/sdk run build')
  // The baseline predates the model-only entry (`./graph/model`): that app has no "before".
  const before = await bundleAll(buildBaseline(rev), ENTRIES.filter((entry) => entry !== 'graph-model'))
  const after = await bundleAll(packageRoot)

  const rows = ['| app | bundler | before: first load | after: first load | after: loaded on demand | change |', '| --- | --- | ---: | ---: | ---: | ---: |']
  for (const entry of ENTRIES) {
    for (const bundler of BUNDLERS) {
      const b = before.find((x) => x.bundler === bundler && x.entry === entry)
      const a = pick(after, bundler, entry)
      const change = b ? `${a.initialGzip > b.initialGzip ? '+' : ''}${(((a.initialGzip - b.initialGzip) / b.initialGzip) * 100).toFixed(0)}%` : 'new'
      rows.push(
        `| ${ENTRY_TITLES[entry]} | ${bundler} | ${b ? `${b.initialGzip} B (${kb(b.initialGzip)})` : '—'} | **${a.initialGzip} B** (${kb(a.initialGzip)}) | ${a.lazyGzip} B in ${a.lazy.length} chunks | ${change} |`,
      )
    }
  }
  const sdkOver = (list: readonly EntryBundle[], bundler: Bundler) => pick(list, bundler, 'sanity').callGzip - pick(list, bundler, 'sanity-client').initialGzip
  const goalMet = BUNDLERS.every((bundler) => sdkOver(after, bundler) <= GOAL)
  const over = BUNDLERS.map((bundler) => {
    const sdk = (list: readonly EntryBundle[]) => pick(list, bundler, 'sanity').callGzip - pick(list, bundler, 'sanity-client').initialGzip
    const a = pick(after, bundler, 'sanity')
    return `${bundler}: ${kb(sdk(before))} before, **${kb(sdk(after))}** after (${a.initialGzip} B first load + ${a.callGzip - a.initialGzip} B in ${a.call.length} chunks for \`listRoles()\`)`
  })
  const beforeMarkers = BUNDLERS.map((bundler) => `${bundler}: ${markersIn(pick(before, bundler, 'sanity').initialCode).join(', ') || 'none'}`)
  const afterMarkers = BUNDLERS.map((bundler) => `${bundler}: ${markersIn(pick(after, bundler, 'sanity').initialCode).join(', ') || 'none'}`)
  const cpu = cpus()
  const text = [
    '## SDK bundle sizes',
    '',
    `What a browser app downloads before it runs ("first load": the entry chunk and every chunk it imports statically, each gzip -9) for each way of using \`@careerpath/sdk\`: tiny apps in \`packages/sdk/test/size/entries\` bundled from the built package with esbuild 0.28 and Vite 8 (code splitting, minified, browser conditions), as \`test/size/size.test.ts\` does. "Loaded on demand" is every chunk reached only through \`import()\` (for the embedded app: groq-js and the seed; for all: the career graph, dataset rules, @sanity/client's upload and stega helpers). Before: commit \`${rev}\`; after: this build.`,
    '',
    ...rows,
    '',
    `**SDK over \`@sanity/client\`**, everything \`createCareerPathClient({projectId, dataset}).listRoles()\` downloads (first load and the chunks the call loads) minus the client alone: ${over.join('; ')}. Goal: at most 8 KB (${GOAL} B): ${goalMet ? 'met' : 'not met'}; what the bytes are is listed below.`,
    '',
    'What the SDK\'s share is, module by module (the first load and what `listRoles()` loads; esbuild, minified):',
    '',
    await breakdown(),
    '',
    REMAINING,
    '',
    `In the Sanity app's first load, before: ${beforeMarkers.join('; ')}. After: ${afterMarkers.join('; ')} (checked by the size test).`,
    '',
    `Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, 1-minute load average ${loadavg()[0]!.toFixed(1)}; ${new Date().toISOString().slice(0, 10)}. Sizes do not depend on the machine. Reproduce with \`pnpm --filter @careerpath/sdk run build && pnpm --filter @careerpath/sdk exec node --import tsx bench/size.bench.ts\` (\`--before <rev>\` for another baseline, \`--no-write\` to only print).`,
  ].join('\n')
  console.log(text)
  if (!process.argv.includes('--no-write')) writeSection(fileURLToPath(new URL('../../../BENCHMARKS.md', import.meta.url)), '## SDK bundle sizes', text)
}

await main()
