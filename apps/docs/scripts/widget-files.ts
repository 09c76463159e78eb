// Copies the widget's built files into the site, found through the widget package's `exports` map only.
import {copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

/** The exports the playground serves: the module build, the classic-script build and the seed data chunk. */
export const WIDGET_EXPORTS = ['careerpath-widget.js', 'careerpath-widget.iife.js', 'careerpath-seed.json'] as const

export interface CopiedFile {
  name: string
  bytes: number
}

/**
 * What the module build loads next to itself on demand: its code-split chunks (views, message catalogues) and the
 * seed in each other language (`careerpath-seed.es.json`). Source maps stay behind.
 */
const besideModule = (name: string) => /^careerpath-seed\.[a-z]{2}(-[A-Za-z]+)?\.json$/.test(name)

/**
 * Copies each export into `outDir` under its own name, plus the files the module build loads from beside itself;
 * throws naming the export that cannot be resolved.
 */
export function copyWidgetFiles(outDir: string, resolve: (specifier: string) => string = (s) => import.meta.resolve(s)): CopiedFile[] {
  rmSync(outDir, {recursive: true, force: true})
  mkdirSync(outDir, {recursive: true})
  const copied = WIDGET_EXPORTS.map((name) => {
    const specifier = `@careerpath/widget/${name}`
    let file: string
    try {
      file = fileURLToPath(resolve(specifier))
      statSync(file)
    } catch (cause) {
      throw new Error(`Cannot find ${specifier}: build the widget first (pnpm --filter @careerpath/widget build)`, {cause})
    }
    copyFileSync(file, join(outDir, basename(file)))
    return {name: basename(file), bytes: statSync(file).size}
  })
  const dist = dirname(fileURLToPath(resolve('@careerpath/widget/careerpath-widget.js')))
  const extra: CopiedFile[] = []
  for (const name of readdirSync(dist).filter(besideModule)) {
    copyFileSync(join(dist, name), join(outDir, name))
    extra.push({name, bytes: statSync(join(dist, name)).size})
  }
  const chunks = join(dist, 'chunks')
  if (existsSync(chunks)) {
    mkdirSync(join(outDir, 'chunks'))
    for (const name of readdirSync(chunks).filter((n) => n.endsWith('.js'))) {
      copyFileSync(join(chunks, name), join(outDir, 'chunks', name))
      extra.push({name: `chunks/${name}`, bytes: statSync(join(chunks, name)).size})
    }
  }
  return [...copied, ...extra]
}
