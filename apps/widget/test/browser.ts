/** Launches Debian's Chromium through playwright-core and opens widget pages. */
import {chromium, type Browser, type Page} from 'playwright-core'
import {fileURLToPath} from 'node:url'

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS})
}

export interface PageOptions {
  width?: number
  height?: number
  colorScheme?: 'light' | 'dark'
  reducedMotion?: 'reduce' | 'no-preference'
}

/** A fresh context per page, collecting console errors and page errors. */
export async function openPage(browser: Browser, url: string, options: PageOptions = {}): Promise<{page: Page; errors: string[]}> {
  const context = await browser.newContext({
    viewport: {width: options.width ?? 1280, height: options.height ?? 800},
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'reduce',
  })
  // Fail fast with Playwright's message instead of hanging until vitest's timeout.
  context.setDefaultTimeout(20_000)
  const page = await context.newPage()
  // Every widget event the host page sees, in order, as window.__events.
  await page.addInitScript(() => {
    const seen: {type: string; detail: unknown}[] = ((window as any).__events = [])
    for (const type of ['careerpath:role-select', 'careerpath:view', 'careerpath:plan', 'careerpath:compare', 'careerpath:link', 'careerpath:load', 'careerpath:error', 'careerpath:assessment']) {
      document.addEventListener(type, (e) => seen.push({type, detail: JSON.parse(JSON.stringify((e as CustomEvent).detail))}))
    }
  })
  const errors: string[] = []
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(url)
  return {page, errors}
}

/** Waits until the (first) widget has loaded or failed, and returns its status. */
export async function settled(page: Page, selector = 'career-path'): Promise<string> {
  await page.waitForFunction((s) => {
    const el = document.querySelector(s) as (HTMLElement & {data?: {status: string}}) | null
    return el?.data && (el.data.status === 'ready' || el.data.status === 'error')
  }, selector)
  return page.evaluate((s) => (document.querySelector(s) as HTMLElement & {data: {status: string}}).data.status, selector)
}

/** Playwright's page.screenshot creates this folder on the first shot. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url))
export const DOCS_SCREENSHOT_DIR = fileURLToPath(new URL('../docs/screenshots/', import.meta.url))

/** Adds a `<career-path>` with these attributes to the blank host page. */
export async function mount(page: Page, attrs: Record<string, string>): Promise<void> {
  await page.evaluate((a) => {
    const el = document.createElement('career-path')
    for (const [k, v] of Object.entries(a)) el.setAttribute(k, v)
    document.getElementById('slot')!.append(el)
  }, attrs)
}
