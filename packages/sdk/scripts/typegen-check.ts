/**
 * Fails when the committed TypeGen output is stale: regenerates the Studio
 * schema extract and the SDK's query types, and compares them with what was
 * there before. Needs no git, so it works in a fresh CI clone and locally.
 */
import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const files = ['packages/sdk/src/generated/sanity.types.ts', 'studio/schema.json']
const read = (file: string) => {
  try {
    return readFileSync(root + file, 'utf8')
  } catch {
    return ''
  }
}

const before = files.map(read)
try {
  execFileSync('pnpm', ['--filter', '@careerpath/studio', 'run', 'typegen'], {cwd: root, stdio: 'pipe'})
} catch (error) {
  const e = error as {stdout?: Buffer; stderr?: Buffer}
  console.error(`TypeGen failed:\n${e.stdout?.toString() ?? ''}${e.stderr?.toString() ?? ''}`)
  process.exit(1)
}
const stale = files.filter((file, i) => read(file) !== before[i])
if (stale.length) {
  console.error(`TypeGen output was stale and has been regenerated: ${stale.join(', ')}.\nReview and commit the change (queries or the Studio schema changed without "pnpm typegen").`)
  process.exit(1)
}
console.log(`TypeGen output is up to date (${files.join(', ')}).`)
