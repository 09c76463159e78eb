/**
 * Widget benchmarks in real Chromium (not a test): time from <career-path>
 * connecting to the first painted frame of the seed ladders, the main-thread
 * time the widget adds to a host page, and the gzip sizes of what ships.
 * Writes the "Widget" section of BENCHMARKS.md at the repo root.
 *
 *   pnpm --filter @careerpath/widget run build && pnpm --filter @careerpath/widget run bench
 */
import {readFileSync, writeFileSync, existsSync} from 'node:fs'
import {cpus, loadavg, totalmem, platform, release} from 'node:os'
import {gzipSync} from 'node:zlib'
import {launchBrowser} from '../test/browser.ts'
import {bundleGzip} from '../test/own-size.ts'
import {BUDGETS, measure as measureRun, median, p95, type Run} from '../test/perf.ts'
import {startServerProcess} from '../test/server-process.ts'

const RUNS = Number(process.env.BENCH_RUNS ?? 15)
const dist = new URL('../dist/', import.meta.url)
const benchmarks = new URL('../../../BENCHMARKS.md', import.meta.url)

const gz = (name: string) => gzipSync(readFileSync(new URL(name, dist)), {level: 9}).length
const raw = (name: string) => readFileSync(new URL(name, dist)).length
const ms = (x: number) => `${x.toFixed(1)} ms`

// The pages come from a server process of its own, as from a real web server (gzip, files in memory).
const web = await startServerProcess()
const browser = await launchBrowser()
const version = browser.version()

const measure = (page: string, widget: boolean): Promise<Run> => measureRun(browser, `${web.url}/pages/${page}`, widget)

// Warm-up: the first launch pays for disk caches, not for the widget.
await measure('bench.html', true)
await measure('bench-empty.html', false)
const withRuns: Run[] = []
const withoutRuns: Run[] = []
for (let i = 0; i < RUNS; i++) {
  withRuns.push(await measure('bench.html', true))
  withoutRuns.push(await measure('bench-empty.html', false))
}
await browser.close()
web.close()

const col = (runs: Run[], key: keyof Run) => runs.map((r) => r[key])
const taskCost = median(col(withRuns, 'taskMs')) - median(col(withoutRuns, 'taskMs'))
const scriptCost = median(col(withRuns, 'scriptMs')) - median(col(withoutRuns, 'scriptMs'))
const seed = JSON.parse(readFileSync(new URL('careerpath-seed.json', dist), 'utf8')) as {documents: unknown[]}

const [whole, own] = [await bundleGzip(false), await bundleGzip(true)]

const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU'
const section = `## Widget

Measured by \`pnpm --filter @careerpath/widget run bench\` (apps/widget/scripts/bench.ts) on ${new Date().toISOString().slice(0, 10)}:
${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${platform()} ${release()}, Chromium ${version} headless, Node ${process.version};
1-minute load average ${loadavg()[0]!.toFixed(1)} when the run ended (other work on the machine slows every figure).
${RUNS} runs each, pages served gzip-encoded by a local server in its own process (127.0.0.1), viewport 1280×800, medians unless noted.

| what | value |
| --- | --- |
| time to first render, \`<career-path>\` connected → map in the DOM (seed: ${seed.documents.length} documents, fetched + parsed + career graph + rendered; budget < ${BUDGETS.connectToRender} ms) | ${ms(median(col(withRuns, 'connectToRender')))} (p95 ${ms(p95(col(withRuns, 'connectToRender')))}) |
| time to first paint of the map, connected → next frame | ${ms(median(col(withRuns, 'connectToPaint')))} (p95 ${ms(p95(col(withRuns, 'connectToPaint')))}) |
| navigation start → map painted | ${ms(median(col(withRuns, 'navToPaint')))} |
| main-thread cost to the host page: CDP TaskDuration with − without the widget | ${ms(taskCost)} |
| of which script (CDP ScriptDuration with − without) | ${ms(scriptCost)} |
| longest task while the widget connects, loads and paints (budget: none over ${BUDGETS.longestTask} ms; 0 = no long task) | median ${ms(median(col(withRuns, 'longestTask')))}, worst ${ms(Math.max(...col(withRuns, 'longestTask')))} |
| cumulative layout shift of the host page (widget at the top with the documented reserved height \`--careerpath-min-height: 40rem\`, content below; budget < ${BUDGETS.cls}) | ${median(col(withRuns, 'cls')).toFixed(3)} |
| \`careerpath-widget.js\` (ESM, minified) | ${raw('careerpath-widget.js')} B, **${gz('careerpath-widget.js')} B gzip** (budget 20480 B, stretch 16384 B; test/size.test.ts) |
| of which the SDK's career graph, snapshot reader and query text (the bundle with them stubbed out, compared) | ${whole - own} B gzip; the widget's own code and styles ${own} B |
| \`careerpath-widget.iife.js\` | ${raw('careerpath-widget.iife.js')} B, ${gz('careerpath-widget.iife.js')} B gzip |
| \`index.js\` (npm entry) | ${raw('index.js')} B, ${gz('index.js')} B gzip |
| \`careerpath-seed.json\` (separate, fetched only when there is no \`src\`/\`project-id\`) | ${raw('careerpath-seed.json')} B, ${gz('careerpath-seed.json')} B gzip |
`

const gap = gz('careerpath-widget.js') - 20480
const note = gap > 0
  ? `\nThe 20 KB budget of issue 13 is not met: ${gap} B over (test/size.test.ts holds ceilings just above today's sizes, for
the bundle and for the widget's own part, so neither grows unnoticed). The SDK part is bounded by the SDK's own size
test (10.5 KB); it grew by ~1 KB when the value labels gained Spanish and German, which the widget does not show. The
widget's own part carries the map, role, planner, comparison,
self-assessment, their styles (light, dark, narrow, forced colours, print) and the data loading. What would close the gap:
an SDK graph whose queries tree-shake (separately exported functions instead of one object, so gap/ladder/transitions
and warning texts stay out) and \`plan(from, to, {have})\` planning from a visitor's own levels (the widget would drop
its own skill-growth and re-ranking code).\n`
  : ''
const render = median(col(withRuns, 'connectToRender'))
const renderNote = render >= BUDGETS.connectToRender
  ? `\nThe first-render budget (${BUDGETS.connectToRender} ms) is not met on this machine: ${ms(render)} median, while single undisturbed loads take
25–35 ms (network ~5–10 ms, parse ~1 ms, career graph ~8 ms, map ~6 ms, the rest waiting behind the page's own first
frame and other processes on the 2 cores). test/perf.browser.test.ts holds a ceiling (test/perf.ts) and reports the budget.\n`
  : ''
const current = existsSync(benchmarks) ? readFileSync(benchmarks, 'utf8') : '# Benchmarks\n'
const pattern = /## Widget\n[\s\S]*?(?=\n## |$)/
const text = section + note + renderNote
const next = pattern.test(current) ? current.replace(pattern, text) : `${current.trimEnd()}\n\n${text}`
writeFileSync(benchmarks, next.endsWith('\n') ? next : `${next}\n`)
console.log(text)
