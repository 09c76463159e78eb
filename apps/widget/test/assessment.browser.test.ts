/** The self-assessment: in the page only, shared through the URL fragment, stored only when the host opts in. */
import type {Page} from 'playwright-core'
import {beforeEach, describe, expect, it} from 'vitest'
import {mount, openPage, settled} from './browser'
import {FROM, seedGraph, TO} from './fixtures'
import {useHarness} from './harness'

let page: Page
const t = useHarness()
const graph = seedGraph()

async function open(attrs: Record<string, string> = {}, hash = ''): Promise<Page> {
  ;({page} = await openPage(t.browser, `${t.web.url}/pages/blank.html${hash}`))
  await mount(page, {loading: 'eager', ...attrs})
  expect(await settled(page)).toBe('ready')
  return page
}
beforeEach(async () => {
  await page?.context().close()
})

const events = () => page.evaluate(() => (window as any).__events.filter((e: any) => e.type === 'careerpath:assessment').map((e: any) => e.detail))
const stored = () => page.evaluate(() => ({...localStorage}))
/** Picks a level for one skill, as a visitor does: by its label. */
const rate = (skill: string, level: string) => page.locator('career-path [part~=skill]', {hasText: skill}).locator('select').selectOption({label: level})
const rated = (skill: string) => page.locator('career-path [part~=skill]', {hasText: skill}).locator('select').inputValue()

describe('self-assessment', () => {
  it('the visitor names their role and levels; the host gets each change as an event; the plan starts from it', async () => {
    await open({view: 'assess'})
    await page.getByLabel('Your current role').selectOption(FROM)
    await rate('Troubleshooting', '5 Expert')
    const [first, second] = await events()
    expect(first.assessment).toEqual({role: FROM, skills: {}})
    expect(second.assessment).toEqual({role: FROM, skills: {troubleshooting: 5}})
    expect(second.url).toMatch(/#careerpath=help-desk-technician,troubleshooting-5$/)
    expect(await rated('Troubleshooting')).toBe('5')
    // The planner starts where the visitor is, from their own levels.
    await page.getByRole('button', {name: 'Plan my route from here'}).click()
    expect(await page.getByLabel('Where I am').inputValue()).toBe(FROM)
    await page.getByLabel('Where I want to be').selectOption(TO)
    expect(await page.locator('career-path .self').textContent()).toMatch(/^From your self-assessment/)
    const sdk = graph.plan(FROM, TO).milestones[0]!.skills.map((s) => s.skill.title)
    expect(sdk).toContain('Troubleshooting')
    const ours = await page.locator('career-path [part~=plan-step]').first().locator('[part~=skill]').allTextContents()
    expect(ours.some((s) => s.startsWith('Troubleshooting'))).toBe(false)
    const plan = await page.evaluate(() => (window as any).__events.filter((e: any) => e.type === 'careerpath:plan').at(-1).detail.plan)
    expect(plan.assessed).toBe(true)
    // In the page only: nothing in localStorage without the host's consent.
    expect(await stored()).toEqual({})
  })

  it('round trip through a shared link: the state rides in the fragment and never reaches the server', async () => {
    await open({view: 'assess'})
    await page.getByLabel('Your current role').selectOption(FROM)
    await rate('Networking', '3 Practitioner')
    await rate('Communication', 'None')
    await page.getByRole('button', {name: 'Copy a link to this'}).click()
    const url = (await page.locator('career-path output').textContent())!
    expect(url).toBe(`${t.web.url}/pages/blank.html#careerpath=${FROM},networking-3,communication-0`)
    await page.context().close()
    const before = t.web.requests.length
    await open({view: 'assess'}, url.slice(url.indexOf('#')))
    expect(await page.locator('career-path').evaluate((el: any) => el.data.assessment)).toEqual({role: FROM, skills: {networking: 3, communication: 0}})
    expect(await page.getByLabel('Your current role').inputValue()).toBe(FROM)
    expect(await rated('Networking')).toBe('3')
    expect(await rated('Communication')).toBe('0')
    expect(t.web.requests.slice(before).some((r) => r.includes('careerpath=') || r.includes('networking'))).toBe(false)
    // The map shows where the visitor is.
    await page.getByRole('button', {name: 'Career map'}).click()
    expect(await page.locator(`career-path [data-role="${FROM}"] .you`).count()).toBe(1)
  })

  it('a link with nonsense is ignored safely', async () => {
    await open({}, '#careerpath=no-such-role,troubleshooting-3')
    expect(await page.locator('career-path').evaluate((el: any) => el.data.assessment)).toBeUndefined()
    await page.context().close()
    await open({}, `#careerpath=${FROM},troubleshooting-7,<b>x</b>-2,networking-2`)
    expect(await page.locator('career-path').evaluate((el: any) => el.data.assessment)).toEqual({role: FROM, skills: {networking: 2}})
  })

  it('storage="local" keeps it in this browser; Clear is one click and forgets it everywhere', async () => {
    await open({view: 'assess', storage: 'local'})
    expect(await page.locator('career-path .privacy').textContent()).toMatch(/this browser/)
    await page.getByLabel('Your current role').selectOption(FROM)
    await rate('Troubleshooting', '4 Advanced')
    expect(await stored()).toEqual({'careerpath:assessment': `${FROM},troubleshooting-4`})
    // A new page in the same browser finds it again.
    const context = page.context()
    const second = await context.newPage()
    await second.goto(`${t.web.url}/pages/blank.html#careerpath=${FROM},networking-1`)
    await second.evaluate(() => {
      const el = document.createElement('career-path')
      el.setAttribute('storage', 'local')
      el.setAttribute('loading', 'eager')
      document.getElementById('slot')!.append(el)
    })
    await settled(second)
    // A shared link wins over what the browser kept.
    expect(await second.locator('career-path').evaluate((el: any) => el.data.assessment)).toEqual({role: FROM, skills: {networking: 1}})
    await page.bringToFront()
    const clear = page.getByRole('button', {name: 'Clear'})
    await clear.click()
    expect((await events()).at(-1)).toEqual({assessment: null, url: null})
    expect(await stored()).toEqual({})
    expect(await page.locator('career-path').evaluate((el: any) => el.data.assessment)).toBeUndefined()
    expect(await page.getByLabel('Your current role').inputValue()).toBe('')
    await page.waitForTimeout(60)
    expect(await page.locator('career-path [aria-live]').textContent()).toBe('Your self-assessment is cleared.')
    expect(await page.evaluate(() => document.querySelector('career-path')!.shadowRoot!.activeElement?.textContent)).toBe('Clear')
    // Clearing also drops a shared state from the address bar.
    await second.locator('career-path').evaluate((el: any) => el.setAssessment(null))
    expect(await second.evaluate(() => location.hash)).toBe('')
  })
})
