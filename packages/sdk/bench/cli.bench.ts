/**
 * Cold start of `careerpath plan` (the built bin, embedded curriculum) against
 * Node's own start-up (`node -e 0`), with hyperfine when it is installed
 * (`apt-get install hyperfine`), else by timing spawns here. The target is at
 * most 4× Node's start-up. Writes the "CLI cold start" section of BENCHMARKS.md.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {cpus} from 'node:os'
import {fileURLToPath} from 'node:url'
import {writeSection} from './report'

const node = process.execPath
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const plan = [cli, 'plan', '--from', 'help-desk-technician', '--to', 'it-support-manager']

function hyperfine(): {base: number; plan: number} | null {
  try {
    execFileSync('hyperfine', ['--version'], {stdio: 'ignore'})
  } catch {
    return null
  }
  const out = fileURLToPath(new URL('../test-results/cli-bench.json', import.meta.url))
  execFileSync('hyperfine', ['-N', '-w', '3', '-r', '30', '--export-json', out, `${node} -e 0`, [node, ...plan].join(' ')], {stdio: 'inherit'})
  const results = (JSON.parse(execFileSync('cat', [out], {encoding: 'utf8'})) as {results: {mean: number}[]}).results
  return {base: results[0]!.mean * 1000, plan: results[1]!.mean * 1000}
}

function spawnTimes(): {base: number; plan: number} {
  const median = (args: string[]) => {
    const times: number[] = []
    for (let i = 0; i < 23; i++) {
      const started = performance.now()
      spawnSync(node, args, {stdio: 'ignore'})
      if (i >= 3) times.push(performance.now() - started)
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!
  }
  return {base: median(['-e', '0']), plan: median(plan)}
}

const tool = hyperfine()
const {base, plan: planMs} = tool ?? spawnTimes()
const ratio = planMs / base
const markdown = `## CLI cold start

\`node --import tsx bench/cli.bench.ts\` (${tool ? 'hyperfine, 30 runs after 3 warm-ups, mean' : 'median of 20 spawns'}), Node ${process.versions.node},
${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}: \`careerpath plan --from help-desk-technician --to it-support-manager\` on the embedded curriculum.

| command | time |
| --- | ---: |
| \`node -e 0\` | ${base.toFixed(1)} ms |
| \`careerpath plan …\` | ${planMs.toFixed(1)} ms (${ratio.toFixed(2)}× Node's start-up; target ≤ 4×) |

Commands load on demand and \`plan\` builds the career graph straight from the seed (no @sanity/client, groq-js or
schemas, no full validation); before this, one bundle loaded everything: ~287 ms (4.8× Node 20's start-up here).
`
console.log(markdown)
if (!process.argv.includes('--no-write')) writeSection(fileURLToPath(new URL('../../../BENCHMARKS.md', import.meta.url)), '## CLI cold start', markdown)
if (ratio > 4) process.exitCode = 1
