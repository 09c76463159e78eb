/**
 * The built package in a plain Node process (no DOM, no test runner's module
 * loader): importing either entry must not throw, define() is harmless, and the
 * server render of the seed map stays within its budget.
 */
import {execFileSync} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {fullSeedSnapshot} from './ssr-fixture'

/** Issue 14: the server-rendered HTML of the seed's career map, data for the upgrade included. */
export const SSR_BUDGET_BYTES = 30 * 1024

const dist = new URL('../dist/', import.meta.url).href

describe('in Node', () => {
  it(`imports @careerpath/widget and /ssr, and renders the seed map in at most ${SSR_BUDGET_BYTES} bytes gzip`, async () => {
    const file = join(tmpdir(), `careerpath-snapshot-${process.pid}.json`)
    writeFileSync(file, JSON.stringify(await fullSeedSnapshot()))
    const script = `
      import {readFileSync} from 'node:fs'
      import {gzipSync} from 'node:zlib'
      const widget = await import(${JSON.stringify(`${dist}index.js`)})
      const ssr = await import(${JSON.stringify(`${dist}ssr.js`)})
      const html = await ssr.renderCareerPath(readFileSync(${JSON.stringify(file)}, 'utf8'), {attributes: {view: 'ladders'}})
      console.log(JSON.stringify({widget: Object.keys(widget), ssr: Object.keys(ssr), defined: widget.define() === widget.CareerPathElement, html, gzip: gzipSync(html, {level: 9}).length}))`
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8'}))
    expect(out.widget).toEqual(expect.arrayContaining(['define', 'CareerPathElement', 'TAG_NAME']))
    expect(out.ssr).toContain('renderCareerPath')
    expect(out.defined).toBe(true)
    const html: string = out.html
    expect(html).toMatch(/^<career-path view="ladders"><template shadowrootmode="open"><style>\s*:host\{/)
    // Every seed role is a button in the markup, with the data the client upgrades from.
    const snapshot = await fullSeedSnapshot()
    for (const role of snapshot.documents.filter((d) => d._type === 'role')) expect(html).toContain(`data-role="${(role as unknown as {slug: {current: string}}).slug.current}"`)
    expect(html).toContain('<script type="application/json" data-careerpath-ssr>{"format":"careerpath-snapshot"')
    // No style attributes (a strict CSP with a nonce for the <style> still applies) and no live script in the data.
    expect(html).not.toMatch(/\sstyle="/)
    expect(html.match(/<\/script>/g)).toHaveLength(1)
    // In the language asked for: the words, the content and the data it embeds.
    const es: string = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', `
      import {readFileSync} from 'node:fs'
      const ssr = await import(${JSON.stringify(`${dist}ssr.js`)})
      console.log(JSON.stringify(await ssr.renderCareerPath(readFileSync(${JSON.stringify(file)}, 'utf8'), {attributes: {lang: 'es'}})))`], {encoding: 'utf8'}))
    expect(es).toContain('<div class="root" part="root" lang="es" dir="ltr">')
    expect(es).toContain('>Mapa de carrera</button>')
    expect(es).toContain('"language":"es"')
    console.log(`server render of the seed map: ${html.length} B, ${out.gzip} B gzip (budget ${SSR_BUDGET_BYTES})`)
    expect(out.gzip).toBeLessThanOrEqual(SSR_BUDGET_BYTES)
  })
})
