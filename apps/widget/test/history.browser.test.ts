/** history="query" / "hash": the widget's state in the address, restored on load and by the browser's real Back and Forward. */
import type {Page} from 'playwright-core'
import {afterEach, describe, expect, it} from 'vitest'
import {mount, openPage, settled} from './browser'
import {COMPARE_A, COMPARE_B} from './fixtures'
import {useHarness} from './harness'

const t = useHarness()
let page: Page
afterEach(() => page?.context().close())

async function open(attrs: Record<string, string>, address = ''): Promise<Page> {
  ;({page} = await openPage(t.browser, `${t.web.url}/pages/blank.html${address}`))
  await mount(page, attrs)
  expect(await settled(page)).toBe('ready')
  return page
}
const heading = () => page.locator('career-path h2').textContent()
const address = () => {
  const u = new URL(page.url())
  return u.search + u.hash
}
const attr = (name: string) => page.locator('career-path').getAttribute(name)

describe('history', () => {
  it('query: each visitor move is an entry; Back and Forward restore the view, the attributes follow', async () => {
    await open({history: 'query'})
    expect(address()).toBe('')
    await page.locator('career-path [data-role="senior-technician"]').click()
    expect(await heading()).toBe('Senior technician')
    expect(address()).toBe('?cp-view=role&cp-role-slug=senior-technician')
    expect([await attr('view'), await attr('role-slug')]).toEqual(['role', 'senior-technician'])
    await page.getByRole('button', {name: 'Compare roles'}).click()
    expect(await heading()).toBe('Compare two roles')
    expect(await attr('role-slug')).toBeNull()
    await page.goBack()
    await expect.poll(heading).toBe('Senior technician')
    expect(await page.locator('career-path').evaluate((el: any) => [el.data.view, el.data.role])).toEqual(['role', 'senior-technician'])
    await page.goBack()
    await expect.poll(heading).toBe('Career map')
    expect(address()).toBe('')
    expect(await attr('view')).toBeNull()
    await page.goForward()
    await expect.poll(heading).toBe('Senior technician')
    expect(await attr('role-slug')).toBe('senior-technician')
  })

  it('query: an address with state opens it on load; the host setting an attribute replaces the entry', async () => {
    await open({history: 'query'}, `?cp-view=compare&cp-compare-a=${COMPARE_A}&cp-compare-b=${COMPARE_B}`)
    expect(await heading()).toBe('Compare two roles')
    expect(await page.locator('career-path [part=compare-result] caption').textContent()).toMatch(/compared with/)
    const entries = await page.evaluate(() => history.length)
    await page.locator('career-path').evaluate((el) => el.setAttribute('role-slug', 'help-desk-technician'))
    await expect.poll(heading).toBe('Help desk technician')
    expect(address()).toBe('?cp-view=role&cp-role-slug=help-desk-technician')
    expect(await page.evaluate(() => history.length)).toBe(entries)
  })

  it('hash: the state rides in the fragment beside other parameters; the planner\'s choice is kept', async () => {
    await open({history: 'hash'}, '#other=1')
    await page.getByRole('button', {name: 'Plan a route'}).click()
    expect(address()).toBe('#other=1&cp-view=plan')
    await page.getByLabel('Where I am').selectOption('help-desk-technician')
    await page.getByLabel('Where I want to be').selectOption('it-support-manager')
    expect(address()).toBe('#other=1&cp-view=plan&cp-from=help-desk-technician&cp-to=it-support-manager')
    await page.reload()
    await mount(page, {history: 'hash'})
    expect(await settled(page)).toBe('ready')
    expect(await heading()).toBe('Plan your route')
    expect(await page.getByLabel('Where I want to be').inputValue()).toBe('it-support-manager')
  })
})
