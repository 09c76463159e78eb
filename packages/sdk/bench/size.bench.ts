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
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {cpus, loadavg, totalmem} from 'node:os'
import {fileURLToPath} from 'node:url'
import {BUNDLERS, bundleAll, ENTRIES, ENTRY_TITLES, packageRoot, type Bundler, type Entry, type EntryBundle} from '../test/size/bundle'
import {NOT_IN_SANITY_MAIN} from '../test/size/markers'
import {writeSection} from './report'

/** The SDK as content model v2 left it, before issue 10 (zod classic, groq-js and the graph in the main chunk). */
export const BASELINE = '623ed88'

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

async function main() {
  const at = process.argv.indexOf('--before')
  const rev = at === -1 ? BASELINE : process.argv[at + 1]!
  if (!existsSync(`${packageRoot}dist/index.js`)) throw new Error('Build the package first: pnpm --filter @careerpath/sdk run build')
  const before = await bundleAll(buildBaseline(rev))
  const after = await bundleAll(packageRoot)

  const rows = ['| app | bundler | before: first load | after: first load | after: loaded on demand | change |', '| --- | --- | ---: | ---: | ---: | ---: |']
  for (const entry of ENTRIES) {
    for (const bundler of BUNDLERS) {
      const b = pick(before, bundler, entry)
      const a = pick(after, bundler, entry)
      const change = a.initialGzip - b.initialGzip
      rows.push(
        `| ${ENTRY_TITLES[entry]} | ${bundler} | ${b.initialGzip} B (${kb(b.initialGzip)}) | **${a.initialGzip} B** (${kb(a.initialGzip)}) | ${a.lazyGzip} B in ${a.lazy.length} chunks | ${change > 0 ? '+' : ''}${((change / b.initialGzip) * 100).toFixed(0)}% |`,
      )
    }
  }
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
    `**SDK over \`@sanity/client\`**, everything \`createCareerPathClient({projectId, dataset}).listRoles()\` downloads (first load and the chunks the call loads) minus the client alone: ${over.join('; ')}. Goal: at most 8 KB: not met; what the remaining bytes are is listed below.`,
    '',
    `In the Sanity app's first load, before: ${beforeMarkers.join('; ')}. After: ${afterMarkers.join('; ')} (checked by the size test).`,
    '',
    `Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, 1-minute load average ${loadavg()[0]!.toFixed(1)}; ${new Date().toISOString().slice(0, 10)}. Sizes do not depend on the machine. Reproduce with \`pnpm --filter @careerpath/sdk run build && pnpm --filter @careerpath/sdk exec node --import tsx bench/size.bench.ts\` (\`--before <rev>\` for another baseline, \`--no-write\` to only print).`,
  ].join('\n')
  console.log(text)
  if (!process.argv.includes('--no-write')) writeSection(fileURLToPath(new URL('../../../BENCHMARKS.md', import.meta.url)), '## SDK bundle sizes', text)
}

await main()
