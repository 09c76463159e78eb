/** What a company's careers page does with the widget: link roles to its jobs, take over navigation, hear every visitor action. */
import type {Page} from 'playwright-core'
import {afterEach, describe, expect, it} from 'vitest'
import {mount, openPage, settled} from './browser'
import {COMPARE_A, COMPARE_B} from './fixtures'
import {useHarness} from './harness'

const t = useHarness()
let page: Page
afterEach(() => page?.context().close())

async function open(attrs: Record<string, string>, setup?: string): Promise<Page> {
  ;({page} = await openPage(t.browser, `${t.web.url}/pages/blank.html`))
  if (setup) await page.evaluate(setup)
  await mount(page, attrs)
  expect(await settled(page)).toBe('ready')
  return page
}
const events = (type: string) => page.evaluate((t) => (window as any).__events.filter((e: any) => e.type === t).map((e: any) => e.detail), type)
const heading = () => page.locator('career-path h2').textContent()

describe('job links', () => {
  it('role-href links a role to the host\'s search; the slot carries the host\'s own call to action', async () => {
    await open({'role-slug': 'senior-technician', 'role-href': 'https://jobs.example.com/search?role={slug}'})
    await page.evaluate(() => {
      const a = Object.assign(document.createElement('a'), {href: '/apply', slot: 'role-actions', textContent: 'Apply now'})
      document.querySelector('career-path')!.append(a)
    })
    const link = page.locator('career-path [part=job-link]')
    expect(await link.getAttribute('href')).toBe('https://jobs.example.com/search?role=senior-technician')
    expect(await link.textContent()).toBe('See open positions')
    // The host's element is shown inside the role view's actions, after the widget's own buttons.
    const slotted = await page.locator('career-path').evaluate((el) => (el.shadowRoot!.querySelector('slot[name=role-actions]') as HTMLSlotElement).assignedElements().map((e) => e.textContent))
    expect(slotted).toEqual(['Apply now'])
    expect(await page.getByRole('link', {name: 'Apply now'}).isVisible()).toBe(true)
    // On the map the slot is not drawn, so the host's element is not shown.
    await page.getByRole('button', {name: '← All ladders'}).click()
    expect(await page.getByRole('link', {name: 'Apply now'}).isVisible()).toBe(false)
  })

  it('roleHrefs wins over the template; a cancelled link leaves the page where it is', async () => {
    await open({'role-slug': 'senior-technician', 'role-href': 'https://jobs.example.com/{slug}'}, "document.addEventListener('careerpath:link', (e) => e.preventDefault())")
    await page.locator('career-path').evaluate((el: any, base) => (el.roleHrefs = {'senior-technician': `${base}/jobs/senior`}), t.web.url)
    const link = page.locator('career-path [part=job-link]')
    expect(await link.getAttribute('href')).toBe(`${t.web.url}/jobs/senior`)
    await link.click()
    expect(await events('careerpath:link')).toEqual([{slug: 'senior-technician', url: `${t.web.url}/jobs/senior`}])
    await page.waitForTimeout(100)
    expect(new URL(page.url()).pathname).toBe('/pages/blank.html')
  })

  it('the link speaks the widget\'s language', async () => {
    await open({'role-slug': 'senior-technician', 'role-href': 'https://jobs.example.com/{slug}', lang: 'es'})
    expect(await page.locator('career-path [part=job-link]').textContent()).toBe('Ver vacantes')
  })

  it('an unsafe template gives no link', async () => {
    await open({'role-slug': 'senior-technician', 'role-href': 'javascript:alert({slug})'})
    expect(await page.locator('career-path [part=job-link]').count()).toBe(0)
  })
})

describe('navigation the host owns', () => {
  it('a cancelled role-select keeps the map: the host routes to its own role page', async () => {
    await open({}, "document.addEventListener('careerpath:role-select', (e) => { e.preventDefault(); window.__routed = '/careers/roles/' + e.detail.slug })")
    await page.locator('career-path [data-role="senior-technician"]').click()
    expect(await page.evaluate(() => (window as any).__routed)).toBe('/careers/roles/senior-technician')
    expect(await heading()).toBe('Career map')
    expect(await page.locator('career-path').evaluate((el: any) => el.data.view)).toBe('ladders')
    expect(await events('careerpath:view')).toEqual([])
  })

  it('a cancelled view change stays; an allowed one is told with the view it leaves', async () => {
    await open({}, "document.addEventListener('careerpath:view', (e) => e.detail.view === 'assess' && e.preventDefault())")
    await page.getByRole('button', {name: 'Your skills'}).click()
    expect(await heading()).toBe('Career map')
    await page.getByRole('button', {name: 'Compare roles'}).click()
    expect(await heading()).toBe('Compare two roles')
    expect(await events('careerpath:view')).toEqual([
      {view: 'assess', previous: 'ladders'},
      {view: 'compare', previous: 'ladders'},
    ])
  })

  it('every visitor action is an event: role opened, view changed, plan made, compare made', async () => {
    await open({})
    await page.locator('career-path [data-role="help-desk-technician"]').click()
    await page.getByRole('button', {name: 'Plan my route from here'}).click()
    await page.getByLabel('Where I want to be').selectOption('it-support-manager')
    await page.getByRole('button', {name: 'Compare roles'}).click()
    await page.getByLabel('First role').selectOption(COMPARE_A)
    await page.getByLabel('Second role').selectOption(COMPARE_B)
    const all = await page.evaluate(() => (window as any).__events.map((e: any) => e.type).filter((t: string) => t !== 'careerpath:load'))
    expect(all).toEqual(['careerpath:role-select', 'careerpath:view', 'careerpath:view', 'careerpath:plan', 'careerpath:view', 'careerpath:compare'])
    expect(await events('careerpath:view')).toEqual([
      {view: 'role', previous: 'ladders', role: 'help-desk-technician'},
      {view: 'plan', previous: 'role', role: 'help-desk-technician'},
      {view: 'compare', previous: 'plan', role: 'help-desk-technician'},
    ])
    expect(await events('careerpath:compare')).toEqual([{a: COMPARE_A, b: COMPARE_B}])
  })
})
