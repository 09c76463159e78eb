// The docs build on a large synthetic curriculum: the SDK's bench generator (packages/sdk/bench/synthetic.ts) makes
// SYNTHETIC_ROLES roles (default 10,000) with the other types in the curriculum's proportions, the test server serves
// them over Sanity's HTTP API, and the real build (prepare, astro build, link check, page check) reads them through
// the SDK into a scratch folder, never dist/. Prints the figures; with --write, records them in BENCHMARKS.md.
import {spawn} from 'node:child_process'
import {mkdtempSync, readdirSync, rmSync, statSync} from 'node:fs'
import {cpus, loadavg, tmpdir, totalmem} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {startTestServer} from '@careerpath/test-server'
import {syntheticRoleGraph} from '../../../packages/sdk/bench/synthetic.ts'
import {LANGS} from '../src/lib/i18n.ts'
import {writeSection} from './benchmarks-file.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const roles = Number(process.env.SYNTHETIC_ROLES ?? 10_000)
const documents = syntheticRoleGraph(roles)
const server = await startTestServer({documents, dataset: 'production'})
const out = mkdtempSync(join(tmpdir(), 'careerpath-docs-synthetic-'))
const counts = new Map<string, number>()
for (const d of documents) counts.set(d._type, (counts.get(d._type) ?? 0) + 1)
console.log(`Synthetic curriculum: ${documents.length} documents (${[...counts].map(([t, n]) => `${n} ${t}`).join(', ')}) at ${server.url}`)

const started = performance.now()
let output = ''
const status = await new Promise<number>((done) => {
  const child = spawn('pnpm', ['run', 'build'], {
    cwd: root,
    env: {...process.env, SANITY_PROJECT_ID: 'synthetic', SANITY_DATASET: 'production', SANITY_API_HOST: server.url, SANITY_TIMEOUT_MS: '600000', DOCS_OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1'},
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8')
    stream.on('data', (chunk: string) => void (output += chunk))
  }
  child.on('close', (code) => done(code ?? 1))
})
// Colour codes out, one line per page dropped.
// eslint-disable-next-line no-control-regex
const log = output.replace(/\x1b\[[0-9;]*m/g, '').split('\n').filter((line) => line.trim() && !/├─|└─/.test(line))
const totalMs = performance.now() - started
const requests = server.requests.filter((r) => r.path.includes('/data/query/')).length
await server.close()
if (status !== 0) {
  console.error(log.slice(-40).join('\n'))
  console.error('The synthetic build failed; nothing recorded.')
  rmSync(out, {recursive: true, force: true})
  process.exit(1)
}

function countHtml(dir: string): number {
  let n = 0
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry)
    if (statSync(full).isDirectory()) n += countHtml(full)
    else if (entry.endsWith('.html')) n++
  }
  return n
}
const pages = countHtml(out)
rmSync(out, {recursive: true, force: true})
const find = (re: RegExp) => log.map((l) => re.exec(l)).find(Boolean)
// Astro writes "12.34s" under a minute and "4m 10s" above it.
const astroPages = find(/(\d+) page\(s\) built in (\d+m \d+s|[\d.]+s|\d+ms)/)
const pagefind = find(/Finished building search index in ([\d.]+)(m?s)/)
const links = find(/Link check: (\d+) links in (\d+) pages, none broken/)
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const cpu = cpus()
const body = `
Measured by \`pnpm --filter @careerpath/docs bench:synthetic\` (scripts/bench-synthetic.ts): the full docs build on a synthetic
curriculum of ${roles.toLocaleString('en')} roles (${documents.length.toLocaleString('en')} documents from the SDK's bench generator) served by
the test server over Sanity's HTTP API, read through the SDK (\`readAll\`, then the career graph).

| measure | value |
| --- | --- |
| build time, end to end | ${s(totalMs)} |
| \`astro build\` (reading through the SDK and rendering) | ${astroPages ? `${astroPages[2]} for ${Number(astroPages[1]).toLocaleString('en')} pages` : 'n/a'} |
| Pagefind index | ${pagefind ? `${pagefind[1]} ${pagefind[2]}` : 'n/a'} |
| link check | ${links ? `${Number(links[1]).toLocaleString('en')} links, 0 broken` : 'n/a'} |
| HTML pages | ${pages.toLocaleString('en')} |
| query requests to the API | ${requests}: per language (${LANGS.join(', ')}), ten for \`readAll\` (one per document type) and the career graph's; a fixed number whatever the size, where listing then getting each document would be one per document |

Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, 1-minute load average ${loadavg()[0]!.toFixed(1)} at the end. Date: ${new Date().toISOString().slice(0, 10)}.
`
console.log(body)
if (process.argv.includes('--write')) writeSection(join(root, '..', '..', 'BENCHMARKS.md'), 'Docs site, synthetic curriculum', body)
