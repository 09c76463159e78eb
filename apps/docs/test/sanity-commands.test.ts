// "Connect a Sanity project" must give commands the Sanity CLI really has: each `pnpm exec sanity …` line in
// Getting started is checked against that command's --help from the Studio's own CLI (offline, no account).
import {execFile} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'

const run = promisify(execFile)
const studio = fileURLToPath(new URL('../../../studio', import.meta.url))
const page = readFileSync(fileURLToPath(new URL('../src/content/docs/getting-started.md', import.meta.url)), 'utf8')
const shellBlocks = [...page.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!)
const commands = shellBlocks
  .flatMap((block) => block.split('\n'))
  .map((line) => line.replace(/#.*$/, '').trim())
  .filter((line) => line.startsWith('pnpm exec sanity '))
  .map((line) => {
    const words = line.slice('pnpm exec sanity '.length).split(/\s+/)
    // The subcommand is the leading plain words; flags and arguments (quoted names, paths, URLs) follow.
    const end = words.findIndex((w) => !/^[a-z]+$/.test(w))
    const sub = end === -1 ? words : words.slice(0, end)
    const flags = words.filter((w) => w.startsWith('--')).map((w) => w.split('=')[0]!)
    return {line, sub, flags}
  })

describe('Getting started: Sanity CLI commands', () => {
  it('covers create, login, dataset import, CORS and deploy', () => {
    const subs = commands.map((c) => c.sub.join(' '))
    for (const expected of ['login', 'projects create', 'dataset import', 'cors add', 'deploy']) expect(subs).toContain(expected)
  })

  it('uses only commands and flags the Studio CLI documents', async () => {
    const unique = [...new Map(commands.map((c) => [c.sub.join(' '), c])).values()]
    const helps = await Promise.all(unique.map((c) => run('pnpm', ['exec', 'sanity', ...c.sub, '--help'], {cwd: studio, env: {...process.env, DO_NOT_TRACK: '1'}})))
    for (const [i, c] of unique.entries()) {
      const help = helps[i]!.stdout
      expect(help, c.line).toMatch(/USAGE/)
      for (const flag of commands.filter((o) => o.sub.join(' ') === c.sub.join(' ')).flatMap((o) => o.flags)) {
        const name = flag.replace(/^--(no-)?/, '')
        expect(help.includes(`--${name}`) || help.includes(`--[no-]${name}`), `${c.line}: ${flag}`).toBe(true)
      }
    }
  })
})
