/**
 * live: an editor publishes on the (test) Content Lake, the careers page updates, nobody deploys. Through the Live
 * Content API's event stream, resumed with Last-Event-ID after a dropped connection, polling after goaway, and
 * stopped when the element leaves the page.
 */
import type {Page} from 'playwright-core'
import {afterEach, describe, expect, it} from 'vitest'
import {mount, openPage, settled} from './browser'
import {en, relabelled} from './fixtures'
import {useHarness} from './harness'

const t = useHarness()
let page: Page
afterEach(async () => {
  await page?.context().close()
  t.api.live.drop()
  t.api.live.allow()
  t.api.setDocuments(relabelled('Live').documents)
})

const EVENTS = '/data/live/events/production'
/** The seed with the IT-support ladder renamed, as an editor's publish would change it. */
const published = (label: string) => relabelled(label).documents
const ladder = (label: string) => page.getByRole('heading', {name: `${label} ladder`})
const streams = () => t.api.requests.filter((r) => r.path.endsWith(EVENTS))
const queries = () => t.api.requests.filter((r) => r.path.includes('/data/query/'))

async function open(live = ''): Promise<void> {
  t.api.clearRequests()
  ;({page} = await openPage(t.browser, `${t.web.url}/pages/blank.html`))
  await mount(page, {'project-id': 'abc123', 'api-host': t.api.url, live})
  expect(await settled(page)).toBe('ready')
  await expect.poll(() => t.api.live.open).toBe(1)
}

describe('live content', () => {
  it('a publish updates the widget: one refetch, with the event id, no token', async () => {
    await open()
    expect(await ladder('Live').isVisible()).toBe(true)
    const before = queries().length
    const id = t.api.publish(published('Published'))
    await expect.poll(() => ladder('Published').isVisible()).toBe(true)
    const refetch = queries().slice(before)
    expect(refetch).toHaveLength(1)
    expect(refetch[0]!.query.lastLiveEventId).toBe(id)
    expect(streams().every((r) => r.authorization === undefined && r.headers.cookie === undefined)).toBe(true)
    // The visitor's place is kept: still the map, now with the new title.
    expect(await page.locator('career-path').evaluate((el: any) => el.data.view)).toBe('ladders')
  })

  it('a message naming none of the tags it read does not refetch', async () => {
    await open()
    const before = queries().length
    // A publish that changed nothing: its message carries no tags. (The seed's answer holds more documents than a
    // query gets document tags for, so the widget reads the dataset's tag: any real change refetches, as it must.)
    t.api.publish(published('Live'))
    await page.waitForTimeout(400)
    expect(queries().length).toBe(before)
  })

  it('resumes a dropped stream with Last-Event-ID and gets what it missed', async () => {
    await open()
    const seen = t.api.publish(published('First'))
    await expect.poll(() => ladder('First').isVisible()).toBe(true)
    t.api.live.drop()
    const missed = t.api.publish(published('Missed'))
    await expect.poll(() => ladder('Missed').isVisible()).toBe(true)
    expect(streams()).toHaveLength(2)
    expect(streams()[1]!.headers['last-event-id']).toBe(seen)
    expect(queries().at(-1)!.query.lastLiveEventId).toBe(missed)
  })

  it('a stream dropped before any message comes back and fetches once what it may have missed', async () => {
    await open()
    t.api.live.drop()
    t.api.publish(published('Meanwhile'))
    await expect.poll(() => ladder('Meanwhile').isVisible()).toBe(true)
    expect(streams()).toHaveLength(2)
  })

  it('polls after goaway, and stops everything when the element leaves the page', async () => {
    await open('1')
    t.api.live.goAway()
    t.api.publish(published('Polled'))
    await expect.poll(() => ladder('Polled').isVisible(), {timeout: 5000}).toBe(true)
    await page.locator('career-path').evaluate((el) => el.remove())
    const after = queries().length
    await page.waitForTimeout(2500)
    expect(queries().length).toBe(after)
    expect(t.api.live.open).toBe(0)
  })
})
