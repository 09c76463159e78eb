// What the reference pages say, read from the built site: the widget's element API is there (events from its
// declarations, attributes from its README), TypeGen noise is not, the body follows the outline's sections, and long
// types are laid out over lines.
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import {extractIds} from '../scripts/links.ts'
import {GROUP_ORDER, PRINT_WIDTH_HINT, type ReferenceModel} from './reference-model.ts'
import {readWidgetElement} from '../scripts/widget-api.ts'
import {distDir} from './browser.ts'

const model = JSON.parse(readFileSync(fileURLToPath(new URL('../.generated/reference.json', import.meta.url)), 'utf8')) as ReferenceModel
const page = (slug: string) => readFileSync(`${distDir}/reference/${slug}/index.html`, 'utf8')
const widgetDir = fileURLToPath(new URL('../../widget/', import.meta.url))

/** Members of an interface in a declaration file, by the TypeScript compiler (independently of TypeDoc). */
function interfaceMembers(file: string, name: string): string[] {
  const program = ts.createProgram([file], {skipLibCheck: true, noEmit: true})
  const source = program.getSourceFile(file)!
  const out: string[] = []
  source.forEachChild((node) => {
    if ((ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node)) && node.name?.text === name) {
      for (const m of node.members) if (m.name && (ts.isStringLiteral(m.name) || ts.isIdentifier(m.name))) out.push(m.name.text)
    }
  })
  return out
}

describe('the widget in the reference', () => {
  const html = page('widget')
  const ids = extractIds(html)
  const dts = fileURLToPath(import.meta.resolve('@careerpath/widget')).replace(/index\.js$/, 'index.d.ts')

  it('documents every event of CareerPathEventMap with its detail type', () => {
    const events = interfaceMembers(dts, 'CareerPathEventMap')
    expect(events.length).toBeGreaterThan(0)
    for (const e of events) expect(ids.has(`event-${e.replace(/[^a-z-]/g, '-')}`), e).toBe(true)
    expect(html).toContain('CustomEvent')
  })

  it("documents the element's JavaScript API (public members of CareerPathElement)", () => {
    const members = interfaceMembers(dts, 'CareerPathElement').filter((m) => !/Callback$|^observedAttributes$|^constructor$/.test(m))
    expect(members).toEqual(expect.arrayContaining(['data', 'showRole', 'planRoute', 'reload']))
    for (const m of members) expect(ids.has(`api-${m}`), m).toBe(true)
  })

  it('documents every attribute the README lists', () => {
    const names = readWidgetElement(widgetDir).attributes.flatMap((a) => a.names)
    expect(names).toEqual(expect.arrayContaining(['view', 'role-slug', 'src', 'fallback', 'theme']))
    for (const n of names) expect(ids.has(`attr-${n}`), n).toBe(true)
  })
})

describe('reference pages', () => {
  for (const entry of model.entryPoints) {
    describe(entry.specifier, () => {
      const html = page(entry.slug)
      const ids = [...extractIds(html)]

      it('carry no TypeGen noise', () => {
        expect(html).not.toContain('internalGroqTypeReferenceTo')
        expect(html).not.toMatch(/id="(SanityImage|SanityFile|SanityAsset|Geopoint)\w*"/)
        expect(ids.filter((id) => id.length > 80)).toEqual([])
      })

      it('follow their outline: section headings in order, each export under its own section', () => {
        const sections = [...html.matchAll(/<h2 id="group-([a-z]+)"/g)].map((m) => m[1]!)
        const expected = GROUP_ORDER.map((g) => g.toLowerCase()).filter((g) => entry.exports.some((x) => x.group.toLowerCase() === g))
        expect(sections).toEqual(expected)
        for (const x of entry.exports) {
          const at = html.indexOf(`<h3 id="${x.anchor}"`)
          expect(at, x.name).toBeGreaterThan(html.indexOf(`<h2 id="group-${x.group.toLowerCase()}"`))
          const next = GROUP_ORDER.slice(GROUP_ORDER.indexOf(x.group as (typeof GROUP_ORDER)[number]) + 1).map((g) => html.indexOf(`<h2 id="group-${g.toLowerCase()}"`)).filter((i) => i !== -1)
          if (next.length) expect(at, x.name).toBeLessThan(Math.min(...next))
        }
      })

      it('lay long types out over lines', () => {
        // String and template-literal types (GROQ text) are one token and keep their own lines; `{ … }` bodies are
        // listed as members instead.
        const isText = (code: string) => /^(const|type) \w+(<[^>]*>)?(: | = )['"`]/.test(code)
        const long = entry.exports.filter((x) => !x.code.includes('{ … }') && !isText(x.code) && x.code.length > PRINT_WIDTH_HINT * 2)
        for (const x of long) expect(x.code.split('\n').length, x.name).toBeGreaterThan(1)
      })
    })
  }
})
