import {describe, expect, it} from 'vitest'
import {resolveLinks, slugForSpecifier, typesFileOf, type ReferenceExport, type ReferenceModel} from './reference.ts'

const doc = (summary: string) => ({summary, examples: [], throws: [], see: []})
const exp = (name: string, summary = ''): ReferenceExport => ({name, anchor: name, kind: 'Function', group: 'Functions', code: '', doc: doc(summary), signatures: [], members: []})

describe('reference model helpers', () => {
  it('points {@link} markers at the same page, another entry point, or drops the link', () => {
    const model: ReferenceModel = {
      packages: [{name: '@x/sdk', version: '1.0.0'}],
      entryPoints: [
        {packageName: '@x/sdk', specifier: '@x/sdk', subpath: '.', slug: 'sdk', doc: '', exports: [exp('a', 'See [`b`](#ref:b), [`c`](#ref:c) and [`gone`](#ref:gone).'), exp('b')]},
        {packageName: '@x/sdk', specifier: '@x/sdk/local', subpath: './local', slug: 'sdk-local', doc: '', exports: [exp('c')]},
      ],
    }
    expect(resolveLinks(model).entryPoints[0]!.exports[0]!.doc.summary).toBe('See [`b`](#b), [`c`](/reference/sdk-local/#c) and `gone`.')
  })

  it('finds the ESM types file of an exports entry and names pages after the specifier', () => {
    expect(typesFileOf({import: {types: './dist/a.d.ts', default: './dist/a.js'}, require: {types: './dist/a.d.cts'}})).toBe('./dist/a.d.ts')
    expect(typesFileOf('./package.json')).toBeUndefined()
    expect(slugForSpecifier('@careerpath/sdk')).toBe('sdk')
    expect(slugForSpecifier('@careerpath/sdk/local')).toBe('sdk-local')
  })
})
