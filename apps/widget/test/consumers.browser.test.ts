/**
 * Tiny consumer apps built the way companies build theirs (Vite's build, Vite's
 * dev server with its dependency pre-bundling, esbuild, webpack 5), each loaded in
 * Chromium: the widget defines itself through the npm entry and draws the
 * sample curriculum from `@careerpath/widget/seed`, with no asset URL for a
 * bundler to miss.
 */
import {copyFileSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import {build as esbuild} from 'esbuild'
import type {Browser} from 'playwright-core'
import {build as viteBuild, createServer} from 'vite'
import webpack from 'webpack'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {launchBrowser, openPage, settled} from './browser'
import {installConsumer} from './consumers/install'
import {serveDir} from './consumers/serve'

let browser: Browser
let root: string
beforeAll(async () => {
  browser = await launchBrowser()
  root = installConsumer()
})
afterAll(async () => {
  await browser?.close()
  if (root) rmSync(root, {recursive: true, force: true})
})

/** Opens the app and checks the widget drew the seed: status, source, the map, no errors. */
async function check(url: string): Promise<void> {
  const {page, errors} = await openPage(browser, url)
  expect(await settled(page)).toBe('ready')
  const data = await page.locator('career-path').evaluate((el: any) => ({kind: el.data.source.kind, roles: el.data.curriculum.roles.length}))
  expect(data.kind).toBe('seed')
  expect(data.roles).toBeGreaterThan(20)
  expect(await page.locator('career-path [data-role="help-desk-technician"]').isVisible()).toBe(true)
  expect(errors).toEqual([])
  await page.context().close()
}

describe('consumer apps', () => {
  it('Vite build', async () => {
    const outDir = join(root, 'vite-dist')
    await viteBuild({root, configFile: false, logLevel: 'silent', build: {outDir, emptyOutDir: true}})
    const web = await serveDir(outDir)
    try {
      await check(`${web.url}/`)
      // The seed is a chunk of its own, fetched only because this element has no other source.
      expect(web.requests.filter((r) => r.endsWith('.js')).length).toBeGreaterThanOrEqual(2)
    } finally {
      await web.close()
    }
  })

  it('Vite dev server (the widget pre-bundled as a dependency)', async () => {
    const server = await createServer({root, configFile: false, logLevel: 'silent', server: {host: '127.0.0.1', port: 0}, cacheDir: join(root, '.vite')})
    await server.listen()
    try {
      await check(server.resolvedUrls!.local[0]!)
    } finally {
      await server.close()
    }
  })

  it('esbuild', async () => {
    const outdir = join(root, 'esbuild-dist')
    await esbuild({entryPoints: [join(root, 'main.js')], bundle: true, splitting: true, format: 'esm', outdir, absWorkingDir: root, logLevel: 'silent'})
    copyFileSync(join(root, 'index.html'), join(outdir, 'index.html'))
    const web = await serveDir(outdir)
    try {
      await check(`${web.url}/`)
    } finally {
      await web.close()
    }
  })

  it('webpack 5 (production build, chunks loaded through its own runtime)', async () => {
    const outdir = join(root, 'webpack-dist')
    const stats = await new Promise<webpack.Stats>((done, fail) =>
      webpack({mode: 'production', context: root, entry: './main.js', output: {path: outdir, filename: 'main.js'}, performance: {hints: false}}, (error, result) =>
        error || !result ? fail(error ?? new Error('webpack gave no result')) : done(result),
      ),
    )
    expect(stats.hasErrors(), stats.toString({all: false, errors: true})).toBe(false)
    copyFileSync(join(root, 'index.html'), join(outdir, 'index.html'))
    const web = await serveDir(outdir)
    try {
      await check(`${web.url}/`)
      // The seed and the widget's later views are chunks webpack split off and fetched on demand.
      expect(web.requests.filter((r) => r.endsWith('.js')).length).toBeGreaterThanOrEqual(2)
    } finally {
      await web.close()
    }
  })
})
