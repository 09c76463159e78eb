/**
 * The consumer app "installed" as a company installs the widget: a fresh
 * folder with the app's sources and node_modules/@careerpath/widget holding
 * exactly what `npm pack` ships (package.json, README, dist/), copied, not
 * linked, so each bundler treats it as a real dependency.
 */
import {cpSync, mkdirSync, mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const widget = fileURLToPath(new URL('../../', import.meta.url))

export function installConsumer(): string {
  const root = mkdtempSync(join(tmpdir(), 'careerpath-consumer-'))
  cpSync(fileURLToPath(new URL('./app/', import.meta.url)), root, {recursive: true})
  const pkg = join(root, 'node_modules/@careerpath/widget')
  mkdirSync(pkg, {recursive: true})
  const files: string[] = JSON.parse(readFileSync(join(widget, 'package.json'), 'utf8')).files
  for (const f of ['package.json', ...files]) cpSync(join(widget, f), join(pkg, f), {recursive: true})
  return root
}
