/**
 * Builds the component-test harness page with Vite, serves it, and launches
 * Debian's Chromium through playwright-core (as the widget's browser tests do).
 */
import {readFile} from 'node:fs/promises'
import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'
import {extname, join, normalize} from 'node:path'
import {fileURLToPath} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {build} from 'vite'

const here = fileURLToPath(new URL('.', import.meta.url))
export const HARNESS_DIR = fileURLToPath(new URL('../../test-results/harness/', import.meta.url))
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url))

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']

/** Bundles `test/browser/main.tsx` and what it imports (the Studio's components, @sanity/ui, the widget) into HARNESS_DIR. */
export async function buildHarness(): Promise<void> {
  await build({
    root: here,
    // Errors only: rolldown warns about every "use client" directive in framer-motion.
    logLevel: 'error',
    configFile: false,
    base: '/',
    // The Studio's tsconfig keeps JSX for `sanity build`; the harness compiles it itself.
    oxc: {jsx: {runtime: 'automatic'}},
    resolve: {dedupe: ['react', 'react-dom', 'styled-components', '@sanity/ui']},
    build: {outDir: HARNESS_DIR, emptyOutDir: true, sourcemap: false, minify: false, reportCompressedSize: false, chunkSizeWarningLimit: 10_000},
  })
}

const TYPES: Record<string, string> = {'.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml'}

/** Serves HARNESS_DIR on a free port; every path without a file is the page itself. */
export async function serveHarness(): Promise<{url: string; close(): Promise<void>}> {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname
    if (path === '/favicon.ico') return res.writeHead(204).end()
    const file = normalize(join(HARNESS_DIR, path === '/' ? 'index.html' : path))
    if (!file.startsWith(HARNESS_DIR)) return res.writeHead(404).end()
    try {
      const body = await readFile(file)
      res.writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store'}).end(body)
    } catch {
      res.writeHead(404).end('not found')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS})
}

/** A fresh page that collects console errors and page errors. */
export async function openPage(browser: Browser, url: string, size = {width: 1280, height: 900}): Promise<{page: Page; errors: string[]}> {
  const context = await browser.newContext({viewport: size, reducedMotion: 'reduce'})
  context.setDefaultTimeout(15_000)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(url)
  return {page, errors}
}
