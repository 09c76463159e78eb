/** One host page per embedding mode, each in real Chromium. */
import type {TestServer} from '@careerpath/test-server'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {openPage, settled} from './browser'
import {COMPARE_A, COMPARE_B, FROM, relabelled, seedSnapshot, TO} from './fixtures'
import {startHarness, type Harness} from './harness'
import type {StaticServer} from './static-server'

let browser: Browser
let web: StaticServer
let api: TestServer
let harness: Harness

beforeAll(async () => {
  harness = await startHarness()
  ;({browser, web, api} = harness)
})
afterAll(() => harness?.close())

const seedTrackCount = () => seedSnapshot().documents.filter((d) => d._type === 'track').length

describe('embedding modes', () => {
  it('module script + <career-path> shows the embedded seed ladders, fetched beside the script', async () => {
    const {page, errors} = await openPage(browser, `${web.url}/pages/module.html`)
    expect(await settled(page)).toBe('ready')
    expect(await page.locator('career-path').evaluate((el: any) => el.data.source.kind)).toBe('seed')
    expect(await page.getByRole('heading', {level: 2, name: 'Career ladders'}).isVisible()).toBe(true)
    expect(await page.locator('career-path section.ladder').count()).toBe(seedTrackCount())
    expect(web.requests).toContain('/dist/careerpath-seed.json')
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('IIFE script works without modules and follows its plan attributes', async () => {
    const {page, errors} = await openPage(browser, `${web.url}/pages/iife.html`)
    expect(await settled(page)).toBe('ready')
    expect(await page.evaluate(() => typeof (window as any).CareerPathElement)).toBe('function')
    await expect.poll(() => page.getByRole('heading', {name: 'Plan your route'}).isVisible()).toBe(true)
    expect(await page.getByLabel('Where I am').inputValue()).toBe(FROM)
    expect(await page.getByLabel('Where I want to be').inputValue()).toBe(TO)
    expect(await page.locator('career-path [part~=plan-step]').count()).toBeGreaterThan(1)
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('npm entry defines nothing until define() is called, then renders', async () => {
    const {page, errors} = await openPage(browser, `${web.url}/pages/npm.html`)
    expect(await settled(page)).toBe('ready')
    expect(await page.evaluate(() => [(window as any).beforeDefine, (window as any).defined])).toEqual([true, true])
    expect(await page.getByRole('table').isVisible()).toBe(true)
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('a snapshot URL in src wins over the seed', async () => {
    const {page} = await openPage(browser, `${web.url}/pages/snapshot.html`)
    expect(await settled(page)).toBe('ready')
    expect(await page.getByRole('heading', {name: 'Snapshot ladder'}).isVisible()).toBe(true)
    expect(await page.locator('career-path').evaluate((el: any) => el.data.source.kind)).toBe('snapshot')
    expect(web.requests).not.toContain('/dist/careerpath-seed.json?snapshot-page')
    await page.context().close()
  })

  it('a public Sanity project is read with one plain GET of published content and no token', async () => {
    api.clearRequests()
    const {page, errors} = await openPage(browser, `${web.url}/pages/sanity.html`)
    expect(await settled(page)).toBe('ready')
    expect(await page.getByRole('heading', {name: 'Live ladder'}).isVisible()).toBe(true)
    const queries = api.requests.filter((r) => r.path.includes('/data/query/'))
    expect(queries).toHaveLength(1)
    const [q] = queries
    expect(q!.method).toBe('GET')
    expect(q!.path).toMatch(/^\/v\d{4}-\d{2}-\d{2}\/data\/query\/production$/)
    expect(q!.query.perspective).toBe('published')
    expect(q!.query.query).toContain('_type in')
    expect(q!.authorization).toBeUndefined()
    expect(q!.headers.cookie).toBeUndefined()
    // The page put a token attribute on the element: it goes nowhere.
    expect(JSON.stringify(api.requests)).not.toContain('sk-secret-token')
    expect(errors).toEqual([])
    await page.context().close()
  })
})

describe('lazy rendering', () => {
  it('does no fetching or parsing until the element scrolls near the viewport', async () => {
    const before = web.requests.length
    const {page} = await openPage(browser, `${web.url}/pages/lazy.html`)
    await page.waitForLoadState('load')
    await page.waitForTimeout(400)
    const state = await page.locator('career-path').evaluate((el: any) => ({status: el.data.status, skeleton: !!el.shadowRoot.querySelector('[part=skeleton]')}))
    expect(state).toEqual({status: 'idle', skeleton: true})
    expect(web.requests.slice(before)).not.toContain('/dist/careerpath-seed.json')
    // Space is reserved while idle, so nothing jumps when it renders.
    expect((await page.locator('career-path').boundingBox())!.height).toBeGreaterThanOrEqual(400)
    await page.locator('career-path').scrollIntoViewIfNeeded()
    expect(await settled(page)).toBe('ready')
    expect(web.requests.slice(before)).toContain('/dist/careerpath-seed.json')
    await page.context().close()
  })
})
