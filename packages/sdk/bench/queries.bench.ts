/**
 * Local-source query benchmarks on synthetic curricula of 1k, 10k and 100k
 * documents (bench/synthetic.ts):
 * - dereference-heavy GROQ with the SDK's indexed `dereference` versus
 *   groq-js's default, which scans the dataset for every `->`;
 * - the client's list methods with validation off versus strict, i.e. what
 *   zod validation adds to evaluation.
 * Prints a table and writes the "SDK queries" section of BENCHMARKS.md
 * (`--no-write` to only print). Not part of the test suite.
 */
import {cpus, loadavg, totalmem} from 'node:os'
import {fileURLToPath} from 'node:url'
import {evaluate, parse} from 'groq-js'
import {queries} from '../src/queries/objects'
import {validateResult} from '../src/client/run'
import {createView, evaluateInView} from '../src/sources/local'
import {writeSection} from './report'
import {syntheticDataset} from './synthetic'

/** Every reference of every role resolved: ~13 `->` per role. */
const derefHeavy = `*[_type == "role"]{
  _id, title, "track": track->title,
  "skills": skills[]{proficiency, "skill": skill->title},
  "certifications": certifications[]->title,
  "resources": resources[]->title,
  "transitions": transitions[]{kind, "to": to->title}
}`

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/** Collects garbage before each sample when Node runs with --expose-gc (the bench script does), so one run's garbage isn't billed to the next. */
const collect = (globalThis as {gc?: () => void}).gc ?? (() => {})

async function timeRuns(runs: number, fn: () => Promise<unknown>): Promise<number> {
  await fn() // warm-up: parse caches, JIT
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    collect()
    const started = performance.now()
    await fn()
    samples.push(performance.now() - started)
  }
  return median(samples)
}

interface DerefRow {
  documents: number
  roles: number
  derefs: number
  indexedMs: number
  linearMs: number | null
}

async function derefBench(size: number, linearRuns: number): Promise<DerefRow> {
  const docs = syntheticDataset({documents: size})
  const roles = docs.filter((d) => d._type === 'role')
  const derefs = roles.reduce((n, r) => n + 1 + (r.skills as unknown[]).length + (r.certifications as unknown[]).length + (r.resources as unknown[]).length + (r.transitions as unknown[]).length, 0)
  const view = createView(docs, 'published')
  const indexedMs = await timeRuns(size >= 100_000 ? 3 : 7, () => evaluateInView(view, derefHeavy, {}))
  const tree = parse(derefHeavy)
  // groq-js's default: `evaluate` without a `dereference` option.
  const linearMs = linearRuns > 0 ? await timeRuns(linearRuns, async () => (await evaluate(tree, {dataset: view.documents})).get()) : null
  // Same answer both ways, or the comparison means nothing.
  if (linearRuns > 0) {
    const a = JSON.stringify(await evaluateInView(view, derefHeavy, {}))
    const b = JSON.stringify(await (await evaluate(tree, {dataset: view.documents})).get())
    if (a !== b) throw new Error(`indexed and linear dereference disagree at ${size} documents`)
  }
  return {documents: size, roles: roles.length, derefs, indexedMs, linearMs}
}

interface ValidationRow {
  documents: number
  method: string
  rows: number
  evaluateMs: number
  validateMs: number
}

/**
 * Evaluation and validation of the same result, timed separately in
 * alternation (medians), so machine noise in the much longer evaluation does
 * not swamp the validation figure.
 */
async function validationBench(size: number): Promise<ValidationRow[]> {
  const view = createView(syntheticDataset({documents: size}), 'published')
  const base = {language: 'en'}
  const methods = [
    ['listRoles', queries.roleList, {...base, track: null, rung: null, seniority: null}],
    ['listTracks', queries.trackList, base],
    ['listCertifications', queries.certificationList, {...base, vendor: null, level: null, status: null}],
    ['listResources', queries.resourceList, {...base, kind: null, cost: null, topic: null}],
    ['listFaqs', queries.faqList, {...base, role: null}],
  ] as const
  const rows: ValidationRow[] = []
  for (const [method, op, params] of methods) {
    const runs = size >= 100_000 ? 5 : 15
    const evaluateSamples: number[] = []
    const validateSamples: number[] = []
    let result: unknown = await evaluateInView(view, op.query, params)
    await validateResult(op, result, 'strict', method) // warm-up
    for (let i = 0; i < runs; i++) {
      collect()
      let started = performance.now()
      result = await evaluateInView(view, op.query, params)
      evaluateSamples.push(performance.now() - started)
      collect()
      started = performance.now()
      await validateResult(op, result, 'strict', method)
      validateSamples.push(performance.now() - started)
    }
    rows.push({documents: size, method, rows: (result as unknown[]).length, evaluateMs: median(evaluateSamples), validateMs: median(validateSamples)})
  }
  return rows
}

const ms = (n: number) => n.toFixed(n < 10 ? 2 : 1)
const int = (n: number) => n.toLocaleString('en-US')

function section(deref: DerefRow[], validation: ValidationRow[]): string {
  const cpu = cpus()
  const deref10k = deref.find((r) => r.documents === 10_000)!
  const ratio = deref10k.linearMs! / deref10k.indexedMs
  const overheads = validation.map((r) => r.validateMs / r.evaluateMs)
  const worst = Math.max(...overheads)
  const at10k = validation.filter((r) => r.documents === 10_000)
  const overall10k = at10k.reduce((s, r) => s + r.validateMs, 0) / at10k.reduce((s, r) => s + r.evaluateMs, 0)
  return [
    '## SDK queries (local source)',
    '',
    'GROQ evaluated in memory by the local source (`createCareerPathClient({documents})`) on synthetic curricula from `bench/synthetic.ts`. Medians of timed runs after a warm-up; times in milliseconds.',
    '',
    `**Dereference**: one query resolving every reference of every role (track, skills, certifications, resources, transitions), with the SDK's indexed \`dereference\` (a Map by \`_id\`) versus groq-js's default, which scans the dataset for each \`->\`. Both return the same result (checked).`,
    '',
    '| documents | roles | `->` per query | indexed ms | groq-js default ms | speed-up |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...deref.map((r) => `| ${int(r.documents)} | ${int(r.roles)} | ${int(r.derefs)} | ${ms(r.indexedMs)} | ${r.linearMs === null ? 'not run (hours)' : ms(r.linearMs)} | ${r.linearMs === null ? '–' : `${(r.linearMs / r.indexedMs).toFixed(0)}×`} |`),
    '',
    `Target at 10k documents: at least 50× faster: **${ratio.toFixed(0)}×**, ${ratio >= 50 ? 'met' : 'NOT met'}.`,
    '',
    "**Validation**: the client's list queries evaluated (what `validation: 'off'` costs) and their results validated row by row with the zod schemas (what `'strict'` adds), timed separately on the same result.",
    '',
    '| documents | method | rows | evaluate ms | validate ms | evaluate + validate ms | added |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: |',
    ...validation.map((r) => `| ${int(r.documents)} | ${r.method} | ${int(r.rows)} | ${ms(r.evaluateMs)} | ${ms(r.validateMs)} | ${ms(r.evaluateMs + r.validateMs)} | +${((r.validateMs / r.evaluateMs) * 100).toFixed(0)}% |`),
    '',
    `Target: validation adds at most 50%: worst method +${(worst * 100).toFixed(0)}%, the five methods together at 10k +${(overall10k * 100).toFixed(0)}%; ${worst <= 0.5 ? 'met' : 'NOT met for every method'}.`,
    '',
    `Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, 1-minute load average ${loadavg()[0]!.toFixed(1)} when the run ended; ${new Date().toISOString().slice(0, 10)}. Reproduce with \`pnpm --filter @careerpath/sdk run bench\` (runs this and the graph bench; \`node --expose-gc --import tsx bench/queries.bench.ts --no-write\` only prints, \`--quick\` is a 1k-document smoke run).`,
    '',
  ].join('\n')
}

// `--quick`: a smoke run on 1k documents that only prints (checks the bench still works on a busy machine).
const quick = process.argv.includes('--quick')
const sizes = quick ? [1_000] : [1_000, 10_000, 100_000]
const linearRunsAt: Record<number, number> = {1_000: 5, 10_000: 2, 100_000: 0}

const deref: DerefRow[] = []
for (const size of sizes) {
  const row = await derefBench(size, quick ? 1 : linearRunsAt[size]!)
  console.log(`deref ${size}: indexed ${ms(row.indexedMs)} ms, linear ${row.linearMs === null ? '-' : `${ms(row.linearMs)} ms`}`)
  deref.push(row)
}
const validation: ValidationRow[] = []
for (const size of sizes) {
  for (const row of await validationBench(size)) {
    console.log(`validate ${size} ${row.method}: evaluate ${ms(row.evaluateMs)} ms, validate ${ms(row.validateMs)} ms`)
    validation.push(row)
  }
}
if (!quick) {
  const text = section(deref, validation)
  console.log(`\n${text}`)
  if (!process.argv.includes('--no-write')) writeSection(fileURLToPath(new URL('../../../BENCHMARKS.md', import.meta.url)), '## SDK queries', text)
}
