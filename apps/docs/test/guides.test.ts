// The hand-written guides must stay true to the packages they describe: every runtime export of the SDK's root
// entry point is named in the SDK guide, and the widget guide's size figure is the built bundle's.
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {gzipSync} from 'node:zlib'
import * as sdk from '@careerpath/sdk'
import {isFamily} from '@careerpath/sdk/graph'
import {describe, expect, it} from 'vitest'
import {distDir} from './browser.ts'

const guide = (name: string) => readFileSync(fileURLToPath(new URL(`../src/content/docs/guides/${name}.md`, import.meta.url)), 'utf8')

describe('SDK guide', () => {
  it('names every runtime export of @careerpath/sdk', () => {
    const text = guide('sdk')
    const missing = Object.keys(sdk).filter((name) => !new RegExp(`\\b${name}\\b`).test(text))
    expect(missing).toEqual([])
  })

  it('says the graph lists the longest ladders first, then the families, as graph.tracks() does', async () => {
    const tracks = (await sdk.createCareerPathClient().graph()).tracks()
    const kinds = tracks.map((t) => (isFamily(t) ? 'family' : 'ladder'))
    expect(kinds).toEqual([...kinds].sort((a, b) => Number(a === 'family') - Number(b === 'family')))
    const sizes = tracks.filter((t) => !isFamily(t)).map((l) => l.roles.length)
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a))
    expect(guide('sdk')).toMatch(/`tracks\(\)`[^.]*longest ladders first[^.]*then the families/)
  })
})

describe('widget guide', () => {
  it('gives the module bundle size the build produces (KB gzip, rounded), filled in at build time', () => {
    const bundle = readFileSync(fileURLToPath(import.meta.resolve('@careerpath/widget/careerpath-widget.js')))
    const kb = gzipSync(bundle).length / 1024
    expect(guide('widget')).toContain('%widget-gzip-kb% KB gzip')
    const built = readFileSync(`${distDir}/guides/widget/index.html`, 'utf8')
    const stated = built.match(/about (\d+) KB gzip/)
    expect(stated, 'the guide states the bundle size').not.toBeNull()
    expect(Math.abs(Number(stated![1]) - kb), `stated ${stated![1]} KB, built ${kb.toFixed(1)} KB`).toBeLessThanOrEqual(1)
  })
})
