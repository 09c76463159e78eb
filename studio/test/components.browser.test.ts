/**
 * The Studio's own React tools rendered in real Chromium, with the test server
 * as their client (see test/browser/main.tsx): the career map, the "Preview as
 * visitors" view (the real widget, from `@careerpath/widget`) and the
 * "Retire certification" form. Asserts what an editor sees and can click, and
 * writes the README's screenshots to docs/screenshots/.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {startTestServer, type TestServer} from '@careerpath/test-server'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {today} from '../actions/retire'
import {buildHarness, launchBrowser, openPage, SCREENSHOT_DIR, serveHarness} from './browser/harness'
import {edit, loc} from './fixtures'
import type {DocumentLike} from './validateDocuments'
import {analystDraft, product, toolsDataset} from './scenario'

const TOKEN = 'validation-token'
/** A page load, the widget's own load and a few clicks: seconds on a busy two-core machine, not the default five. */
const BROWSER_TEST_TIMEOUT = 45_000
let server: TestServer
let harness: {url: string; close(): Promise<void>}
let browser: Browser
const pages: Page[] = []

beforeAll(async () => {
  ;[server, browser] = await Promise.all([
    startTestServer({documents: toolsDataset, requireToken: TOKEN, projectId: 'careerpath', dataset: 'production'}),
    launchBrowser(),
    buildHarness(),
  ]).then(([s, b]) => [s, b] as const)
  harness = await serveHarness()
}, 60_000)

afterAll(async () => {
  await Promise.all(pages.map((p) => p.context().close()))
  await browser?.close()
  await harness?.close()
  await server?.close()
})

async function open(view: string, doc?: string, size?: {width: number; height: number}) {
  const query = new URLSearchParams({view, api: server.url, token: TOKEN, ...(doc ? {doc} : {})})
  const {page, errors} = await openPage(browser, `${harness.url}?${query}`, size)
  pages.push(page)
  return {page, errors}
}
/** Loads go through the harness's 250 ms polling and the widget's own load: give them time on a busy machine. */
const eventually = <T,>(read: () => Promise<T> | T) => expect.poll(read, {timeout: 15_000, interval: 100})
/** A README screenshot, without the hover or focus the last click left behind. */
async function shot(page: Page, name: string) {
  await page.mouse.move(0, 0)
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.waitForTimeout(200)
  await page.screenshot({path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true})
}

describe('career map tool', {timeout: BROWSER_TEST_TIMEOUT}, () => {
  it('draws every ladder and family with their moves, lists the problems, and opens a role on click', async () => {
    server.setDocuments(toolsDataset)
    const {page, errors} = await open('map', undefined, {width: 1280, height: 800})
    await page.getByTestId('map-problems').waitFor()
    await eventually(() => page.getByTestId('map-says').textContent()).toContain('Drafts included')
    const groups = page.getByTestId('map-group')
    expect(await groups.locator('h2').allTextContents()).toEqual(['Support engineering', 'Beyond support'])
    // Entry rung first, the draft's title, and every move of the help desk role.
    expect(await groups.first().getByTestId('map-role').locator('button').allTextContents()).toEqual(['Help desk technician', 'Support analyst (draft title)', 'Senior support engineer'])
    const helpdesk = page.locator('[data-role="role.helpdesk"]')
    expect(await helpdesk.getByRole('list').textContent()).toContain('Lateral move → Customer success manager (other track)')
    // Three problems, each on its role and in the list at the top.
    const problems = page.getByTestId('map-problems')
    await eventually(() => problems.textContent()).toContain('3 problems')
    for (const text of ['Move breaks the seniority rule', 'Retired credential recommended', 'No way in']) expect(await problems.textContent()).toContain(text)
    expect(await page.locator('[data-problems="yes"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-role')))).toEqual(['role.helpdesk', 'role.senior', 'role.product'])
    expect(await page.locator('[data-role="role.senior"]').textContent()).toContain('Recommends "Microsoft MCSE", retired on 2019-03-31')

    await page.locator('[data-role="role.analyst"]').getByRole('button', {name: 'Support analyst (draft title)'}).click()
    await problems.getByRole('button', {name: 'Open Product manager'}).click()
    expect(await page.evaluate(() => (window as unknown as {__opened: string[]}).__opened)).toEqual(['role.analyst', 'role.product'])
    expect(errors).toEqual([])
  })

  it('maps the seed curriculum, and marks what three drafts would break', async () => {
    const seedPath = fileURLToPath(new URL('../../packages/curriculum/dataset/careerpath.ndjson', import.meta.url))
    const seed = readFileSync(seedPath, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as DocumentLike)
    const byId = (id: string) => seed.find((d) => d._id === id)!
    const sysadmin = byId('role-systems-administrator')
    const technician = byId('role-senior-technician')
    const pm = byId('role-product-manager')
    server.setDocuments([
      ...seed,
      // Recommends the retired MCSE again.
      edit(sysadmin, {_id: 'drafts.role-systems-administrator', credentials: [...(sysadmin.credentials as unknown[]), {_type: 'reference', _key: 'mcse', _ref: 'cert-microsoft-mcse'}]}),
      // A "lateral" move from Intermediate straight to Manager.
      edit(technician, {_id: 'drafts.role-senior-technician', transitions: [...(technician.transitions as unknown[]), {_type: 'transition', _key: 'jump', kind: 'lateral', to: {_type: 'reference', _ref: 'role-it-support-manager'}, typicalYears: 3}]}),
      // A new family role nothing leads to yet.
      edit(pm, {_id: 'drafts.role-solutions-architect', title: loc('Solutions architect'), slug: {_type: 'slug', current: 'solutions-architect'}, seniority: 4, transitions: []}),
    ])
    const {page, errors} = await open('map', undefined, {width: 1440, height: 900})
    await eventually(() => page.getByTestId('map-problems').textContent()).toContain('3 problems')
    expect(await page.getByTestId('map-group').locator('h2').allTextContents()).toEqual([
      'IT support: technician to CIO',
      'Support engineering (individual contributor)',
      'Support management',
      'Support specialist',
      'Alternative careers',
      'Specialist and entry roles',
    ])
    expect(await page.locator('[data-problems="yes"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-role')))).toEqual([
      'role-senior-technician',
      'role-solutions-architect',
      'role-systems-administrator',
    ])
    await shot(page, 'career-map')
    expect(errors).toEqual([])
  })

  it('switches to published only, where the drafts\' problems are not there yet', async () => {
    server.setDocuments(toolsDataset)
    const {page} = await open('map')
    await page.getByTestId('map-problems').waitFor()
    await page.getByRole('button', {name: 'Published only'}).click()
    await eventually(() => page.getByTestId('map-says').textContent()).toContain('Published only')
    await eventually(() => page.getByTestId('map-problems').textContent()).toContain('1 problem')
    expect(await page.getByRole('button', {name: 'Support analyst', exact: true}).count()).toBe(1)
  })

  it('is live: fixing a problem in the dataset clears it from the map', async () => {
    server.setDocuments(toolsDataset)
    const {page} = await open('map')
    await eventually(() => page.getByTestId('map-problems').textContent()).toContain('3 problems')
    // Someone gives the product manager a way in (a draft of the customer success role with a move to it).
    const success = toolsDataset.find((d) => d._id === 'role.success')!
    server.setDocuments([...toolsDataset, edit(success, {_id: 'drafts.role.success', transitions: [{_type: 'transition', _key: 'p1', to: {_type: 'reference', _ref: 'role.product'}, kind: 'promotion', typicalYears: 3}]})])
    await eventually(() => page.getByTestId('map-problems').textContent()).toContain('2 problems')
    expect(await page.locator('[data-role="role.product"]').getAttribute('data-problems')).toBe('no')
  })
})

describe('preview as visitors', {timeout: BROWSER_TEST_TIMEOUT}, () => {
  const widgetHeading = (page: Page) => page.locator('career-path').locator('[part~="heading"]').first()

  it('shows the edited draft in the widget, its ladder and a plan, and follows the form as it changes', async () => {
    server.setDocuments(toolsDataset)
    const {page, errors} = await open('preview', 'drafts.role.analyst', {width: 1100, height: 680})
    expect(await page.getByTestId('preview-says').textContent()).toContain('once this draft is published')
    await eventually(() => widgetHeading(page).textContent()).toBe('Support analyst (draft title)')
    const tabs = page.getByRole('tab')
    expect(await tabs.allTextContents()).toEqual(['Role page', 'Its track: Support engineering', 'Plan from Help desk technician'])
    await shot(page, 'preview-role')

    await page.getByRole('tab', {name: 'Its track: Support engineering'}).click()
    await eventually(() => widgetHeading(page).textContent()).toBe('Support engineering')
    expect(await page.locator('career-path').locator('[part~="role-button"]').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Help desk technician'), expect.stringContaining('Support analyst (draft title)'), expect.stringContaining('Senior support engineer')]),
    )
    await shot(page, 'preview-ladder')

    await page.getByRole('tab', {name: 'Plan from Help desk technician'}).click()
    await eventually(() => page.locator('career-path').locator('[part~="plan-result"]').textContent()).toContain('Support analyst (draft title)')
    await shot(page, 'preview-plan')

    // The editor types a new title: the widget shows it once typing settles.
    await page.getByRole('tab', {name: 'Role page'}).click()
    await page.evaluate((doc) => (window as unknown as {__setDisplayed(d: unknown): void}).__setDisplayed(doc), edit(analystDraft, {title: loc('Support analyst, renamed in the form')}))
    await eventually(() => widgetHeading(page).textContent()).toBe('Support analyst, renamed in the form')
    expect(errors).toEqual([])
  })

  it('previews a published track as visitors see it now, with the plan up its ladder', async () => {
    server.setDocuments(toolsDataset)
    const {page} = await open('preview', 'track.support', {width: 1100, height: 680})
    expect(await page.getByTestId('preview-says').textContent()).toContain('What visitors see now')
    await eventually(() => widgetHeading(page).textContent()).toBe('Support engineering')
    expect(await page.getByRole('tab').allTextContents()).toEqual(['The ladder', 'Plan Help desk technician → Senior support engineer'])
    // Published: the analyst's draft title is not there yet.
    await eventually(() => page.locator('career-path').locator('[part~="role-button"]').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Support analyst')]))
    expect((await page.locator('career-path').textContent()) ?? '').not.toContain('draft title')
    await shot(page, 'preview-track')
  })

  it('says what is missing instead of a preview, and disables a plan no move leads to', async () => {
    server.setDocuments([...toolsDataset, edit(product, {_id: 'drafts.role.new', slug: undefined, title: loc('New role')})])
    const noSlug = await open('preview', 'drafts.role.new')
    await eventually(() => noSlug.page.getByTestId('visitor-preview').textContent()).toContain('Give this role a slug to preview it')
    expect(await noSlug.page.locator('career-path').count()).toBe(0)
    const stranded = await open('preview', 'role.product')
    await stranded.page.getByRole('tab').first().waitFor()
    expect(await stranded.page.getByRole('tab', {name: 'Plan a route here'}).isDisabled()).toBe(true)
  })
})

describe('retire certification', {timeout: BROWSER_TEST_TIMEOUT}, () => {
  it('asks for the date and a successor, says which roles still recommend it, and hands back the choice', async () => {
    server.setDocuments(toolsDataset)
    const {page, errors} = await open('retire', 'cert.a-plus', {width: 900, height: 760})
    const form = page.getByTestId('retire-form')
    await eventually(() => form.textContent()).toContain('5 roles still recommend it')
    expect(await page.getByLabel('Retired on').inputValue()).toBe(today())
    // Active, published, not itself; the same vendor's first.
    expect(await page.getByLabel('Replaced by').locator('option').allTextContents()).toEqual(['No successor', 'CompTIA Network+ (CompTIA)', 'Microsoft 365 Fundamentals (Microsoft)'])
    // One line per role, the draft's title where there is a draft.
    expect(await form.textContent()).toContain('Customer success managerHelp desk technicianProduct managerSenior support engineerSupport analyst (draft title)')
    await page.getByLabel('Replaced by').selectOption({label: 'CompTIA Network+ (CompTIA)'})
    await page.getByLabel('Retired on').fill('2025-06-30')
    await shot(page, 'retire-certification')
    await page.getByRole('button', {name: 'Retire certification'}).click()
    expect(await page.evaluate(() => (window as unknown as {__retired: unknown[]}).__retired)).toEqual([{retiredOn: '2025-06-30', successor: 'cert.network-plus'}])
    expect(errors).toEqual([])
  })

  it('will not retire without a date', async () => {
    server.setDocuments(toolsDataset)
    const {page} = await open('retire', 'cert.network-plus')
    await eventually(() => page.getByTestId('retire-form').textContent()).toContain('No role recommends it')
    await page.getByLabel('Retired on').fill('')
    expect(await page.getByRole('alert').textContent()).toBe('Give the retirement date as a day (YYYY-MM-DD)')
    expect(await page.getByRole('button', {name: 'Retire certification'}).isDisabled()).toBe(true)
  })
})
