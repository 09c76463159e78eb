/**
 * Checks the output of `sanity build` (the `build` script, which turbo runs
 * before `test`): the page exists, every script and stylesheet it loads is
 * there, and the bundle carries this Studio's config rather than an empty one.
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const dist = fileURLToPath(new URL('../dist/', import.meta.url))
const indexPath = join(dist, 'index.html')

describe('sanity build output (studio/dist)', () => {
  it('has an index.html (run `pnpm --filter @careerpath/studio build` first)', () => {
    expect(existsSync(indexPath), `${indexPath} is missing: build the Studio first`).toBe(true)
  })

  it('loads only local assets that exist, starting with a module entry script', () => {
    const html = readFileSync(indexPath, 'utf8')
    const local = [...html.matchAll(/(?:src|href)="(\/static\/[^"]+)"/g)].map((m) => m[1]!)
    const entry = [...html.matchAll(/<script[^>]*src="(\/static\/[^"]+\.js)"[^>]*type="module"/g)].map((m) => m[1]!)
    expect(entry).toHaveLength(1)
    expect(local.filter((p) => p.endsWith('.css')).length).toBeGreaterThan(0)
    for (const asset of local) {
      const file = join(dist, asset)
      expect(existsSync(file), asset).toBe(true)
      expect(statSync(file).size, asset).toBeGreaterThan(0)
    }
  })

  const entryCode = () => {
    const entry = /<script[^>]*src="(\/static\/[^"]+\.js)"[^>]*type="module"/.exec(readFileSync(indexPath, 'utf8'))?.[1]
    return readFileSync(join(dist, entry!), 'utf8')
  }

  it('bundles this Studio: its structure, its validation messages and the publish check', () => {
    const code = entryCode()
    for (const text of ['Certifications by vendor', 'published only', 'Promotions form a loop', 'A retired certification needs its retirement date', 'Not published: fix these first']) {
      expect(code, text).toContain(text)
    }
  })

  it('bundles the editor tools: templates, incoming-reference lists, badges, the retire action, the map, the preview and the docs locations', () => {
    const code = entryCode()
    for (const text of ['role-in-track', 'Roles on this track', 'Estimate-heavy', 'Retire certification', 'Career map', 'Preview as visitors', '/curriculum/roles/']) {
      expect(code, text).toContain(text)
    }
  })

  it('loads the widget only when the preview opens: it is a chunk of its own, not in the entry', () => {
    const chunks = readdirSync(join(dist, 'static')).filter((f) => f.endsWith('.js'))
    const widget = chunks.filter((f) => readFileSync(join(dist, 'static', f), 'utf8').includes('customElements.define'))
    expect(widget.length).toBeGreaterThan(0)
    expect(entryCode()).not.toContain('customElements.define(')
  })
})
