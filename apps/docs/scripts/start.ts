// `pnpm start`: builds the site when dist/ is missing or older than its inputs, then serves dist/ on :4321.
import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {serveStatic} from './static-server.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = join(root, 'dist')
const stamp = join(dist, 'index.html')

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0
  const info = statSync(path)
  if (!info.isDirectory()) return info.mtimeMs
  let newest = info.mtimeMs
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue
    newest = Math.max(newest, newestMtime(join(path, entry)))
  }
  return newest
}

const inputs = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json'].map((p) => join(root, p))
// The SDK's and widget's built output are inputs too: a rebuilt dependency means a rebuilt site.
inputs.push(join(root, '../../packages/sdk/dist'), join(root, '../widget/dist'))
const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0
if (builtAt === 0 || inputs.some((p) => newestMtime(p) > builtAt)) {
  console.log('Building the docs site…')
  const result = spawnSync('pnpm', ['run', 'build'], {cwd: root, stdio: 'inherit'})
  if (result.status !== 0) process.exit(result.status ?? 1)
} else {
  console.log('dist/ is up to date; serving it.')
}

const port = Number(process.env.PORT ?? 4321)
const {url} = await serveStatic(dist, {host: process.env.HOST ?? 'localhost', port})
const shown = url.replace('127.0.0.1', 'localhost')
console.log(`\ncareerpath docs: ${shown}/\n(Ctrl+C to stop)`)
