/**
 * Theming and the visual accessibility rules beyond axe: colour schemes (the
 * theme attribute, the host's color-scheme), the README's theming example at
 * AA in both schemes, control borders at 3:1, the page's font and rem sizes,
 * ::part on everything actionable, reduced motion and forced colours.
 */
import {readFileSync} from 'node:fs'
import type {Page} from 'playwright-core'
import {describe, expect, it} from 'vitest'
import {mount, openPage, settled} from './browser'
import {axeViolations, weakBorders} from './checks'
import {COMPARE_A, COMPARE_B, FROM, TO} from './fixtures'
import {useHarness} from './harness'

const t = useHarness()

/** The CSS block that follows `<!-- theming-example -->` in the README: what site owners copy. */
const README_THEME = /<!-- theming-example -->\s*```css\n([\s\S]*?)```/.exec(readFileSync(new URL('../README.md', import.meta.url), 'utf8'))![1]!

const VIEWS: Record<string, string>[] = [
  {view: 'ladders'},
  {'role-slug': 'senior-technician'},
  {view: 'plan', from: FROM, to: TO},
  {view: 'compare', 'compare-a': COMPARE_A, 'compare-b': COMPARE_B},
  {view: 'assess'},
]

async function open(attrs: Record<string, string>, options: {colorScheme?: 'light' | 'dark'; page?: string; css?: string; forcedColors?: boolean; reducedMotion?: 'reduce' | 'no-preference'} = {}): Promise<Page> {
  const {page} = await openPage(t.browser, `${t.web.url}/pages/${options.page ?? 'blank.html'}`, options)
  if (options.css) await page.addStyleTag({content: options.css})
  if (options.forcedColors) await page.emulateMedia({forcedColors: 'active'})
  await mount(page, {loading: 'eager', ...attrs})
  expect(await settled(page)).toBe('ready')
  return page
}

const rootStyle = (page: Page, prop: string) => page.locator('career-path').evaluate((el, p) => getComputedStyle(el.shadowRoot!.querySelector('.root')!).getPropertyValue(p), prop)

describe('colour schemes', () => {
  it.each([
    ['dark', 'light', 'rgb(17, 22, 29)'],
    ['light', 'dark', 'rgb(255, 255, 255)'],
  ] as const)('theme="%s" wins over a %s system preference, with zero axe violations', async (theme, colorScheme, bg) => {
    const page = await open({theme, 'role-slug': 'senior-technician'}, {colorScheme})
    expect(await rootStyle(page, 'background-color')).toBe(bg)
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  })

  it('without theme it follows prefers-color-scheme; theme="inherit" follows the page\'s color-scheme instead', async () => {
    const page = await open({}, {colorScheme: 'light', page: 'themed.html'})
    expect(await rootStyle(page, 'background-color')).toBe('rgb(255, 255, 255)')
    await page.locator('career-path').evaluate((el) => el.setAttribute('theme', 'inherit'))
    // The themed page sets `:root{color-scheme:dark}`: the widget's dark set applies.
    expect(await rootStyle(page, 'background-color')).toBe('rgb(17, 22, 29)')
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  })

  it.each(['light', 'dark'] as const)('per-scheme tokens: --careerpath-%s-accent sets only that scheme', async (scheme) => {
    const css = `career-path{--careerpath-light-accent:#6b2bd9;--careerpath-dark-accent:#c4a5ff}`
    const page = await open({}, {colorScheme: scheme, css})
    // Ladder roles carry the accent on their leading edge.
    const color = await page.locator('career-path [part~=role-button]').first().evaluate((b) => getComputedStyle(b).borderInlineStartColor)
    expect(color).toBe(scheme === 'light' ? 'rgb(107, 43, 217)' : 'rgb(196, 165, 255)')
    await page.context().close()
  })
})

describe("the README's theming example", () => {
  it('is a real example: it sets per-scheme tokens and inherits the font', () => {
    expect(README_THEME).toMatch(/--careerpath-light-accent/)
    expect(README_THEME).toMatch(/--careerpath-dark-accent/)
    expect(README_THEME).toMatch(/--careerpath-font:\s*inherit/)
  })

  describe.each(['light', 'dark'] as const)('in %s mode', (colorScheme) => {
    it.each(VIEWS.map((v) => [Object.values(v).join(' '), v] as const))('%s: AA contrast (axe) and control borders of 3:1', async (_, attrs) => {
      const page = await open(attrs, {colorScheme, css: README_THEME})
      expect(await axeViolations(page)).toEqual([])
      expect(await weakBorders(page)).toEqual([])
      await page.context().close()
    })
  })
})

describe('default theme', () => {
  it.each(['light', 'dark'] as const)('control borders are at least 3:1 in %s mode on every view', async (colorScheme) => {
    for (const attrs of VIEWS) {
      const page = await open(attrs, {colorScheme})
      expect(await weakBorders(page), JSON.stringify(attrs)).toEqual([])
      await page.context().close()
    }
  })
})

describe('type', () => {
  it('--careerpath-font: inherit takes the page font; sizes are rem, so they follow the page root size', async () => {
    const page = await open({}, {page: 'themed.html', css: 'career-path{--careerpath-font:inherit}'})
    const fonts = await page.locator('career-path').evaluate((el) => ({page: getComputedStyle(document.body).fontFamily, widget: getComputedStyle(el.shadowRoot!.querySelector('.root')!).fontFamily}))
    expect(fonts.widget).toBe(fonts.page)
    // The themed page's root is 20px: 1.5em headings on a 1rem base are 30px.
    expect(await page.locator('career-path h2').evaluate((h) => getComputedStyle(h).fontSize)).toBe('30px')
    expect(await rootStyle(page, 'font-size')).toBe('20px')
    await page.context().close()
  })
})

describe('::part', () => {
  it('every actionable element in every view has a part name; the current view button has nav-current', async () => {
    for (const attrs of VIEWS) {
      const page = await open(attrs)
      const missing = await page.locator('career-path').evaluate((el) =>
        [...el.shadowRoot!.querySelectorAll('button, a[href], select, input, summary, [tabindex]')].filter((e) => !e.getAttribute('part')).map((e) => e.outerHTML.slice(0, 80)),
      )
      expect(missing, JSON.stringify(attrs)).toEqual([])
      const current = await page.locator('career-path [part~=nav-current]').count()
      expect(current).toBe(attrs['role-slug'] ? 0 : 1)
      await page.context().close()
    }
  })

  it('the host page can style a part', async () => {
    const page = await open({}, {css: 'career-path::part(role-button){border-radius:0}'})
    expect(await page.locator('career-path [part~=role-button]').first().evaluate((b) => getComputedStyle(b).borderTopLeftRadius)).toBe('0px')
    await page.context().close()
  })
})

describe('motion and forced colours', () => {
  it.each([
    ['reduce', 'none'],
    ['no-preference', 'cp-in'],
  ] as const)('prefers-reduced-motion: %s gives view animation %s', async (reducedMotion, animation) => {
    const page = await open({}, {reducedMotion})
    expect(await page.locator('career-path .view').evaluate((v) => getComputedStyle(v).animationName)).toBe(animation)
    await page.context().close()
  })

  it('forced colours: moves are drawn in system colours, the highlighted ones in Highlight, and axe passes', async () => {
    const page = await open({}, {forcedColors: true})
    const edge = page.locator('career-path path.e').first()
    const canvasText = await page.evaluate(() => {
      const probe = document.createElement('div')
      probe.style.color = 'CanvasText'
      document.body.append(probe)
      return getComputedStyle(probe).color
    })
    expect(await edge.evaluate((p) => getComputedStyle(p).stroke)).toBe(canvasText)
    await page.locator('career-path [part~=role-button]').first().focus()
    const lit = page.locator('career-path path.e.on').first()
    expect(await lit.evaluate((p) => getComputedStyle(p).stroke)).not.toBe(canvasText)
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  })
})
