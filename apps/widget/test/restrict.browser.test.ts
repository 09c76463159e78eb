/** tracks, families, hide: the widget shows only what the company wants, everywhere, and says when an attribute names nothing. */
import type {Page} from 'playwright-core'
import {afterEach, describe, expect, it} from 'vitest'
import {mount, openPage, settled} from './browser'
import {COMPARE_A, COMPARE_B} from './fixtures'
import {useHarness} from './harness'

const t = useHarness()
let page: Page
let warnings: string[]
afterEach(() => page?.context().close())

async function open(attrs: Record<string, string>): Promise<Page> {
  ;({page} = await openPage(t.browser, `${t.web.url}/pages/blank.html`))
  warnings = []
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()))
  await mount(page, attrs)
  expect(await settled(page)).toBe('ready')
  return page
}
const columns = () => page.locator('career-path .col h3').allTextContents()
const errors = () => page.evaluate(() => (window as any).__events.filter((e: any) => e.type === 'careerpath:error').map((e: any) => e.detail.errors))
const groups = (label: string) => page.getByLabel(label).evaluate((s) => [...s.querySelectorAll('optgroup')].map((g) => g.label))

describe('restriction', () => {
  it('tracks="a,b": the map, the selects and the moves keep to those tracks', async () => {
    await open({tracks: 'it-support,support-management'})
    expect(await columns()).toEqual(['IT support: technician to CIO', 'Support management'])
    await page.locator('career-path [data-role="help-desk-technician"]').click()
    // Moves into hidden tracks are gone from the role's exits.
    const exits = await page.locator('career-path .exits [part=move-button]').allTextContents()
    expect(exits).toEqual(['Senior technician', 'Technical support lead'])
    await page.getByRole('button', {name: 'Plan a route'}).click()
    expect(await groups('Where I want to be')).toEqual(['IT support: technician to CIO', 'Support management'])
    expect(warnings).toEqual([])
    expect(await errors()).toEqual([])
  })

  it('families="off" leaves the families out', async () => {
    await open({families: 'off'})
    const shown = await columns()
    expect(shown).not.toContain('Alternative careers')
    expect(shown).toHaveLength(4)
    expect(await page.locator('career-path [part~=family]').count()).toBe(0)
  })

  it('hide="resources,certifications,compare": no such section, no such view or button', async () => {
    await open({hide: 'resources,certifications,compare', 'role-slug': 'help-desk-technician'})
    const blocks = await page.locator('career-path h3, career-path h4').allTextContents()
    expect(blocks).not.toContain('What to learn')
    expect(blocks).not.toContain('Certifications')
    expect(blocks).toContain('What the job is')
    expect(await page.locator('career-path [part~=nav-button]').allTextContents()).toEqual(['Career map', 'Plan a route', 'Your skills'])
    expect(await page.getByRole('button', {name: 'Compare with another role'}).count()).toBe(0)
    await page.locator('career-path').evaluate((el) => el.setAttribute('view', 'compare'))
    await expect.poll(() => page.locator('career-path h2').textContent()).toBe('Career map')
  })

  it('hide="assess,resources": the role view offers no rating and the planner no "Learn with"', async () => {
    await open({hide: 'assess,resources', 'role-slug': 'help-desk-technician'})
    const role = await page.locator('career-path .view').innerText()
    expect(role).toContain('Levels needed, 1 to 5.')
    expect(role).not.toContain('Rate your skills')
    await page.locator('career-path').evaluate((el) => (el.setAttribute('from', 'help-desk-technician'), el.setAttribute('to', 'it-support-manager'), el.setAttribute('view', 'plan')))
    await expect.poll(() => page.locator('career-path [part~=plan-step]').count()).toBeGreaterThan(0)
    const plan = await page.locator('career-path .view').innerText()
    expect(plan).not.toMatch(/learn with/i)
    expect(plan).not.toContain('None listed')
    expect(plan).not.toContain('Rate your skills')
    expect(plan).toMatch(/skills to grow/i)
  })

  it('an unknown slug warns once and fires careerpath:error; it never silently shows everything', async () => {
    await open({tracks: 'it-support,nope', 'role-slug': 'ghost'})
    expect(await page.locator('career-path h2').textContent()).toBe('Role not found')
    await expect.poll(() => warnings.length).toBe(1)
    expect(warnings[0]).toMatch(/No track "nope" is shown.*role-slug: no role "ghost" is shown/)
    expect(await errors()).toEqual([['No track "nope" is shown (tracks, track).', 'role-slug: no role "ghost" is shown.']])
    // The same mistake again is not repeated; a new one is.
    await page.locator('career-path').evaluate((el) => (el.setAttribute('role-slug', 'help-desk-technician'), el.setAttribute('role-slug', 'ghost')))
    await page.locator('career-path').evaluate((el) => el.setAttribute('track', 'phantom'))
    await expect.poll(async () => (await errors()).length).toBe(2)
    expect((await errors())[1]).toEqual(['No track "phantom" is shown (tracks, track).'])
    expect(warnings).toHaveLength(2)
  })

  it('compare-a and compare-b imply the comparison', async () => {
    await open({'compare-a': COMPARE_A, 'compare-b': COMPARE_B})
    expect(await page.locator('career-path h2').textContent()).toBe('Compare two roles')
    expect(await page.locator('career-path [part=compare-table] caption').textContent()).toBe('Help desk technician compared with Senior technician')
  })
})
