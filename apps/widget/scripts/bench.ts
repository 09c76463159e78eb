/**
 * Widget benchmarks in real Chromium (not a test): time from <career-path>
 * connecting to the first painted frame of the seed ladders, the main-thread
 * time the widget adds to a host page, and the gzip sizes of what ships.
 * Writes the "Widget" section of BENCHMARKS.md at the repo root.
 *
 *   pnpm --filter @careerpath/widget run build && pnpm --filter @careerpath/widget run bench
 */
import {readdirSync, readFileSync, writeFileSync, existsSync} from 'node:fs'
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
/** A built chunk by its module's name (`later` → chunks/later-HASH.js). */
const chunk = (name: string) => `chunks/${readdirSync(new URL('chunks/', dist)).find((f) => f.startsWith(`${name}-`) && f.endsWith('.js'))}`
const size = (name: string) => `${raw(name)} B, ${gz(name)} B gzip`
const ms = (x: number) => `${x.toFixed(1)} ms`

// The pages come from a server process of its own, as from a real web server (gzip, files in memory).
const web = await startServerProcess()
const browser = await launchBrowser()
const version = browser.version()

const measure = (page: string, widget: boolean): Promise<Run> => measureRun(browser, `${web.url}/pages/${page}`, widget)

// Warm-up: the first launch pays for disk caches, not for the widget.
await measure('bench.html', true)
await measure('bench-empty.html', false)
// bench.html is the README's snippet (the seed preloaded); bench-no-preload.html the same without that line.
const withRuns: Run[] = []
const noPreloadRuns: Run[] = []
const withoutRuns: Run[] = []
for (let i = 0; i < RUNS; i++) {
  withRuns.push(await measure('bench.html', true))
  noPreloadRuns.push(await measure('bench-no-preload.html', true))
  withoutRuns.push(await measure('bench-empty.html', false))
}
await browser.close()
web.close()

const col = (runs: Run[], key: keyof Run) => runs.map((r) => r[key])
const taskCost = median(col(withRuns, 'taskMs')) - median(col(withoutRuns, 'taskMs'))
const scriptCost = median(col(withRuns, 'scriptMs')) - median(col(withoutRuns, 'scriptMs'))
const seed = JSON.parse(readFileSync(new URL('careerpath-seed.json', dist), 'utf8')) as {documents: unknown[]}

const [whole, own] = [await bundleGzip(false), await bundleGzip(true)]
const entry = gz('careerpath-widget.js')

const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU'
const section = `## Widget

Measured by \`pnpm --filter @careerpath/widget run bench\` (apps/widget/scripts/bench.ts) on ${new Date().toISOString().slice(0, 10)}:
${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${platform()} ${release()}, Chromium ${version} headless, Node ${process.version};
1-minute load average ${loadavg()[0]!.toFixed(1)} when the run ended (other work on the machine slows every figure).
${RUNS} runs each, pages served gzip-encoded by a local server in its own process (127.0.0.1), viewport 1280×800, medians unless noted.

| what | value |
| --- | --- |
| time to first render, \`<career-path>\` connected → map in the DOM, the README's snippet (seed: ${seed.documents.length} documents, preloaded by the page, fetched + parsed + career graph + rendered; budget < ${BUDGETS.connectToRender} ms) | ${ms(median(col(withRuns, 'connectToRender')))} (p95 ${ms(p95(col(withRuns, 'connectToRender')))}) |
| the same without the snippet's preload line (the seed requested when the element connects) | ${ms(median(col(noPreloadRuns, 'connectToRender')))} (p95 ${ms(p95(col(noPreloadRuns, 'connectToRender')))}); navigation → map painted ${ms(median(col(noPreloadRuns, 'navToPaint')))} |
| time to first paint of the map, connected → next frame | ${ms(median(col(withRuns, 'connectToPaint')))} (p95 ${ms(p95(col(withRuns, 'connectToPaint')))}) |
| navigation start → map painted | ${ms(median(col(withRuns, 'navToPaint')))} |
| main-thread cost to the host page: CDP TaskDuration with − without the widget | ${ms(taskCost)} |
| of which script (CDP ScriptDuration with − without) | ${ms(scriptCost)} |
| longest task while the widget connects, loads and paints (budget: none over ${BUDGETS.longestTask} ms; 0 = no long task) | median ${ms(median(col(withRuns, 'longestTask')))}, worst ${ms(Math.max(...col(withRuns, 'longestTask')))} |
| cumulative layout shift of the host page (widget at the top with the documented reserved height \`--careerpath-min-height: 40rem\`, content below; budget < ${BUDGETS.cls}) | ${median(col(withRuns, 'cls')).toFixed(3)} |
| \`careerpath-widget.js\`, the entry: all an English page loads before the map paints (element, map, data loading, styles, English words of the map; no chunk imported before it runs) | ${raw('careerpath-widget.js')} B, **${entry} B gzip** (budget 20480 B, stretch 16384 B; test/size.test.ts) |
| of which the SDK's career graph, snapshot reader, labels and query text (the entry with them stubbed out, compared) | ${whole - own} B gzip; the widget's own code and styles ${own} B |
| \`${chunk('later')}\`: what the first paint does not need (role, planner, comparison, self-assessment with their styles and English words, the route questions, print rules), prefetched when the browser is idle after the first render or a nav button is pointed at | ${size(chunk('later'))} |
| everything a visitor who opens every view loads, English (entry + that chunk) | **${entry + gz(chunk('later'))} B gzip** |
| \`${chunk('es')}\` / \`${chunk('de')}\`: the Spanish / German words, fetched only when shown | ${size(chunk('es'))} / ${size(chunk('de'))} |
| \`${chunk('fallbacks')}\`: finds and marks content shown in English, fetched with any language but English | ${size(chunk('fallbacks'))} |
| everything a visitor who opens every view loads, Spanish | ${entry + gz(chunk('later')) + gz(chunk('es')) + gz(chunk('fallbacks'))} B gzip |
| \`careerpath-widget.iife.js\` (one file: a classic script cannot load chunks, so every view and language is inside) | ${size('careerpath-widget.iife.js')} |
| \`index.js\` (npm entry; its chunks as the module build's) | ${size('index.js')} |
| \`careerpath-seed.json\` / \`.es.json\` / \`.de.json\` (separate, one fetched only when there is no \`src\`/\`project-id\`) | ${gz('careerpath-seed.json')} / ${gz('careerpath-seed.es.json')} / ${gz('careerpath-seed.de.json')} B gzip |
`

const gap = entry - 20480
const note = gap > 0
  ? `\nThe 20 KB budget of issue 13 is not met by the entry: ${gap} B over (test/size.test.ts holds a ceiling just above
today's size, so it cannot grow unnoticed). Moving the views a visitor opens later into a chunk took the widget's own
part of the entry from 15,822 B (one file, before) to ${own} B, though the languages (a message catalogue, Intl formatting,
fallbacks) came in between; the SDK's ${whole - own} B are the rest. About 3,300 B of those are route search, plans and comparisons, which
the map does not use but which come with \`createCareerGraph\`: an SDK graph whose model (roles, tracks, moves) can be
imported without them would put them in the chunk and the entry at about ${entry - 3300} B (measured by stubbing them out of the SDK's source). Splitting has a price: a visitor
who opens every view loads ${entry + gz(chunk('later'))} B in two files, which compress apart.\n`
  : `\nThe 20 KB budget of issue 13 is met by the entry (${-gap} B to spare); a visitor who opens every view loads ${entry + gz(chunk('later'))} B in two files.\n`
const render = median(col(withRuns, 'connectToRender'))
const renderNote = `
The first-render budget (${BUDGETS.connectToRender} ms from \`connected\`) is ${render < BUDGETS.connectToRender ? 'met' : 'not met'} in this run: ${ms(render)} median at load
${loadavg()[0]!.toFixed(1)} on 2 cores (p95 ${ms(p95(col(withRuns, 'connectToRender')))}), with the README's snippet; without its preload line ${ms(median(col(noPreloadRuns, 'connectToRender')))}.
Where the time went (performance marks and CDP traces of this page, load 3–5): the page's first layout, forced by the
element's viewport check, 1.5–5 ms; the \`fetch()\` call 2–4 ms; the seed's round trip 10–20 ms (the server is another process
on the same cores, and the page's DOMContentLoaded and first frame run meanwhile); parsing the JSON 2–5 ms; the career model
5–10 ms and the map 5–8 ms, most of both compiling cold code (repeated in the same page, \`el.reload()\`, they take ~1 and ~2 ms).
What took it down: (1) the seed is preloaded (\`<link rel="preload" as="fetch" crossorigin>\`, the README's third line), so its
round trip overlaps the script's instead of starting at \`connected\`; (2) the entry asks V8 to compile all of its functions
eagerly (\`//# allFunctionsCalledOnLoad\`, https://v8.dev/blog/explicit-compile-hints): Chromium compiles them while the
file streams, off the main thread, instead of on the main thread as the first render calls them; (3) no \`Intl.NumberFormat\`
before the first paint (a page's first one loads ICU's number data, 15–35 ms before \`connected\`): whole numbers under 1,000
in the shipped languages are written directly (the same digits), and the views' chunk makes the format once the page is idle.
Interleaved A/Bs of (1) and (2) on one build: 30 page loads each at load 3.9, first render 57.5 ms with the preload alone,
55.1 ms with the hints alone, 42.4 ms with both; navigation → map painted 193.2 / 190.6 / 186.3 ms; the widget's script
32.9 / 28.5 / 27.4 ms (so the hints remove main-thread work rather than move it before \`connected\`); an earlier 20-load A/B at
load 4.7 (neither / preload / hints / both): 65.7 / 53.7 / 53.9 / 43.3 ms. At that load about one page load in five has a
task over 50 ms (worst 66–137 ms) in every variant, with or without the hints: the machine's, not the widget's (the median is 0).
(3) took navigation → map
painted 163 → 148 ms at load 1.5–2.3 and the widget's script 45 → 25 ms, outside the \`connected\` window. On this shared 2-core
machine every figure moves with the load (the page, the browser's processes and the server share the cores): the same build
measures 40–70 ms across a day. test/perf.browser.test.ts holds a ceiling (test/perf.ts), skips on a machine loaded beyond its
cores, and reports the budget.
`
const current = existsSync(benchmarks) ? readFileSync(benchmarks, 'utf8') : '# Benchmarks\n'
const pattern = /## Widget\n[\s\S]*?(?=\n## |$)/
const text = section + note + renderNote
const next = pattern.test(current) ? current.replace(pattern, text) : `${current.trimEnd()}\n\n${text}`
writeFileSync(benchmarks, next.endsWith('\n') ? next : `${next}\n`)
console.log(text)
