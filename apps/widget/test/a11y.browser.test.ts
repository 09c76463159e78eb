/**
 * axe-core on every view in light and dark, and the screenshots of each view
 * at 320 px and 1280 px (test-results/screenshots; with UPDATE_DOCS_SCREENSHOTS=1
 * also docs/screenshots, the set kept in the repo).
 */
import axe from 'axe-core'
import {copyFileSync} from 'node:fs'
import {join} from 'node:path'
import type {Page} from 'playwright-core'
import {afterAll, describe, expect, it} from 'vitest'
import {DOCS_SCREENSHOT_DIR, mount, openPage, SCREENSHOT_DIR, settled} from './browser'
import {COMPARE_A, COMPARE_B, FROM, TO} from './fixtures'
import {useHarness} from './harness'

const t = useHarness()

const VIEWS: Record<string, Record<string, string>> = {
  ladders: {view: 'ladders'},
  role: {'role-slug': 'senior-technician'},
  plan: {view: 'plan', from: FROM, to: TO},
  compare: {view: 'compare', 'compare-a': COMPARE_A, 'compare-b': COMPARE_B},
  error: {src: '/fixtures/broken.json'},
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({content: axe.source})
  const result = await page.evaluate(() => (window as any).axe.run(document, {resultTypes: ['violations']}))
  return (result.violations as {id: string; help: string; nodes: {target: unknown}[]}[]).map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`)
}

/** Words the layout broke across two lines (e.g. "Troublesho|oting" in a squeezed table column). */
function splitWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('career-path')!.shadowRoot!
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const split: string[] = []
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if ((node.parentElement as HTMLElement).closest('.sr')) continue
      // URLs may break anywhere (they are longer than the screen is wide); words may not.
      const urls = [...node.textContent!.matchAll(/\S*:\/\/\S*/g)].map((u) => [u.index, u.index + u[0].length])
      for (const m of node.textContent!.matchAll(/[A-Za-z0-9]{2,}/g)) {
        if (urls.some(([start, end]) => m.index >= start! && m.index < end!)) continue
        const range = document.createRange()
        range.setStart(node, m.index)
        range.setEnd(node, m.index + m[0].length)
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)))
        if (tops.size > 1) split.push(m[0])
      }
    }
    return split
  })
}

async function show(view: string, options: {colorScheme: 'light' | 'dark'; width: number}): Promise<Page> {
  const {page} = await openPage(t.browser, `${t.web.url}/pages/blank.html`, {...options, height: 900})
  await mount(page, {...VIEWS[view]!, loading: 'eager'})
  expect(await settled(page)).toBe(view === 'error' ? 'error' : 'ready')
  return page
}

describe.each(['light', 'dark'] as const)('axe-core in %s mode', (colorScheme) => {
  it.each(Object.keys(VIEWS))('%s view has zero violations', async (view) => {
    const page = await show(view, {colorScheme, width: 1280})
    expect(await axeViolations(page)).toEqual([])
    await page.screenshot({path: join(SCREENSHOT_DIR, `${view}-1280-${colorScheme}.png`), fullPage: true})
    await page.context().close()
  })
})

describe.each(['light', 'dark'] as const)('small screens in %s mode', (colorScheme) => {
  it.each(Object.keys(VIEWS))('%s view fits 320 px without horizontal scrolling and passes axe', async (view) => {
    const page = await show(view, {colorScheme, width: 320})
    // Neither the page nor a region inside the widget (the comparison table) scrolls sideways.
    const overflow = await page.evaluate(() =>
      [document.documentElement, ...[...document.querySelector('career-path')!.shadowRoot!.querySelectorAll('*')].filter((e) => /auto|scroll/.test(getComputedStyle(e).overflowX))]
        .map((e) => e.scrollWidth - e.clientWidth)
        .filter((x) => x > 0),
    )
    expect(overflow).toEqual([])
    expect(await splitWords(page)).toEqual([])
    expect(await axeViolations(page)).toEqual([])
    await page.screenshot({path: join(SCREENSHOT_DIR, `${view}-320-${colorScheme}.png`), fullPage: true})
    await page.context().close()
  })
})

describe('theme attribute and motion preferences', () => {
  const rootStyle = (page: Page) =>
    page.evaluate(() => {
      const root = document.querySelector('career-path')!.shadowRoot!
      return {bg: getComputedStyle(root.querySelector('.root')!).backgroundColor, animation: getComputedStyle(root.querySelector('.view')!).animationName}
    })

  it.each([
    ['dark', 'light', 'rgb(17, 22, 29)'],
    ['light', 'dark', 'rgb(255, 255, 255)'],
  ] as const)('theme="%s" wins over a %s system preference, with zero axe violations', async (theme, colorScheme, bg) => {
    const {page} = await openPage(t.browser, `${t.web.url}/pages/blank.html`, {colorScheme})
    await mount(page, {theme, loading: 'eager', 'role-slug': 'senior-technician'})
    expect(await settled(page)).toBe('ready')
    expect((await rootStyle(page)).bg).toBe(bg)
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  })

  it.each([
    ['reduce', 'none'],
    ['no-preference', 'cp-in'],
  ] as const)('prefers-reduced-motion: %s gives view animation %s', async (reducedMotion, animation) => {
    const {page} = await openPage(t.browser, `${t.web.url}/pages/blank.html`, {reducedMotion})
    await mount(page, {loading: 'eager'})
    expect(await settled(page)).toBe('ready')
    expect((await rootStyle(page)).animation).toBe(animation)
    await page.context().close()
  })
})

afterAll(() => {
  if (!process.env.UPDATE_DOCS_SCREENSHOTS) return
  for (const view of Object.keys(VIEWS)) {
    for (const name of [`${view}-320-light.png`, `${view}-320-dark.png`, `${view}-1280-light.png`, `${view}-1280-dark.png`]) copyFileSync(join(SCREENSHOT_DIR, name), join(DOCS_SCREENSHOT_DIR, name))
  }
})
