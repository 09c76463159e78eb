// The SDK code in Getting started must run as printed, in every language: each ```ts block that imports
// @careerpath/sdk (and needs no network) is written to a module beside this package and imported for real. The
// Spanish and German pages give the same commands as the English one (which sanity-commands.test.ts checks).
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {createCareerPathClient} from '@careerpath/sdk'
import {seniorityLabel} from '@careerpath/sdk/graph'
import {describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const PAGES = {en: 'getting-started.md', es: 'es/getting-started.md', de: 'de/getting-started.md'} as const
const read = (lang: keyof typeof PAGES) => readFileSync(join(root, 'src/content/docs', PAGES[lang]), 'utf8')
const blocks = (page: string, fence: string) => [...page.matchAll(new RegExp(`\`\`\`${fence}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1]!)
/** The quick start: a block reading the embedded seed (no project), in the page's language. */
const runnable = (lang: keyof typeof PAGES) =>
  blocks(read(lang), 'ts').filter((b) => b.includes("from '@careerpath/sdk'") && b.includes(lang === 'en' ? 'createCareerPathClient()' : `createCareerPathClient({language: '${lang}'})`))

async function run(code: string[]): Promise<unknown[][]> {
  const dir = mkdtempSync(join(root, '.snippet-'))
  const logged: unknown[][] = []
  const original = console.log
  console.log = (...args: unknown[]) => void logged.push(args)
  try {
    for (const [i, c] of code.entries()) {
      const file = join(dir, `snippet-${i}.mjs`)
      writeFileSync(file, c)
      await import(pathToFileURL(file).href)
    }
  } finally {
    console.log = original
    rmSync(dir, {recursive: true, force: true})
  }
  return logged
}

describe('Getting started', () => {
  for (const lang of Object.keys(PAGES) as (keyof typeof PAGES)[]) {
    it(`(${lang}) has an SDK quick start of at most five lines of code, which runs as printed`, async () => {
      const code = runnable(lang)
      expect(code.length).toBeGreaterThan(0)
      expect(code[0]!.split('\n').filter((l) => l.trim() !== '').length).toBeLessThanOrEqual(5)
      const logged = await run(code)
      expect(logged.length).toBeGreaterThan(0)
      // The first line prints the role's title in the page's language: the snippet really read the curriculum.
      const role = await createCareerPathClient().getRole('help-desk-technician', {language: lang})
      expect(logged[0]![0]).toBe(role.title)
      if (lang === 'en') expect(role.title).toBe('Help desk technician')
    })
  }

  it('names the seniority scale as the Studio does, in each language', () => {
    for (const lang of Object.keys(PAGES) as (keyof typeof PAGES)[]) {
      const text = read(lang).replace(/\s+/g, ' ').toLowerCase()
      for (let n = 1; n <= 7; n++) expect(text, `${lang}: ${seniorityLabel(n, lang)}`).toContain(seniorityLabel(n, lang).toLowerCase())
    }
  })

  it('gives the same shell commands in Spanish and German as in English', () => {
    const commands = (lang: keyof typeof PAGES) =>
      blocks(read(lang), 'sh')
        .flatMap((b) => b.split('\n'))
        .map((l) => l.replace(/#.*$/, '').trim())
        .filter(Boolean)
    expect(commands('es')).toEqual(commands('en'))
    expect(commands('de')).toEqual(commands('en'))
  })
})
