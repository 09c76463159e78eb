// Adds up every package's vitest JSON report so one closing line tells the whole run's result.
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'

const root = new URL('..', import.meta.url).pathname
const reports = []
for (const group of ['packages', 'apps', '.']) {
  const dirs = group === '.' ? ['studio'] : existsSync(join(root, group)) ? readdirSync(join(root, group)).map((d) => join(group, d)) : []
  for (const dir of dirs) {
    const file = join(root, dir, 'test-results', 'vitest.json')
    if (existsSync(file)) reports.push([dir, JSON.parse(readFileSync(file, 'utf8'))])
  }
}
let passed = 0
let failed = 0
let skipped = 0
for (const [dir, r] of reports) {
  const p = r.numPassedTests ?? 0
  const f = r.numFailedTests ?? 0
  const s = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0)
  console.log(`${dir.padEnd(22)} ${String(p).padStart(4)} passed ${String(f).padStart(3)} failed ${String(s).padStart(3)} skipped`)
  passed += p
  failed += f
  skipped += s
}
if (reports.length === 0) {
  console.error('No test reports found: did any test run?')
  process.exit(1)
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
