// Copies the widget's built files into the site, found through the widget package's `exports` map only.
import {copyFileSync, mkdirSync, rmSync, statSync} from 'node:fs'
import {basename, join} from 'node:path'
import {fileURLToPath} from 'node:url'

/** The exports the playground serves: the module build, the classic-script build and the seed data chunk. */
export const WIDGET_EXPORTS = ['careerpath-widget.js', 'careerpath-widget.iife.js', 'careerpath-seed.json'] as const

export interface CopiedFile {
  name: string
  bytes: number
}

/** Copies each export into `outDir` under its own name; throws naming the export that cannot be resolved. */
export function copyWidgetFiles(outDir: string, resolve: (specifier: string) => string = (s) => import.meta.resolve(s)): CopiedFile[] {
  rmSync(outDir, {recursive: true, force: true})
  mkdirSync(outDir, {recursive: true})
  return WIDGET_EXPORTS.map((name) => {
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
}
