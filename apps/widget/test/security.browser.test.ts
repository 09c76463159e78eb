/** Hostile pages, strict CSP, failing sources and hostile content. */
import type {Page} from 'playwright-core'
import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {mount, openPage, SCREENSHOT_DIR, settled} from './browser'
import {FROM, HTML_IN_TEXT} from './fixtures'
import {useHarness} from './harness'

const t = useHarness()

/** What the widget tells a visitor about a failure (the notice, the error card) names no URL, project id, dataset or HTTP status; the card is small. */
async function noInfrastructure(page: Page): Promise<void> {
  const text = await page.locator('career-path').evaluate((el) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.notice, .err')].map((e) => e.innerText).join(' '))
  expect(text.length).toBeGreaterThan(0)
  expect(text).not.toMatch(/https?:|127\.0\.0\.1|abc123|production|HTTP|\b[45]\d\d\b|json|snapshot|Sanity/i)
  if (await page.locator('career-path .err').count()) expect((await page.locator('career-path .err').boundingBox())!.width).toBeLessThanOrEqual(480)
}

const shadowStyle = (page: Page, selector: string, props: string[]) =>
  page.evaluate(
    ([sel, ps]) => {
      const el = document.querySelector('career-path')!.shadowRoot!.querySelector(sel as string)!
      const cs = getComputedStyle(el)
      return Object.fromEntries((ps as string[]).map((p) => [p, cs.getPropertyValue(p)]))
    },
    [selector, props] as const,
  )

describe('hostile host page CSS', () => {
  it('cannot restyle or hide the widget, which stays usable; its sizes follow the page root size (rem)', async () => {
    const {page} = await openPage(t.browser, `${t.web.url}/pages/hostile.html`)
    expect(await settled(page)).toBe('ready')
    const host = await page.locator('career-path').evaluate((el) => ({display: getComputedStyle(el).display, height: el.getBoundingClientRect().height}))
    expect(host.display).toBe('block')
    expect(host.height).toBeGreaterThan(300)
    // The hostile page sets its root to 40px: the widget scales with it, as with a visitor's larger default text.
    const rem = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))
    const h2 = await shadowStyle(page, 'h2', ['font-size', 'letter-spacing', 'text-transform', 'text-shadow', 'font-style', 'text-align', 'white-space', 'text-indent', 'direction'])
    expect(h2['letter-spacing']).toBe('normal')
    delete h2['letter-spacing']
    expect(h2).toEqual({
      'font-size': `${rem * 1.5}px`,
      'text-transform': 'none',
      'text-shadow': 'none',
      'font-style': 'normal',
      'text-align': 'start',
      'white-space': 'normal',
      'text-indent': '0px',
      direction: 'ltr',
    })
    const button = await shadowStyle(page, '.node', ['display', 'background-color', 'font-size'])
    expect(button.display).toBe('block')
    expect(button['background-color']).not.toBe('rgb(255, 0, 0)')
    expect(button["font-size"]).toBe(`${rem * 0.875}px`)
    await page.locator('career-path [part~=role-button]').first().click()
    // The role view comes in a chunk (usually prefetched by now).
    await page.getByRole('heading', {level: 2, name: 'Help desk technician'}).waitFor()
    expect(await page.getByRole('heading', {level: 2, name: 'Help desk technician'}).isVisible()).toBe(true)
    await page.screenshot({path: join(SCREENSHOT_DIR, 'hostile-page-1280.png')})
    await page.context().close()
  })
})

describe('strict Content-Security-Policy (script-src/style-src self)', () => {
  it.each(['csp.html', 'csp-iife.html'])('%s: every view renders with zero violations', async (name) => {
    const {page, errors} = await openPage(t.browser, `${t.web.url}/pages/${name}`)
    expect(await settled(page)).toBe('ready')
    // The stylesheet really applied (the root would be transparent without it).
    expect((await shadowStyle(page, '.root', ['background-color']))['background-color']).toBe('rgb(255, 255, 255)')
    await page.getByRole('button', {name: 'Career map'}).click()
    await page.locator('career-path [data-role=senior-technician]').first().click()
    await page.getByRole('button', {name: 'Plan my route from here'}).click()
    await page.getByLabel('Where I want to be').selectOption('it-support-manager')
    await page.getByRole('button', {name: 'Compare roles'}).click()
    await page.getByRole('button', {name: 'Your skills'}).click()
    await page.getByLabel('Your current role').selectOption('help-desk-technician')
    // The map's lines and the timeline's lengths are set through the CSSOM, which CSP allows.
    await page.getByRole('button', {name: 'Career map'}).click()
    await expect.poll(() => page.locator('career-path path.e[d]').count()).toBeGreaterThan(0)
    expect(await page.evaluate(() => (window as any).__violations)).toEqual([])
    expect(errors).toEqual([])
    await page.context().close()
  })
})

describe('failing data sources', () => {
  it('a 500 from the Sanity API shows an error state that says what went wrong, and Try again recovers', async () => {
    t.api.failNext({status: 500, path: '/data/query/'})
    t.web.vars.FALLBACK = ''
    const {page} = await openPage(t.browser, `${t.web.url}/pages/sanity.html`)
    expect(await settled(page)).toBe('error')
    expect(await page.getByRole('heading', {level: 2, name: 'Career paths are not available right now'}).isVisible()).toBe(true)
    // Visitors see no infrastructure; the host's developers get it all in the event and el.data.
    await noInfrastructure(page)
    const [err] = await page.locator('career-path').evaluate((el: any) => el.data.errors)
    expect(err).toMatch(/Sanity project "abc123" \(dataset "production"\) answered HTTP 500/)
    const events = await page.evaluate(() => (window as any).__events)
    expect(events).toEqual([{type: 'careerpath:error', detail: {message: err, errors: [err]}}])
    await page.getByRole('button', {name: 'Try again'}).click()
    expect(await settled(page)).toBe('ready')
    await expect.poll(() => page.getByRole('heading', {name: 'Live ladder'}).isVisible()).toBe(true)
    await page.context().close()
  })

  it('with a fallback snapshot, a failing live fetch falls back and says so', async () => {
    t.api.failNext({status: 500, path: '/data/query/'})
    t.web.vars.FALLBACK = '/fixtures/snapshot.json'
    const {page} = await openPage(t.browser, `${t.web.url}/pages/sanity.html`)
    expect(await settled(page)).toBe('ready')
    expect(await page.getByRole('heading', {name: 'Snapshot ladder'}).isVisible()).toBe(true)
    const notice = await page.locator('career-path [part=notice]').textContent()
    expect(notice).toBe('Showing a saved copy: the latest career paths could not be loaded just now.')
    await noInfrastructure(page)
    // It is part of the content (role=note); nothing is announced on the first load.
    await page.waitForTimeout(60)
    expect(await page.locator('career-path [aria-live]').textContent()).toBe('')
    const state = await page.locator('career-path').evaluate((el: any) => ({kind: el.data.source.kind, reasons: el.data.fallbackReasons}))
    expect(state.kind).toBe('snapshot')
    expect(state.reasons).toHaveLength(1)
    expect(state.reasons[0]).toMatch(/answered HTTP 500/)
    const [load] = await page.evaluate(() => (window as any).__events)
    expect(load).toMatchObject({type: 'careerpath:load', detail: {source: 'snapshot', fallback: true}})
    await page.context().close()
  })

  it.each([
    [{format: 'careerpath-snapshot', version: 3, takenAt: '2030-01-01T00:00:00Z', source: {kind: 'embedded', perspective: 'published'}, documents: []}, /version 3 is newer than this @careerpath\/sdk reads/],
    // A snapshot of content model v1 (roles with levels) says how to get a new one.
    [{format: 'careerpath-snapshot', version: 1, takenAt: '2025-01-01T00:00:00Z', source: {kind: 'embedded', perspective: 'published'}, documents: []}, /version 1 .*take a new one with `careerpath snapshot`/],
    [{hello: 'world'}, /Not a careerpath snapshot/],
  ])('an incompatible snapshot file is a clear error (%#)', async (body, message) => {
    t.web.routes.set('/fixtures/odd.json', {body: JSON.stringify(body)})
    const {page} = await openPage(t.browser, `${t.web.url}/pages/blank.html`)
    await mount(page, {src: '/fixtures/odd.json', loading: 'eager'})
    expect(await settled(page)).toBe('error')
    expect((await page.locator('career-path').evaluate((el: any) => el.data.errors)).join(' ')).toMatch(message)
    await noInfrastructure(page)
    await page.context().close()
  })

  it('a missing snapshot and an unreachable host each produce a readable error', async () => {
    const {page} = await openPage(t.browser, `${t.web.url}/pages/blank.html`)
    await mount(page, {src: '/fixtures/nope.json', loading: 'eager'})
    expect(await settled(page)).toBe('error')
    const errors = () => page.locator('career-path').evaluate((el: any) => el.data.errors.join(' '))
    expect(await errors()).toMatch(/The snapshot at http:\/\/127\.0\.0\.1:\d+\/fixtures\/nope\.json answered HTTP 404/)
    const [event] = await page.evaluate(() => (window as any).__events.filter((e: any) => e.type === 'careerpath:error'))
    expect(event.detail.message).toMatch(/nope\.json answered HTTP 404/)
    await noInfrastructure(page)
    // A port that was just free: nothing listens there.
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    await page.locator('career-path').evaluate((el, host) => (el.setAttribute('project-id', 'abc123'), el.setAttribute('api-host', host), el.removeAttribute('src')), `http://127.0.0.1:${port}`)
    await page.waitForFunction(() => (document.querySelector('career-path') as any).data.errors.some((e: string) => e.startsWith('Could not reach')), null, {timeout: 10_000})
    expect(await errors()).toMatch(/Could not reach Sanity project "abc123" \(dataset "production"\)/)
    await noInfrastructure(page)
    await page.context().close()
  })
})

describe('hostile content', () => {
  it('renders markup as text, never makes javascript: or data: URLs clickable, and opens web links safely', async () => {
    const {page} = await openPage(t.browser, `${t.web.url}/pages/blank.html`)
    await mount(page, {src: '/fixtures/hostile.json', 'role-slug': FROM, loading: 'eager'})
    expect(await settled(page)).toBe('ready')
    const info = await page.evaluate(() => {
      const root = document.querySelector('career-path')!.shadowRoot!
      return {
        summary: root.querySelector('.summary')!.textContent,
        injected: root.querySelectorAll('img, b, script').length,
        hrefs: [...root.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.target, a.rel]),
        evilText: [...root.querySelectorAll('.nolink')].map((s) => s.textContent),
        pwned: (window as any).__pwned,
      }
    })
    expect(info.summary).toBe(`${HTML_IN_TEXT} starts here.`)
    expect(info.injected).toBe(0)
    expect(info.pwned).toBeUndefined()
    expect(info.evilText).toEqual(expect.arrayContaining(['Evil link <script>window.__pwned=3</script>', 'Data URL cert']))
    for (const [href, target, rel] of info.hrefs) {
      expect(href).toMatch(/^https?:\/\//)
      expect(target).toBe('_blank')
      expect(rel).toBe('noopener noreferrer')
    }
    expect(info.hrefs.map(([href]) => href)).toContain('https://example.com/book')
    // Resources show their kind and cost; retired certifications are marked.
    // The cost is our estimate and says so; the publisher is an organisation, shown by name.
    expect(await page.locator('career-path [part=resource]', {hasText: 'A safe book'}).textContent()).toMatch(/Book · Paid \(estimate\) · Example Press/)
    expect(await page.locator('career-path [part=certification]', {hasText: 'Data URL cert'}).locator('.sub').textContent()).toMatch(/^Nobody <b>Inc<\/b> · Entry/)
    expect(await page.locator('career-path [part=certification]', {hasText: 'Data URL cert'}).locator('.retired').textContent()).toBe('Retired January 2020')
    await page.getByText('Evil link').click()
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined()
    await page.context().close()
  })
})
