/**
 * The migrations through the real Sanity CLI, offline: `sanity migration run
 * <id> --from-export` is a dry run over a dataset export and never calls the
 * Content Lake. The export is built here the way `sanity dataset export` writes
 * one: a tar.gz holding a folder with data.ndjson.
 */
import {execFile} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, describe, expect, it} from 'vitest'

const run = promisify(execFile)
const studioDir = fileURLToPath(new URL('..', import.meta.url))
const fixture = fileURLToPath(new URL('../../packages/curriculum/fixtures/v1/careerpath.ndjson', import.meta.url))
const sanityBin = join(studioDir, 'node_modules/.bin/sanity')

const workDir = mkdtempSync(join(tmpdir(), 'careerpath-migration-'))
afterAll(() => rmSync(workDir, {recursive: true, force: true}))

async function exportArchive(): Promise<string> {
  const folder = join(workDir, 'production-export')
  mkdirSync(folder, {recursive: true})
  copyFileSync(fixture, join(folder, 'data.ndjson'))
  const archive = join(workDir, 'production.tar.gz')
  await run('tar', ['-czf', archive, '-C', workDir, 'production-export'])
  return archive
}

async function dryRun(id: string, archive: string) {
  // The CLI asks for a login before any dry run; a placeholder token satisfies it, and --from-export makes no request.
  const env = {...process.env, SANITY_AUTH_TOKEN: 'offline-dry-run', DO_NOT_TRACK: '1', NO_COLOR: '1', FORCE_COLOR: '0'}
  const {stdout, stderr} = await run(sanityBin, ['migration', 'run', id, '--from-export', archive, '--no-progress'], {cwd: studioDir, env, maxBuffer: 64 * 1024 * 1024})
  // Not a TTY: each mutation starts with its kind in brackets, "[patch] role-…".
  const kinds = [...stdout.matchAll(/^\[(patch|createIfNotExists|createOrReplace|create|delete)\]/gm)].map((m) => m[1]!)
  const count = (kind: string) => kinds.filter((k) => k === kind).length
  return {stdout, stderr, kinds, count}
}

describe('sanity migration run --from-export (dry run on the v1 fixture)', () => {
  const archive = exportArchive()

  it('v2-content-model: 149 patches and 46 creates, and the report on stderr', async () => {
    const result = await dryRun('v2-content-model', await archive)
    expect(result.stdout).toContain('Running migration "v2-content-model" in dry mode')
    // 13 tracks + 26 roles + 39 skills + 12 certifications + 58 resources + 1 learning path
    expect(result.count('patch')).toBe(149)
    // 3 degrees + 43 organisations
    expect(result.count('createIfNotExists')).toBe(46)
    expect(result.kinds).toHaveLength(195)
    expect(result.stdout).toContain('[patch] role-senior-support-engineer')
    expect(result.stdout).toMatch(/\[createIfNotExists\] \[organisation\] org-project-management-institute/)
    expect(result.stderr).toContain('v2-content-model: role-senior-support-engineer: move to role-support-team-lead: lateral → promotion (seniority 3 → 4)')
    expect(result.stderr.match(/^v2-content-model: /gm)).toHaveLength(26)
  }, 120_000)

  it('v2-cleanup: deletes exactly the three v1 degree certifications', async () => {
    const result = await dryRun('v2-cleanup', await archive)
    expect(result.kinds).toEqual(['delete', 'delete', 'delete'])
    for (const id of ['cert-bachelors-computer-science', 'cert-masters-information-technology', 'cert-mba-it-management']) expect(result.stdout).toContain(id)
  }, 120_000)
})
