import {execFile} from 'node:child_process'
import {mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {startTestServer, type TestServer} from '@careerpath/test-server'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {embeddedDocuments} from '../src/embedded'
import {packageRoot, requireBuild} from './built'

/**
 * What a user gets: the packed tarball installed into a scratch project with
 * npm, imported by an ESM and a CJS consumer and type-checked by a TypeScript
 * one, all run with this Node (24 under pnpm).
 */
const run = promisify(execFile)
let scratch: string

const esmConsumer = `
import {createCareerPathClient, isNotFoundError} from '@careerpath/sdk'
import {createCareerGraph} from '@careerpath/sdk/graph'
import {createCareerModel} from '@careerpath/sdk/graph/model'
import {withRoutes} from '@careerpath/sdk/graph/routes'
import {parseSnapshot} from '@careerpath/sdk/snapshot'
import {roleDetail} from '@careerpath/sdk/schemas'
import {roleQuery} from '@careerpath/sdk/queries'
import {parseNdjson} from '@careerpath/sdk/local'
import pkg from '@careerpath/sdk/package.json' with {type: 'json'}

const client = createCareerPathClient()
const role = await client.getRole('help-desk-technician')
const snapshot = parseSnapshot(JSON.stringify(await client.snapshot()))
const graph = createCareerGraph(snapshot.documents)
const model = createCareerModel(snapshot.documents)
let notFound = null
try { await client.getRole('help-desk-technicain') } catch (e) { notFound = isNotFoundError(e) ? e.suggestions : 'wrong error' }
console.log(JSON.stringify({
  name: pkg.name,
  role: role.title,
  track: role.track.slug,
  valid: roleDetail.safeParse(role).success,
  query: roleQuery.includes('slug.current == $slug'),
  plan: graph.plan('help-desk-technician', 'it-support-manager').totals.steps,
  modelPlan: withRoutes(model).plan('help-desk-technician', 'it-support-manager').totals.steps,
  modelTracks: model.tracks().length === graph.tracks().length,
  documents: snapshot.documents.length,
  ndjson: parseNdjson('{"_id":"a","_type":"role"}').documents.length,
  notFound,
}))
`

const cjsConsumer = `
const {createCareerPathClient} = require('@careerpath/sdk')
const {loadSnapshot} = require('@careerpath/sdk/local')
const {SNAPSHOT_VERSION} = require('@careerpath/sdk/snapshot')
const {trackKind} = require('@careerpath/sdk/schemas')
const {createCareerModel} = require('@careerpath/sdk/graph/model')
const {withRoutes} = require('@careerpath/sdk/graph/routes')
;(async () => {
  const client = createCareerPathClient()
  const tracks = await client.listTracks()
  const hits = await client.search('itil', {limit: 3})
  const model = createCareerModel(await client.documents())
  console.log(JSON.stringify({routes: withRoutes(model).paths('help-desk-technician', 'it-support-manager').length, modelRoles: model.roles().length, tracks: tracks.length, kindsValid: tracks.every((t) => trackKind.safeParse(t.kind).success), hits: hits.map((h) => h._type), version: SNAPSHOT_VERSION, loadSnapshot: typeof loadSnapshot}))
})().catch((e) => { console.error(e); process.exit(1) })
`

const tsConsumer = `
import {createCareerPathClient, type RoleDetail} from '@careerpath/sdk'
import {createCareerModel, type CareerModel} from '@careerpath/sdk/graph/model'
import {withRoutes, type CareerGraph} from '@careerpath/sdk/graph/routes'
const model: CareerModel = createCareerModel([], {language: 'de'})
const graph: CareerGraph = withRoutes(model)
// @ts-expect-error the model alone answers no route questions
model.plan
export const routeCount: number = graph.paths('a', 'b').length
const client = createCareerPathClient({projectId: 'abc123', dataset: 'production'})
export async function title(slug: string): Promise<string> {
  const role: RoleDetail = await client.getRole(slug)
  const seniority: number = role.seniority
  const rung: number | null = role.rung
  // @ts-expect-error results are typed: a role has no "salary"
  role.salary
  // @ts-expect-error v1's level is gone (rung and seniority replace it)
  role.level
  return role.track.title + seniority + (rung ?? '')
}
`

beforeAll(async () => {
  requireBuild()
  scratch = await mkdtemp(join(tmpdir(), 'careerpath-pack-'))
  await run('pnpm', ['pack', '--pack-destination', scratch], {cwd: packageRoot})
  const tarball = (await readdir(scratch)).find((f) => f.endsWith('.tgz'))!
  await writeFile(join(scratch, 'package.json'), JSON.stringify({name: 'scratch', private: true, version: '1.0.0'}))
  await run('npm', ['install', `./${tarball}`, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {cwd: scratch, timeout: 240_000})
  await writeFile(join(scratch, 'esm.mjs'), esmConsumer)
  await writeFile(join(scratch, 'cjs.cjs'), cjsConsumer)
  await writeFile(join(scratch, 'consumer.ts'), tsConsumer)
  // The README's quick start, exactly as a newcomer would paste it.
  const readme = await readFile(join(packageRoot, 'README.md'), 'utf8')
  const quickStart = /## Quick start[\s\S]*?```js\n([\s\S]*?)```/.exec(readme)?.[1]
  if (!quickStart) throw new Error('README has no js block under "## Quick start"')
  await writeFile(join(scratch, 'careerpath.mjs'), quickStart)
  // "The same code reads your own Sanity project once you add its id and dataset": here the project is the test server.
  const sanityOptions = `{projectId: 'test', dataset: 'production', apiHost: process.env.CAREERPATH_API_HOST, useProjectHostname: false}`
  const onSanity = quickStart.replace('createCareerPathClient()', `createCareerPathClient(${sanityOptions})`)
  if (onSanity === quickStart) throw new Error('The quick start no longer calls createCareerPathClient() without options')
  await writeFile(join(scratch, 'careerpath-sanity.mjs'), onSanity)
}, 300_000)
afterAll(() => (scratch ? rm(scratch, {recursive: true, force: true}) : undefined))

describe('the packed tarball in a fresh project', () => {
  test('ESM consumer: every entry point works', async () => {
    const {stdout} = await run(process.execPath, ['esm.mjs'], {cwd: scratch})
    const result = JSON.parse(stdout)
    expect(result).toEqual({
      name: '@careerpath/sdk',
      role: 'Help desk technician',
      track: 'it-support',
      valid: true,
      query: true,
      plan: expect.any(Number),
      modelPlan: result.plan,
      modelTracks: true,
      documents: expect.any(Number),
      ndjson: 1,
      notFound: expect.arrayContaining(['help-desk-technician']),
    })
  })

  test('CJS consumer', async () => {
    const {stdout} = await run(process.execPath, ['cjs.cjs'], {cwd: scratch})
    const result = JSON.parse(stdout)
    expect(result).toMatchObject({kindsValid: true, version: 2, loadSnapshot: 'function'})
    expect(result.routes).toBeGreaterThan(0)
    expect(result.modelRoles).toBeGreaterThan(3)
    expect(result.tracks).toBeGreaterThan(3)
    expect(result.hits.length).toBeGreaterThan(0)
  })

  test('TypeScript consumer type-checks against the published declarations', async () => {
    const tsc = join(packageRoot, 'node_modules', 'typescript', 'bin', 'tsc')
    const args = ['--noEmit', '--strict', '--module', 'node16', '--moduleResolution', 'node16', '--target', 'es2022', '--skipLibCheck', 'consumer.ts']
    await expect(run(process.execPath, [tsc, ...args], {cwd: scratch})).resolves.toBeDefined()
  })

  test('the README quick start runs as pasted', async () => {
    const {stdout} = await run(process.execPath, ['careerpath.mjs'], {cwd: scratch})
    expect(stdout).toMatch(/^Help desk technician \(IT support.*, rung 1, Entry\)\nNext moves: promotion → /)
    expect(stdout).toMatch(/To IT support manager: \d+ moves, about \d+(\.\d+)? years\n  1\. /)
    expect(stdout).toMatch(/Search "itil": .*ITIL/)
  })

  test('the README quick start type-checks as pasted, and a typo in a field name does not', async () => {
    const tsc = join(packageRoot, 'node_modules', 'typescript', 'bin', 'tsc')
    const args = ['--noEmit', '--strict', '--allowJs', '--checkJs', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022']
    await expect(run(process.execPath, [tsc, ...args, 'careerpath.mjs'], {cwd: scratch})).resolves.toBeDefined()
    const typo = (await readFile(join(scratch, 'careerpath.mjs'), 'utf8')).replace('${role.title}', '${role.titel}')
    await writeFile(join(scratch, 'typo.mjs'), typo)
    await expect(run(process.execPath, [tsc, ...args, 'typo.mjs'], {cwd: scratch})).rejects.toMatchObject({stdout: expect.stringContaining("Property 'titel' does not exist")})
    // Two cold tsc runs: ~5 s alone, past 20 s on a machine shared by other builds (a bound on hanging, not a speed check).
  }, 60_000)

  test('the same quick start on a Sanity project (the test server) prints the same', async () => {
    let server: TestServer | undefined
    try {
      server = await startTestServer({documents: embeddedDocuments, dataset: 'production'})
      const env = {...process.env, CAREERPATH_API_HOST: server.url}
      const [embedded, sanity] = await Promise.all([
        run(process.execPath, ['careerpath.mjs'], {cwd: scratch}),
        run(process.execPath, ['careerpath-sanity.mjs'], {cwd: scratch, env}),
      ])
      expect(sanity.stdout).toBe(embedded.stdout)
      expect(server.requests.length).toBeGreaterThanOrEqual(3)
      expect(server.requests.every((r) => r.query.perspective === 'published')).toBe(true)
    } finally {
      await server?.close()
    }
  })

  test('the installed careerpath bin runs', async () => {
    const {stdout} = await run(process.execPath, [join(scratch, 'node_modules', '@careerpath', 'sdk', 'dist', 'cli.js'), 'validate', '--json'], {cwd: scratch})
    expect(JSON.parse(stdout).ok).toBe(true)
  })
})
