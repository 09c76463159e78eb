/**
 * The Sanity CLI's own checks, run for real: `sanity schema validate` must
 * report no problems, and `sanity schema extract` must reproduce the committed
 * schema.json (which TypeGen and the SDK are generated from), so a schema
 * change without a re-extract fails here.
 */
import {execFile} from 'node:child_process'
import {mkdir, readFile, rm} from 'node:fs/promises'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const run = promisify(execFile)
const studioDir = fileURLToPath(new URL('..', import.meta.url))
const sanityBin = join(studioDir, 'node_modules/sanity/bin/sanity')
const env = {...process.env, DO_NOT_TRACK: '1', NO_COLOR: '1', FORCE_COLOR: '0', CI: 'true'}
// The same flags as the `schema:extract` and `typegen` scripts.
const EXTRACT_FLAGS = ['--enforce-required-fields']

const sanity = (...args: string[]) => run(process.execPath, [sanityBin, ...args], {cwd: studioDir, env, maxBuffer: 32 * 1024 * 1024})

interface SchemaProblemGroup {
  path: unknown[]
  problems: {severity: 'error' | 'warning'; message: string}[]
}

let workDir: string
let validation: SchemaProblemGroup[]
let extracted: unknown

beforeAll(async () => {
  // Relative on purpose: sanity 6.9 joins `--path` onto the working directory even when it is absolute.
  workDir = join('node_modules', '.cache', `schema-check-${process.pid}`)
  await mkdir(join(studioDir, workDir), {recursive: true})
  const extractPath = join(workDir, 'schema.json')
  // Both commands load the Studio; running them side by side roughly halves the wait.
  const [validate] = await Promise.all([
    sanity('schema', 'validate', '--format', 'json'),
    sanity('schema', 'extract', '--path', extractPath, ...EXTRACT_FLAGS),
  ])
  validation = JSON.parse(validate.stdout) as SchemaProblemGroup[]
  extracted = JSON.parse(await readFile(join(studioDir, extractPath), 'utf8'))
}, 240_000)

afterAll(() => rm(join(studioDir, workDir), {recursive: true, force: true}))

describe('Sanity CLI', () => {
  it('sanity schema validate reports 0 errors and 0 warnings', () => {
    expect(Array.isArray(validation)).toBe(true)
    const problems = validation.flatMap((group) => group.problems.map((p) => `${p.severity}: ${JSON.stringify(group.path)} ${p.message}`))
    expect(problems.filter((p) => p.startsWith('error'))).toEqual([])
    expect(problems).toEqual([])
  })

  it('sanity schema extract reproduces the committed schema.json (run `pnpm --filter @careerpath/studio schema:extract` if not)', async () => {
    const committed = JSON.parse(await readFile(join(studioDir, 'schema.json'), 'utf8')) as {name: string}[]
    expect(Array.isArray(extracted)).toBe(true)
    const names = (extracted as {name: string}[]).map((t) => t.name)
    for (const type of ['track', 'role', 'skill', 'certification', 'resource', 'learningPath', 'faq', 'guide', 'sourceArticle']) {
      expect(names).toContain(type)
    }
    expect(extracted).toEqual(committed)
  })
})
