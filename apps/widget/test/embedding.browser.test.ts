/** One host page per embedding mode, each in real Chromium. */
import {describe, expect, it} from 'vitest'
import {openPage, settled} from './browser'
import {FROM, seedTracks, TO} from './fixtures'
import {useHarness} from './harness'

const t = useHarness()

describe('embedding modes', () => {
  it('module script + <career-path> shows the embedded seed ladders, fetched beside the script', async () => {
    const {page, errors} = await openPage(t.browser, `${t.web.url}/pages/module.html`)
    expect(await settled(page)).toBe('ready')
    expect(await page.locator('career-path').evaluate((el: any) => el.data.source.kind)).toBe('seed')
    expect(await page.getByRole('heading', {level: 2, name: 'Career map'}).isVisible()).toBe(true)
    // Every track of the seed: ladders as ladders, families as groups.
    const {ladders, families} = seedTracks()
    expect(await page.locator('career-path [part~=ladder]').count()).toBe(ladders)
    expect(await page.locator('career-path [part~=family]').count()).toBe(families)
    expect(t.web.requests).toContain('/dist/careerpath-seed.json')
    expect(errors).toEqual([])
    await page.context().close()
  })

  it("the README's preload line is what the widget reads: one request for the seed, made by the page's <link>, none by the widget", async () => {
    const before = t.web.requests.length
    const {page, errors} = await openPage(t.browser, `${t.web.url}/pages/bench.html`)
    expect(await settled(page)).toBe('ready')
    expect(t.web.requests.slice(before).filter((r) => r === '/dist/careerpath-seed.json')).toHaveLength(1)
    // A preload the fetch could not use (another URL, mode or credentials) would show a second entry, initiated by fetch.
    const entries = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/careerpath-seed.json')).map((e) => (e as PerformanceResourceTiming).initiatorType))
    expect(entries).toEqual(['link'])
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('IIFE script works without modules and follows its plan attributes', async () => {
    const {page, errors} = await openPage(t.browser, `${t.web.url}/pages/iife.html`)
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
    const {page, errors} = await openPage(t.browser, `${t.web.url}/pages/npm.html`)
    expect(await settled(page)).toBe('ready')
    expect(await page.evaluate(() => [(window as any).beforeDefine, (window as any).defined])).toEqual([true, true])
    expect(await page.getByRole('table').isVisible()).toBe(true)
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('a snapshot URL in src wins over the seed', async () => {
    const {page} = await openPage(t.browser, `${t.web.url}/pages/snapshot.html`)
    expect(await settled(page)).toBe('ready')
    expect(await page.getByRole('heading', {name: 'Snapshot ladder'}).isVisible()).toBe(true)
    expect(await page.locator('career-path').evaluate((el: any) => el.data.source.kind)).toBe('snapshot')
    expect(t.web.requests).not.toContain('/dist/careerpath-seed.json?snapshot-page')
    await page.context().close()
  })

  it('a public Sanity project is read with one plain GET of published content and no token', async () => {
    t.api.clearRequests()
    const {page, errors} = await openPage(t.browser, `${t.web.url}/pages/sanity.html`)
    expect(await settled(page)).toBe('ready')
    expect(await page.getByRole('heading', {name: 'Live ladder'}).isVisible()).toBe(true)
    const queries = t.api.requests.filter((r) => r.path.includes('/data/query/'))
    expect(queries).toHaveLength(1)
    const [q] = queries
    expect(q!.method).toBe('GET')
    expect(q!.path).toMatch(/^\/v\d{4}-\d{2}-\d{2}\/data\/query\/production$/)
    expect(q!.query.perspective).toBe('published')
    expect(q!.query.query).toContain('_type in')
    expect(q!.authorization).toBeUndefined()
    expect(q!.headers.cookie).toBeUndefined()
    // The page put a token attribute on the element: it goes nowhere.
    expect(JSON.stringify(t.api.requests)).not.toContain('sk-secret-token')
    expect(errors).toEqual([])
    await page.context().close()
  })
})

describe('lazy rendering', () => {
  it('does no fetching or parsing until the element scrolls near the viewport', async () => {
    const before = t.web.requests.length
    const {page} = await openPage(t.browser, `${t.web.url}/pages/lazy.html`)
    await page.waitForLoadState('load')
    await page.waitForTimeout(400)
    const state = await page.locator('career-path').evaluate((el: any) => ({status: el.data.status, skeleton: !!el.shadowRoot.querySelector('[part=skeleton]')}))
    expect(state).toEqual({status: 'idle', skeleton: true})
    expect(t.web.requests.slice(before)).not.toContain('/dist/careerpath-seed.json')
    // Space is reserved while idle, so nothing jumps when it renders.
    expect((await page.locator('career-path').boundingBox())!.height).toBeGreaterThanOrEqual(400)
    await page.locator('career-path').scrollIntoViewIfNeeded()
    expect(await settled(page)).toBe('ready')
    expect(t.web.requests.slice(before)).toContain('/dist/careerpath-seed.json')
    await page.context().close()
  })
})
