/** Data sources a company uses: a snapshot behind its login (cookies to its own origin only), and no silent swap to the sample. */
import type {Page} from 'playwright-core'
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest'
import {mount, openPage, settled} from './browser'
import {relabelled} from './fixtures'
import {useHarness} from './harness'
import {startStaticServer, type StaticServer} from './static-server'

const t = useHarness()
let other: StaticServer
let page: Page
beforeAll(async () => {
  other = await startStaticServer()
})
afterAll(() => other?.close())
afterEach(() => page?.context().close())

async function open(attrs: Record<string, string>): Promise<string> {
  ;({page} = await openPage(t.browser, `${t.web.url}/pages/blank.html`))
  // The company's session cookie; cookies are per host, so the other port (another origin) would get it too if the widget sent credentials there.
  await page.context().addCookies([{name: 'session', value: 's3cret', url: t.web.url}])
  await mount(page, attrs)
  return settled(page)
}

describe('data sources', () => {
  it('a same-origin snapshot is fetched with the visitor\'s cookies (a snapshot behind the company\'s login)', async () => {
    t.web.routes.set('/careers/private.json', {body: JSON.stringify(relabelled('Private'))})
    expect(await open({src: '/careers/private.json'})).toBe('ready')
    expect(t.web.cookies.get('/careers/private.json')).toBe('session=s3cret')
    expect(await page.getByRole('heading', {name: 'Private ladder'}).isVisible()).toBe(true)
  })

  it('a cross-origin snapshot never gets them', async () => {
    other.routes.set('/shared/snapshot.json', {body: JSON.stringify(relabelled('Shared')), headers: {'access-control-allow-origin': '*'}})
    expect(await open({src: `${other.url}/shared/snapshot.json`})).toBe('ready')
    expect(other.cookies.has('/shared/snapshot.json')).toBe(true)
    expect(other.cookies.get('/shared/snapshot.json')).toBeUndefined()
  })

  it('without a fallback, an outage shows the short card: never the generic sample in place of the company\'s ladders', async () => {
    expect(await open({src: '/fixtures/broken.json'})).toBe('error')
    expect(t.web.requests.some((r) => r.includes('careerpath-seed.json'))).toBe(false)
    expect(await page.getByRole('heading', {name: 'Career paths are not available right now'}).isVisible()).toBe(true)
  })

  it('an invalid api-version is refused like an invalid project or dataset', async () => {
    expect(await open({'project-id': 'abc123', 'api-host': t.api.url, 'api-version': '2025-02-19/../x'})).toBe('error')
    expect(await page.locator('career-path').evaluate((el: any) => el.data.errors)).toEqual(['"2025-02-19/../x" is not a valid API version'])
  })
})
