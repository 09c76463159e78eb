// `pnpm bench`: times a clean build of the site (prepare + astro build + link check), counts what it produced,
// and writes the "Docs site" section of the repo's BENCHMARKS.md.
import {spawnSync} from 'node:child_process'
import {readdirSync, rmSync, statSync} from 'node:fs'
import {cpus, loadavg, totalmem} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {LANGS, DEFAULT_LANG} from '../src/lib/i18n.ts'
import {writeSection} from './benchmarks-file.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = join(root, 'dist')

function walk(dir: string): {html: number; files: number; bytes: number} {
  const total = {html: 0, files: 0, bytes: 0}
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry)
    const info = statSync(full)
    if (info.isDirectory()) {
      const sub = walk(full)
      total.html += sub.html
      total.files += sub.files
      total.bytes += sub.bytes
    } else {
      total.files++
      total.bytes += info.size
      if (entry.endsWith('.html')) total.html++
    }
  }
  return total
}

const runs: number[] = []
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
for (let i = 0; i < RUNS; i++) {
  rmSync(dist, {recursive: true, force: true})
  rmSync(join(root, '.astro'), {recursive: true, force: true})
  const started = performance.now()
  const result = spawnSync('pnpm', ['run', 'build'], {cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: {...process.env, ASTRO_TELEMETRY_DISABLED: '1'}})
  if (result.status !== 0) {
    console.error('The build failed; no benchmark written.')
    process.exit(1)
  }
  runs.push(performance.now() - started)
  console.log(`build ${i + 1}/${RUNS}: ${(runs[i]! / 1000).toFixed(1)} s`)
}
const sorted = [...runs].sort((a, b) => a - b)
const median = sorted[Math.floor(sorted.length / 2)]!
const {html, files, bytes} = walk(dist)
// Pages per language: Spanish and German under /es/ and /de/, English (the root) the rest.
const others = LANGS.filter((l) => l !== DEFAULT_LANG).map((l) => ({lang: l, html: walk(join(dist, l)).html}))
const perLanguage = [{lang: DEFAULT_LANG, html: html - others.reduce((n, o) => n + o.html, 0)}, ...others]
const cpu = cpus()
const source = process.env.SANITY_PROJECT_ID ? `Sanity project ${process.env.SANITY_PROJECT_ID}/${process.env.SANITY_DATASET}` : 'the embedded seed curriculum'
const body = `
Measured by \`pnpm --filter @careerpath/docs bench\`: ${RUNS} clean builds (\`pnpm run build\`: reference generation with TypeDoc,
widget copy, \`astro build\` with Starlight and its Pagefind index, the curriculum read through the SDK from ${source}, and
the link and page checks), every curriculum page, home and Getting started in ${LANGS.join(', ')}. Budget: under 60 s on
two cores. Before the Spanish and German pages (English only, 169 pages) the median was 16.8 s.

| measure | value |
| --- | --- |
| build time, median of ${RUNS} | ${(median / 1000).toFixed(1)} s |
| build time, fastest / slowest | ${(sorted[0]! / 1000).toFixed(1)} s / ${(sorted[sorted.length - 1]! / 1000).toFixed(1)} s |
| HTML pages | ${html} (${perLanguage.map((p) => `${p.lang} ${p.html}`).join(', ')}) |
| files in dist/ | ${files} |
| dist/ size | ${(bytes / 1024 / 1024).toFixed(2)} MiB |

Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${process.platform}, 1-minute load average ${loadavg()[0]!.toFixed(1)} when the run ended (other work on the machine slows builds). Date: ${new Date().toISOString().slice(0, 10)}.
`
writeSection(join(root, '..', '..', 'BENCHMARKS.md'), 'Docs site', body)
console.log(`Docs site: median build ${(median / 1000).toFixed(1)} s, ${html} pages. Written to BENCHMARKS.md.`)
