/**
 * The server render in Chromium: painted and readable with JavaScript off, then
 * upgraded in place by the module build with no data request, no layout shift
 * and no fade.
 */
import type {Page} from 'playwright-core'
import {describe, expect, it} from 'vitest'
import {SCREENSHOT_DIR, settled} from './browser'
import {useHarness} from './harness'
import {builtRender, fullSeedSnapshot} from './ssr-fixture'

const h = useHarness()

/** Where each role button sits, by slug (page coordinates). */
const rects = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries([...document.querySelector('career-path')!.shadowRoot!.querySelectorAll<HTMLElement>('[data-role]')].map((b) => [b.dataset.role, JSON.stringify(b.getBoundingClientRect())])),
  )

async function serve(attributes: Record<string, string>): Promise<string> {
  const html = await (await builtRender())(await fullSeedSnapshot(), {attributes})
  const page = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Careers</title>',
    '<link rel="stylesheet" href="/pages/page.css"><script type="module" src="/dist/careerpath-widget.js"></script></head>',
    '<body><main><h1>Grow with us</h1>',
    html,
    // Runs while the page parses, before the module: where the server markup put each role.
    '<script>window.__before = Object.fromEntries([...document.querySelector("career-path").shadowRoot.querySelectorAll("[data-role]")].map((b) => [b.dataset.role, JSON.stringify(b.getBoundingClientRect())]))</script>',
    '<p id="below">Open positions</p></main></body></html>',
  ].join('')
  h.web.routes.set('/fixtures/ssr.html', {type: 'text/html; charset=utf-8', body: page})
  return `${h.web.url}/fixtures/ssr.html`
}

describe('server render', () => {
  it('paints the map with JavaScript off: every role laid out on the map, readable', async () => {
    const url = await serve({view: 'ladders'})
    const context = await h.browser.newContext({javaScriptEnabled: false, viewport: {width: 1280, height: 900}})
    const page = await context.newPage()
    await page.goto(url)
    const role = page.locator('career-path [data-role="senior-technician"]')
    await expect.poll(() => role.isVisible()).toBe(true)
    const box = (await role.boundingBox())!
    const entry = (await page.locator('career-path [data-role="help-desk-technician"]').boundingBox())!
    // The grid positions came through (as rules, not style attributes): the senior role sits above the entry one.
    expect(box.y).toBeLessThan(entry.y)
    expect(await page.locator('career-path h2').textContent()).toBe('Career map')
    await page.screenshot({path: `${SCREENSHOT_DIR}ssr-no-js-1280.png`})
    await context.close()
  })

  it('upgrades in place: no data request, nothing moves, no fade', async () => {
    const url = await serve({view: 'ladders'})
    const context = await h.browser.newContext({viewport: {width: 1280, height: 900}, reducedMotion: 'no-preference'})
    const page = await context.newPage()
    await page.addInitScript(() => {
      const w = window as unknown as {__cls: number; __opacity: string[]}
      w.__cls = 0
      w.__opacity = []
      new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.__cls += (e as PerformanceEntry & {value: number}).value))).observe({type: 'layout-shift', buffered: true})
      // In the same task as the swap: the new view must already be fully opaque.
      document.addEventListener('careerpath:load', (e) => w.__opacity.push(getComputedStyle((e.target as HTMLElement).shadowRoot!.querySelector('.view')!).opacity))
    })
    const before = h.web.requests.length
    await page.goto(url)
    expect(await settled(page)).toBe('ready')
    const requested = h.web.requests.slice(before)
    expect(requested.filter((r) => r.endsWith('.json'))).toEqual([])
    expect(requested.some((r) => r.startsWith('/dist/careerpath-widget.js'))).toBe(true)
    const data = await page.evaluate(() => (document.querySelector('career-path') as HTMLElement & {data: {source: {description: string}}}).data.source.description)
    expect(data).toContain('server render')
    expect(await page.evaluate(() => (window as unknown as {__opacity: string[]}).__opacity)).toEqual(['1'])
    // The client's render replaced the server's (its SVG moves are drawn), and every role is where the server put it.
    await expect.poll(() => page.evaluate(() => document.querySelector('career-path')!.shadowRoot!.querySelector('path.e')?.getAttribute('d') ?? '')).not.toBe('')
    expect(await page.evaluate(() => document.querySelector('career-path')!.shadowRoot!.querySelector('style'))).toBeNull()
    const after = await rects(page)
    expect(Object.keys(after).length).toBeGreaterThan(10)
    expect(after).toEqual(await page.evaluate(() => (window as unknown as {__before: Record<string, string>}).__before))
    await page.evaluate(() => new Promise(requestAnimationFrame))
    expect(await page.evaluate(() => (window as unknown as {__cls: number}).__cls)).toBe(0)
    // And it is the live widget: a click opens the role.
    await page.locator('career-path [data-role="senior-technician"]').click()
    await expect.poll(() => page.locator('career-path h2').textContent()).toBe('Senior technician')
    await context.close()
  })

  it('renders a role view the client keeps', async () => {
    const url = await serve({'role-slug': 'senior-technician'})
    const context = await h.browser.newContext()
    const page = await context.newPage()
    await page.goto(url)
    expect(await settled(page)).toBe('ready')
    expect(await page.locator('career-path h2').textContent()).toBe('Senior technician')
    expect(await page.evaluate(() => (document.querySelector('career-path') as HTMLElement & {data: {view: string}}).data.view)).toBe('role')
    await context.close()
  })
})
