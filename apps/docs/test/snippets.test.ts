// The SDK code in Getting started must run as printed: each ```ts block that imports @careerpath/sdk (and needs
// no network) is written to a module beside this package and imported for real.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const page = readFileSync(join(root, 'src/content/docs/getting-started.md'), 'utf8')
const blocks = [...page.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!)
const runnable = blocks.filter((b) => b.includes("from '@careerpath/sdk'") && b.includes('createCareerPathClient()'))

describe('Getting started', () => {
  it('has an SDK quick start of at most five lines of code', () => {
    expect(runnable.length).toBeGreaterThan(0)
    const code = runnable[0]!.split('\n').filter((l) => l.trim() !== '')
    expect(code.length).toBeLessThanOrEqual(5)
  })

  it('runs the embedded-seed quick start as printed', async () => {
    const dir = mkdtempSync(join(root, '.snippet-'))
    const logged: unknown[][] = []
    const original = console.log
    console.log = (...args: unknown[]) => void logged.push(args)
    try {
      for (const [i, code] of runnable.entries()) {
        const file = join(dir, `snippet-${i}.mjs`)
        writeFileSync(file, code)
        await import(pathToFileURL(file).href)
      }
    } finally {
      console.log = original
      rmSync(dir, {recursive: true, force: true})
    }
    expect(logged.length).toBeGreaterThan(0)
    // The first line prints the role's title: the snippet really read the curriculum.
    expect(logged[0]![0]).toBe('Help desk technician')
  })
})
