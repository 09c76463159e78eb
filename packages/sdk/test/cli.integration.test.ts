import {execFile} from 'node:child_process'
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {startTestServer, type TestServer} from '@careerpath/test-server'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {embeddedDocuments} from '../src/embedded'
const curriculum = embeddedDocuments.filter((d) => d._type !== 'translation.metadata')
import {parseSnapshot} from '../src/snapshot/format'
import {cliPath, requireBuild} from './built'
import {fixtureDocuments} from './fixtures'

/** Spawns the BUILT bin with this Node (24 under pnpm), never importing it. */
function cli(args: string[], env: Record<string, string> = {}): Promise<{code: number; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cliPath, ...args], {env: {PATH: process.env.PATH, ...env}, timeout: 60_000}, (error, stdout, stderr) => {
      resolve({code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr})
    })
  })
}

const TOKEN = 'sk-very-secret-token-123'
let dir: string
let server: TestServer
beforeAll(async () => {
  requireBuild()
  dir = await mkdtemp(join(tmpdir(), 'careerpath-cli-'))
  server = await startTestServer({documents: embeddedDocuments, requireToken: TOKEN})
})
afterAll(async () => {
  await server.close()
  await rm(dir, {recursive: true, force: true})
})
const sanityArgs = () => ['--project-id', 'test', '--dataset', 'production', '--api-host', server.url]

describe('careerpath CLI (built bin)', () => {
  test('--help for the program and every command; usage errors exit 2', async () => {
    const main = await cli(['--help'])
    expect(main).toMatchObject({code: 0, stdout: expect.stringContaining('Commands:')})
    for (const command of ['validate', 'snapshot', 'plan']) {
      const help = await cli([command, '--help'])
      expect(help.code).toBe(0)
      expect(help.stdout).toContain(`Usage: careerpath ${command}`)
      expect(help.stdout).toContain('Examples:')
    }
    expect((await cli([])).code).toBe(2)
    expect(await cli(['frobnicate'])).toMatchObject({code: 2, stderr: expect.stringContaining('Unknown command "frobnicate"')})
    expect(await cli(['plan', '--from', 'x'])).toMatchObject({code: 2, stderr: expect.stringContaining('--to')})
    // A newcomer does not know the slugs: the usage error lists the roles, grouped by ladder.
    expect((await cli(['plan'])).stderr).toMatch(/The roles:\n(?:[\s\S]*\n)? {2}IT support[^\n]*:\n {4}help-desk-technician +Help desk technician\n/)
    expect(await cli(['validate', '--bogus'])).toMatchObject({code: 2})
  })

  test('validate: the embedded curriculum passes (text and --json)', async () => {
    const text = await cli(['validate'])
    expect(text.code).toBe(0)
    expect(text.stdout).toMatch(/✓ \d+ documents checked/)
    const json = await cli(['validate', '--json'])
    const report = JSON.parse(json.stdout)
    expect(report).toMatchObject({ok: true, documents: [], summary: {checked: curriculum.length, invalid: 0}})
    // No TTY: no progress spinner on stderr.
    expect(json.stderr).toBe('')
  })

  test('validate: a broken file gets a report per document and per bad line, exit 1', async () => {
    const docs = fixtureDocuments()
    ;(docs.find((d) => d._id === 'skill-troubleshooting') as {category: string}).category = 'magic'
    const file = join(dir, 'broken.ndjson')
    await writeFile(file, [...docs.map((d) => JSON.stringify(d)), '{"_id": oops'].join('\n'))
    const text = await cli(['validate', file])
    expect(text.code).toBe(1)
    expect(text.stdout).toContain('✗ skill skill-troubleshooting')
    expect(text.stdout).toContain('category:')
    expect(text.stdout).toMatch(new RegExp(`line ${docs.length + 1}: not valid JSON`))
    const json = JSON.parse((await cli(['validate', file, '--json'])).stdout)
    expect(json.ok).toBe(false)
    expect(json.documents).toEqual([{id: 'skill-troubleshooting', type: 'skill', issues: [expect.objectContaining({field: 'category'})]}])
    expect(json.lines).toEqual([expect.objectContaining({line: docs.length + 1})])
  })

  test('validate from a Sanity project, token from the environment only', async () => {
    expect((await cli(['validate', ...sanityArgs()])).code).toBe(0)
    expect(server.requests.at(-1)!.authorization).toBeUndefined()
    expect((await cli(['validate', ...sanityArgs()], {SANITY_API_READ_TOKEN: 'wrong'})).stderr).toMatch(/TransportError: .*HTTP 401/)
    const ok = await cli(['validate', ...sanityArgs(), '--json'], {SANITY_API_READ_TOKEN: TOKEN})
    expect(ok.code).toBe(0)
    expect(JSON.parse(ok.stdout).summary.checked).toBe(curriculum.length)
    expect(server.requests.at(-1)!.authorization).toBe(`Bearer ${TOKEN}`)
    expect(await cli(['validate', ...sanityArgs(), '--token', TOKEN])).toMatchObject({code: 2, stderr: expect.stringContaining('SANITY_API_READ_TOKEN')})
  })

  test('snapshot from Sanity: valid, loadable, and never contains the token', async () => {
    const out = join(dir, 'snapshot.json')
    const run = await cli(['snapshot', '--out', out, ...sanityArgs(), '--json'], {SANITY_API_READ_TOKEN: TOKEN})
    expect(run.code).toBe(0)
    const text = await readFile(out, 'utf8')
    const snapshot = parseSnapshot(text)
    expect(snapshot.source).toEqual({kind: 'sanity', projectId: 'test', dataset: 'production', perspective: 'published', language: 'en'})
    expect(snapshot.documents).toHaveLength(embeddedDocuments.length)
    for (const output of [text, run.stdout, run.stderr]) expect(output).not.toContain(TOKEN)
    expect(JSON.parse(run.stdout)).toMatchObject({ok: true, out, documents: embeddedDocuments.length})
  })

  test('snapshot of the embedded data; missing --out is a usage error', async () => {
    const out = join(dir, 'embedded.json')
    const run = await cli(['snapshot', '--out', out])
    expect(run).toMatchObject({code: 0, stdout: expect.stringContaining(`Wrote ${embeddedDocuments.length} documents`)})
    expect(parseSnapshot(await readFile(out, 'utf8')).source.kind).toBe('embedded')
    expect((await cli(['snapshot'])).code).toBe(2)
  })

  test('--language: a plan in Spanish and German, a snapshot that records it; an unknown language is a usage error', async () => {
    const es = await cli(['plan', '--from', 'help-desk-technician', '--to', 'it-support-manager', '--language', 'es'])
    expect(es.code).toBe(0)
    expect(es.stdout).toMatch(/^Técnico de mesa de ayuda \(Inicial\) → [^\n]+ \(Gerente o principal\): \d+ moves/)
    const de = JSON.parse((await cli(['plan', '--from', 'help-desk-technician', '--to', 'it-support-manager', '--language', 'de', '--json'])).stdout)
    expect(de.from.title).toBe('Helpdesk-Techniker:in')
    const out = join(dir, 'de.json')
    const snapshot = await cli(['snapshot', '--out', out, '--language', 'de', '--json'])
    expect(JSON.parse(snapshot.stdout)).toMatchObject({ok: true, source: {language: 'de'}, documents: embeddedDocuments.length})
    expect(await cli(['plan', '--from', 'help-desk-technician', '--to', 'it-support-manager', '--language', 'fr'])).toMatchObject({code: 2, stderr: expect.stringContaining('en, es, de')})
  })

  test('plan: text, --json, from a snapshot file, and suggestions for a typo', async () => {
    const text = await cli(['plan', '--from', 'help-desk-technician', '--to', 'it-support-manager'])
    expect(text.code).toBe(0)
    // Seniority names what each move means on the shared scale; estimated times say so.
    expect(text.stdout).toMatch(/^Help desk technician \(Entry\) → IT support manager \(Manager or principal\): \d+ moves/)
    expect(text.stdout).toMatch(/\n1\. Promotion to [^\n]+ \((Intermediate|Senior|Lead)\) +\(year 0–/)
    expect(text.stdout).toContain(' · estimate)')
    const json = JSON.parse((await cli(['plan', '--from', 'help-desk-technician', '--to', 'it-support-manager', '--json'])).stdout)
    expect(json.to.slug).toBe('it-support-manager')
    expect(json.milestones.length).toBe(json.totals.steps)
    const fromFile = await cli(['plan', join(dir, 'embedded.json'), '--from', 'help-desk-technician', '--to', 'it-support-manager', '--json'])
    expect(JSON.parse(fromFile.stdout)).toEqual(json)
    const typo = await cli(['plan', '--from', 'help-desk-technican', '--to', 'it-support-manager'])
    expect(typo).toMatchObject({code: 2, stderr: expect.stringContaining('Did you mean "help-desk-technician"')})
  })
})
