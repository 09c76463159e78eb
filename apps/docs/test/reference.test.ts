// The generated API reference must cover the SDK's whole public surface. The list of exports is taken
// independently of TypeDoc: runtime exports by importing each entry point, type-only exports by asking the
// TypeScript compiler for the exports of its published declaration file.
import {existsSync, readFileSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import {extractIds} from '../scripts/links.ts'
import {entryPointsOf, slugForSpecifier, TYPEGEN_NOISE} from '../scripts/reference.ts'
import {distDir} from './browser.ts'

const sdkDir = dirname(fileURLToPath(import.meta.resolve('@careerpath/sdk/package.json')))
const widgetDir = dirname(fileURLToPath(import.meta.resolve('@careerpath/widget/package.json')))
const entries = [...entryPointsOf(sdkDir), ...entryPointsOf(widgetDir)]

function declaredExports(file: string): string[] {
  const program = ts.createProgram([file], {module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, skipLibCheck: true, noEmit: true})
  const checker = program.getTypeChecker()
  const source = program.getSourceFile(file)
  const symbol = source && checker.getSymbolAtLocation(source)
  if (!symbol) throw new Error(`TypeScript found no module in ${file}`)
  return checker.getExportsOfModule(symbol).map((s) => s.getName())
}

describe('API reference', () => {
  it("documents at least the SDK's root, ./local and one more entry point, and the widget", () => {
    const specifiers = entries.map((e) => e.specifier)
    expect(specifiers).toContain('@careerpath/sdk')
    expect(specifiers).toContain('@careerpath/sdk/local')
    expect(specifiers).toContain('@careerpath/widget')
    expect(entries.length).toBeGreaterThanOrEqual(4)
  })

  for (const entry of entries) {
    describe(entry.specifier, () => {
      const page = resolve(distDir, 'reference', slugForSpecifier(entry.specifier), 'index.html')

      it('has a reference page', () => {
        expect(existsSync(page), `${page} is missing`).toBe(true)
      })

      // The widget's module extends HTMLElement, so it only loads in a browser; its declarations are checked below.
      if (!entry.specifier.startsWith('@careerpath/widget')) it('has an anchor for every runtime export', async () => {
        const mod = (await import(entry.specifier)) as Record<string, unknown>
        const names = Object.keys(mod).filter((n) => n !== 'default')
        expect(names.length).toBeGreaterThan(0)
        const ids = extractIds(readFileSync(page, 'utf8'))
        expect(names.filter((n) => !ids.has(n))).toEqual([])
      })

      it('has an anchor for every exported type and value in its declarations', () => {
        // TypeGen plumbing (its banner's helper type, Sanity's image and geopoint types) is left out on purpose.
        const names = declaredExports(entry.file).filter((n) => !TYPEGEN_NOISE.test(n))
        expect(names.length).toBeGreaterThan(0)
        const ids = extractIds(readFileSync(page, 'utf8'))
        expect(names.filter((n) => !ids.has(n))).toEqual([])
      })
    })
  }
})
