/**
 * axe-core on every view in light and dark, at 1280 px, at 320 px and in a
 * 400 px column of a wide page; the screenshots of each view at 320 px and
 * 1280 px (test-results/screenshots; with UPDATE_DOCS_SCREENSHOTS=1 also
 * docs/screenshots, the set kept in the repo).
 */
import {copyFileSync} from 'node:fs'
import {join} from 'node:path'
import type {Page} from 'playwright-core'
import {afterAll, describe, expect, it} from 'vitest'
import {DOCS_SCREENSHOT_DIR, mount, openPage, SCREENSHOT_DIR, settled} from './browser'
import {axeViolations, noSideways, splitWords} from './checks'
import {COMPARE_A, COMPARE_B, FROM, TO} from './fixtures'
import {useHarness} from './harness'

const t = useHarness()

/** Every view, as a host page would open it; `assess` with a visitor who rated two skills. */
export const VIEWS: Record<string, Record<string, string>> = {
  ladders: {view: 'ladders'},
  role: {'role-slug': 'senior-technician'},
  plan: {view: 'plan', from: FROM, to: TO},
  compare: {view: 'compare', 'compare-a': COMPARE_A, 'compare-b': COMPARE_B},
  assess: {view: 'assess'},
  error: {src: '/fixtures/broken.json'},
}
const ASSESSMENT = {role: FROM, skills: {troubleshooting: 3, networking: 1}}

async function show(view: string, options: {colorScheme: 'light' | 'dark'; width: number; column?: boolean}): Promise<Page> {
  const {page} = await openPage(t.browser, `${t.web.url}/pages/${options.column ? 'column.html' : 'blank.html'}`, {...options, height: 900})
  await mount(page, {...VIEWS[view]!, loading: 'eager'})
  expect(await settled(page)).toBe(view === 'error' ? 'error' : 'ready')
  if (view === 'assess' || view === 'role') await page.locator('career-path').evaluate((el: any, a) => el.setAssessment(a), ASSESSMENT)
  return page
}

describe.each(['light', 'dark'] as const)('%s mode', (colorScheme) => {
  it.each(Object.keys(VIEWS))('%s view at 1280 px: zero axe violations', async (view) => {
    const page = await show(view, {colorScheme, width: 1280})
    expect(await axeViolations(page)).toEqual([])
    await page.screenshot({path: join(SCREENSHOT_DIR, `${view}-1280-${colorScheme}.png`), fullPage: true})
    if (view === 'ladders') {
      // The map with a role focused: its moves lit, the usual years on their targets.
      await page.locator('career-path [part~=role-button][data-role=senior-support-engineer]').focus()
      await page.screenshot({path: join(SCREENSHOT_DIR, `ladders-1280-${colorScheme}-focus.png`), fullPage: true})
    }
    await page.context().close()
  })

  it.each(Object.keys(VIEWS))('%s view at 320 px: no sideways scrolling, no split words, zero axe violations', async (view) => {
    const page = await show(view, {colorScheme, width: 320})
    expect(await noSideways(page)).toEqual([])
    expect(await splitWords(page)).toEqual([])
    expect(await axeViolations(page)).toEqual([])
    await page.screenshot({path: join(SCREENSHOT_DIR, `${view}-320-${colorScheme}.png`), fullPage: true})
    await page.context().close()
  })
})

describe('a 400 px column of a wide page (container queries, not the viewport)', () => {
  it.each(Object.keys(VIEWS))('%s view fits the column and passes axe', async (view) => {
    const page = await show(view, {colorScheme: 'light', width: 1280, column: true})
    expect(await page.locator('career-path').evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(400)
    expect(await noSideways(page)).toEqual([])
    expect(await axeViolations(page)).toEqual([])
    if (view === 'ladders') {
      // One track at a time, with its exits listed: the drawn map needs more room.
      expect(await page.locator('career-path .switch').isVisible()).toBe(true)
      expect(await page.locator('career-path .edges').isVisible()).toBe(false)
      expect(await page.locator('career-path [part~=ladder]:visible, career-path [part~=family]:visible').count()).toBe(1)
      await page.screenshot({path: join(SCREENSHOT_DIR, 'ladders-column-400.png'), fullPage: true})
    }
    await page.context().close()
  })
})

afterAll(() => {
  if (!process.env.UPDATE_DOCS_SCREENSHOTS) return
  for (const view of Object.keys(VIEWS)) {
    for (const size of ['320', '1280']) for (const scheme of ['light', 'dark']) copyFileSync(join(SCREENSHOT_DIR, `${view}-${size}-${scheme}.png`), join(DOCS_SCREENSHOT_DIR, `${view}-${size}-${scheme}.png`))
  }
  for (const name of ['ladders-column-400.png', 'ladders-1280-light-focus.png', 'ladders-1280-dark-focus.png']) copyFileSync(join(SCREENSHOT_DIR, name), join(DOCS_SCREENSHOT_DIR, name))
})
