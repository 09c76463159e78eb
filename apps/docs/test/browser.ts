// Shared by the browser tests and the screenshot script: real Debian Chromium through playwright-core,
// pointed at dist/ served by the same static server `pnpm start` uses.
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {serveStatic, type StaticServer} from '../scripts/static-server.ts'

export const distDir = fileURLToPath(new URL('../dist', import.meta.url))

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export interface Site {
  browser: Browser
  server: StaticServer
  url(path: string): string
  close(): Promise<void>
}

export async function openSite(): Promise<Site> {
  if (!existsSync(`${distDir}/index.html`)) throw new Error('dist/ is missing: run `pnpm --filter @careerpath/docs build` first')
  const server = await serveStatic(distDir)
  const browser = await chromium.launch({executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS})
  return {
    browser,
    server,
    url: (path) => new URL(path, server.url).href,
    async close() {
      await browser.close()
      await server.close()
    },
  }
}

/** A page that records console errors and failed requests, so tests can assert a clean load. */
export async function newPage(site: Site, options: {width?: number; height?: number; javaScript?: boolean; colorScheme?: 'light' | 'dark'} = {}) {
  const context = await site.browser.newContext({
    viewport: {width: options.width ?? 1280, height: options.height ?? 900},
    javaScriptEnabled: options.javaScript ?? true,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: 'reduce',
  })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
  // ERR_ABORTED is a request the next navigation cancelled (a lazy chunk, the favicon), not a failure of the page.
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? ''
    if (error !== 'net::ERR_ABORTED') problems.push(`requestfailed: ${r.url()} ${error}`)
  })
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`)
  })
  return {page, problems, close: () => context.close()}
}

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: {target: string[]; failureSummary?: string}[]
}

/** Runs axe-core (WCAG 2.x A/AA and best practices) in the page; returns the violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const axe = await import('axe-core')
  await page.addScriptTag({content: axe.default.source})
  return page.evaluate(async () => {
    const w = window as unknown as {axe: {run: (ctx: Document, opts: unknown) => Promise<{violations: AxeViolation[]}>}}
    const result = await w.axe.run(document, {
      runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']},
    })
    return result.violations.map((v) => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({target: n.target, failureSummary: n.failureSummary}))}))
  })
}

/** Readable one-line-per-node summary for assertion messages. */
export const describeViolations = (violations: AxeViolation[]) =>
  violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `   at ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`).join('\n')
