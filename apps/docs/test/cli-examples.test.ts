// Every `npx careerpath …` line in the hand-written pages runs as printed: the commands that need no Sanity
// project are run for real with the SDK's built CLI (in a scratch folder, on the embedded curriculum) and must exit
// 0; the ones that name a project use only flags the command's --help lists.
import {execFile} from 'node:child_process'
import {mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, describe, expect, it} from 'vitest'

const run = promisify(execFile)
const pagesDir = fileURLToPath(new URL('../src/content/docs', import.meta.url))
const sdkDir = fileURLToPath(new URL('../../../packages/sdk', import.meta.url))
const cli = join(sdkDir, (JSON.parse(readFileSync(join(sdkDir, 'package.json'), 'utf8')) as {bin: Record<string, string>}).bin['careerpath']!)

const markdown = readdirSync(pagesDir, {recursive: true, encoding: 'utf8'}).filter((f) => f.endsWith('.md'))
const examples = markdown.flatMap((file) =>
  [...readFileSync(join(pagesDir, file), 'utf8').matchAll(/```sh\n([\s\S]*?)```/g)]
    .flatMap((m) => m[1]!.split('\n'))
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line.startsWith('npx careerpath '))
    .map((line) => ({file, line, args: line.slice('npx careerpath '.length).split(/\s+/)})),
)
const scratch = mkdtempSync(join(tmpdir(), 'careerpath-docs-cli-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

const cliRun = (args: string[]) => run(process.execPath, [cli, ...args], {cwd: scratch, env: {...process.env, SANITY_API_READ_TOKEN: ''}})
// A positional argument after the command is a file the reader already has (an export); those lines are checked
// like the project ones, by their flags.
const offline = examples.filter((e) => !e.args.includes('--project-id') && !e.args.slice(1).some((a, i, all) => !a.startsWith('-') && !all[i - 1]?.startsWith('--')))

describe('careerpath CLI examples in the guides', () => {
  it('exist', () => {
    expect(offline.map((e) => e.args[0])).toEqual(expect.arrayContaining(['validate', 'snapshot', 'plan']))
  })

  it.each(offline.map((e) => [`${e.file}: ${e.line}`, e] as const))('%s runs and exits 0', async (_, e) => {
    const {stdout} = await cliRun(e.args)
    expect(stdout.length).toBeGreaterThan(0)
  })

  it('use only flags each command documents', async () => {
    const commands = [...new Set(examples.map((e) => e.args[0]!))]
    const helps = new Map(await Promise.all(commands.map(async (c) => [c, (await cliRun([c, '--help'])).stdout] as const)))
    for (const e of examples) {
      for (const flag of e.args.filter((a) => a.startsWith('--'))) expect(helps.get(e.args[0]!), `${e.file}: ${e.line}`).toContain(flag)
    }
  })
})
