/**
 * Career graph benchmark: build time, `paths`, `plan` and `gap` on a synthetic
 * 10k-role curriculum, between far-apart roles (entry roles and top roles of
 * other tracks, as many moves apart as the search allows). Prints a markdown
 * table and writes it into the "Career graph" section of BENCHMARKS.md.
 *
 *   pnpm exec tsx bench/graph.bench.ts [--roles 10000] [--pairs 40] [--no-write]
 *
 * `runGraphBench` is exported so the package's bench runner can call it.
 */
import {cpus, loadavg, totalmem} from 'node:os'
import {fileURLToPath} from 'node:url'
import {createCareerGraph, DEFAULT_MAX_STEPS, type CareerGraph} from '../src/graph/index'
import {writeSection} from './report'
import {syntheticRoleGraph} from './synthetic'

export interface GraphBenchOptions {
  readonly roles?: number
  /** How many far-apart role pairs to query. */
  readonly pairs?: number
  /** Timed runs of each query per pair. */
  readonly runs?: number
  /** Write the section into this BENCHMARKS.md; null to only print. */
  readonly benchmarksFile?: string | null
}

export interface GraphBenchRow {
  readonly operation: string
  readonly samples: number
  readonly p50: number
  readonly p95: number
  readonly max: number
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!

function summarise(operation: string, samples: number[]): GraphBenchRow {
  const sorted = [...samples].sort((a, b) => a - b)
  return {operation, samples: sorted.length, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted[sorted.length - 1]!}
}

function time(run: () => unknown): number {
  const start = performance.now()
  run()
  return performance.now() - start
}

/**
 * Far-apart pairs: from entry roles, the top-level roles of other tracks that
 * are reachable in the most moves (a breadth-first search over the edges).
 */
function farPairs(graph: CareerGraph, count: number): [string, string][] {
  const next = new Map<string, string[]>()
  for (const edge of graph.transitions()) next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to])
  const roles = graph.roles()
  const bySlug = new Map(roles.map((role) => [role.slug, role]))
  const top = Math.max(...roles.map((role) => role.rung ?? 0))
  const pairs: [string, string][] = []
  for (const start of roles) {
    if (pairs.length >= count) break
    if (start.rung !== 1) continue
    const depth = new Map([[start.slug, 0]])
    const queue = [start.slug]
    for (let head = 0; head < queue.length; head++) {
      const at = queue[head]!
      if (depth.get(at)! >= DEFAULT_MAX_STEPS) continue
      for (const to of next.get(at) ?? []) {
        if (depth.has(to)) continue
        depth.set(to, depth.get(at)! + 1)
        queue.push(to)
      }
    }
    let best: string | undefined
    for (const [slug, d] of depth) {
      const role = bySlug.get(slug)!
      if (role.rung === top && role.track?.id !== start.track?.id && (!best || d > depth.get(best)!)) best = slug
    }
    if (best) pairs.push([start.slug, best])
  }
  return pairs
}

function machine() {
  const cpu = cpus()
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    /** Other work on the machine skews the tail; the 1-minute load average says how much there was. */
    load: loadavg()[0]!.toFixed(1),
    date: new Date().toISOString().slice(0, 10),
  }
}

interface Scenario {
  readonly name: string
  readonly lateralRate: number
  readonly specialisationRate: number
}

/** The generator's default mix, and a dense one where most roles have sideways moves (many alternative routes). */
const SCENARIOS: readonly Scenario[] = [
  {name: 'default', lateralRate: 0.3, specialisationRate: 0.1},
  {name: 'dense', lateralRate: 1, specialisationRate: 0.6},
]

function runScenario(scenario: Scenario, roleCount: number, pairCount: number, runs: number) {
  const documents = syntheticRoleGraph(roleCount, {lateralRate: scenario.lateralRate, specialisationRate: scenario.specialisationRate})
  const builds: number[] = []
  let graph = createCareerGraph(documents)
  for (let i = 0; i < 10; i++) builds.push(time(() => (graph = createCareerGraph(documents))))

  const pairs = farPairs(graph, pairCount)
  if (pairs.length === 0) throw new Error(`No reachable far-apart pairs in the ${scenario.name} synthetic graph`)
  const moves = pairs.map(([from, to]) => graph.paths(from, to, {limit: 1})[0]!.steps.length)
  const wide = {maxSteps: 12, limit: 10}

  // Warm up the JIT on every query before timing.
  for (const [from, to] of pairs.slice(0, 5)) {
    graph.paths(from, to, wide)
    graph.plan(from, to)
    graph.gap(from, to)
  }
  const samples = {paths: [] as number[], wide: [] as number[], plan: [] as number[], gap: [] as number[], missing: [] as number[]}
  const found = {paths: 0, wide: 0}
  for (const [from, to] of pairs) {
    for (let r = 0; r < runs; r++) {
      samples.paths.push(time(() => (found.paths += graph.paths(from, to).length)))
      samples.wide.push(time(() => (found.wide += graph.paths(from, to, wide).length)))
      samples.plan.push(time(() => graph.plan(from, to)))
      samples.gap.push(time(() => graph.gap(from, to)))
      // Backwards: no route, the search must give up quickly.
      samples.missing.push(time(() => graph.paths(to, from)))
    }
  }
  const calls = pairs.length * runs
  const perCall = (n: number) => (n / calls).toFixed(1)
  return {
    rows: [
      summarise(`build (${documents.length.toLocaleString('en')} documents)`, builds),
      summarise(`paths, defaults (${perCall(found.paths)} routes/call)`, samples.paths),
      summarise(`paths, maxSteps 12 (${perCall(found.wide)} routes/call)`, samples.wide),
      summarise('plan, best route', samples.plan),
      summarise('gap', samples.gap),
      summarise('paths, no route', samples.missing),
    ],
    description:
      `**${scenario.name}**: ${graph.transitions().length.toLocaleString('en')} transitions (lateral rate ${scenario.lateralRate}, specialisation rate ${scenario.specialisationRate}); ` +
      `${pairs.length} pairs, ${Math.min(...moves)}–${Math.max(...moves)} moves apart`,
  }
}

export function runGraphBench(options: GraphBenchOptions = {}) {
  const roleCount = options.roles ?? 10_000
  const pairCount = options.pairs ?? 40
  const runs = options.runs ?? 5
  const results = SCENARIOS.map((scenario) => ({scenario, ...runScenario(scenario, roleCount, pairCount, runs)}))

  const m = machine()
  const ms = (x: number) => x.toFixed(2)
  const worst = Math.max(...results.flatMap((r) => r.rows.filter((row) => /^(paths|plan)/.test(row.operation) && !row.operation.includes('maxSteps')).map((row) => row.p95)))
  const markdown = [
    '## Career graph',
    '',
    `\`createCareerGraph\` and its queries on synthetic curricula of ${roleCount.toLocaleString('en')} roles from \`bench/synthetic.ts\`, ` +
      `between far-apart roles: an entry role and the top role of another track that is the most moves away within the default bound (8). ` +
      `${runs} timed runs per pair after a warm-up; times in milliseconds. ` +
      results.map((r) => r.description).join('; ') +
      '.',
    '',
    '| graph | operation | samples | p50 ms | p95 ms | max ms |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...results.flatMap((r) => r.rows.map((row) => `| ${r.scenario.name} | ${row.operation} | ${row.samples} | ${ms(row.p50)} | ${ms(row.p95)} | ${ms(row.max)} |`)),
    '',
    `Target: \`paths\` and \`plan\` with default bounds under 50 ms p95: ${worst < 50 ? 'met' : 'NOT met'} (worst p95 ${ms(worst)} ms).`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memory}, Node ${m.node}, 1-minute load average ${m.load} when the run ended; ${m.date}. ` +
      'Reproduce with `pnpm --filter @careerpath/sdk exec tsx bench/graph.bench.ts` (add `--no-write` to only print).',
    '',
  ].join('\n')

  if (options.benchmarksFile) writeSection(options.benchmarksFile, '## Career graph', markdown)
  return {results, markdown}
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]
if (isMain) {
  const arg = (name: string) => {
    const at = process.argv.indexOf(`--${name}`)
    return at === -1 ? undefined : Number(process.argv[at + 1])
  }
  const benchmarksFile = process.argv.includes('--no-write') ? null : fileURLToPath(new URL('../../../BENCHMARKS.md', import.meta.url))
  const {markdown} = runGraphBench({roles: arg('roles'), pairs: arg('pairs'), runs: arg('runs'), benchmarksFile})
  console.log(markdown)
}
