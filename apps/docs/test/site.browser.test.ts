// The built site in real Chromium: home, a role page, search, the reference and the playground render, work as
// intended (with and without JavaScript), and axe-core finds no accessibility violations on them in either theme.
import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'
import {createCareerPathClient} from '@careerpath/sdk'
import {seniorityLabel} from '@careerpath/sdk/graph'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {describeViolations, newPage, openSite, runAxe, type Site} from './browser.ts'

let site: Site
const sdk = createCareerPathClient()

beforeAll(async () => {
  site = await openSite()
})
afterAll(async () => {
  await site?.close()
})


/** Whether the role page's career map and the page behind it are light or dark (their background's luminance). */
const mapAndPageTones = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const tone = (el: Element) => {
      const [r, g, b] = (getComputedStyle(el).backgroundColor.match(/[\d.]+/g) ?? []).map(Number)
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! > 128 ? 'light' : 'dark'
    }
    const root = document.querySelector('career-path[data-role-map]')!.shadowRoot!.querySelector('.root')!
    return {map: tone(root), page: tone(document.body)}
  })

describe('home page', () => {
  it('renders with landmarks, a working skip link and no console errors', async () => {
    const {page, problems, close} = await newPage(site)
    await page.goto(site.url('/'))
    await expect(page.locator('h1').innerText()).resolves.toMatch(/career/i)
    expect(await page.locator('header').count()).toBeGreaterThanOrEqual(1)
    expect(await page.locator('main').count()).toBe(1)
    // Every track from the SDK is listed with a link to its page.
    const tracks = await sdk.listTracks()
    for (const t of tracks) expect(await page.locator(`a[href="/curriculum/tracks/${t.slug}/"]`).count(), t.slug).toBeGreaterThan(0)
    // Ladders follow the career graph's order, as the widget draws them: the longest ladder leads, and each kind's
    // group sits where its first ladder falls.
    const ladders = (await sdk.graph()).tracks()
    const kinds = [...new Set(ladders.map((l) => l.kind))]
    const expected = kinds.flatMap((kind) => ladders.filter((l) => l.kind === kind)).map((l) => `/curriculum/tracks/${l.slug}/`)
    const shown = await page.locator('main a[href^="/curriculum/tracks/"]').evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('href')))])
    expect(shown).toEqual(expected)
    // The two-line widget start: the install command and the element from the npm CDN.
    const code = await page.locator('main pre').allInnerTexts()
    expect(code.some((c) => c.trim() === 'npm install @careerpath/widget')).toBe(true)
    expect(code.some((c) => /<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/@careerpath\/widget\/[^"]*careerpath-widget\.js"><\/script>\s*<career-path><\/career-path>/.test(c))).toBe(true)
    await page.keyboard.press('Tab')
    const skip = page.locator('.sl-skip-link')
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true)
    await page.keyboard.press('Enter')
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#_top')
    expect(problems).toEqual([])
    await close()
  })

  it('has a theme toggle that switches the whole page', async () => {
    const {page, close} = await newPage(site)
    await page.goto(site.url('/getting-started/'))
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('light')
    await page.locator('starlight-theme-select select').first().selectOption('dark')
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark')
    // Remembered on the next page.
    await page.goto(site.url('/guides/'))
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark')
    await close()
  })

  it('has no axe violations, in light and dark mode', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const {page, close} = await newPage(site, {colorScheme})
      await page.goto(site.url('/'))
      const violations = await runAxe(page)
      expect(violations, `${colorScheme}:\n${describeViolations(violations)}`).toEqual([])
      await close()
    }
  })
})

describe('role page', () => {
  it('shows the role as the SDK returns it: skills with proficiency, certifications, next moves and a plan', async () => {
    const roles = await sdk.listRoles()
    // The first rung of a ladder: a role with a plan to the ladder's top.
    const entry = roles.find((r) => r.rung === 1)!
    const role = await sdk.getRole(entry.slug)
    const {page, problems, close} = await newPage(site)
    const seedRequests: string[] = []
    page.on('request', (r) => void (/careerpath-seed|snapshot/.test(r.url()) && seedRequests.push(r.url())))
    await page.goto(site.url(`/curriculum/roles/${role.slug}/`))
    await expect(page.locator('h1').innerText()).resolves.toBe(role.title)
    const skillRows = page.locator('#skills + table tbody tr')
    expect(await skillRows.count()).toBe(role.skills.length)
    const first = role.skills[0]!
    await expect(skillRows.first().innerText()).resolves.toContain(`${first.proficiency} ·`)
    for (const c of role.certifications) expect(await page.locator(`a[href="/curriculum/certifications/${c.slug}/"]`).count(), c.slug).toBeGreaterThan(0)
    // Degrees are listed apart, each linking to its page; vendors link to their organisation's page.
    for (const d of role.degrees) expect(await page.locator(`#degrees ~ ul a[href="/curriculum/degrees/${d.slug}/"]`).count(), d.slug).toBeGreaterThan(0)
    for (const c of role.certifications) if (c.vendor) expect(await page.locator(`a[href="/curriculum/organisations/${c.vendor.slug}/"]`).count(), c.vendor.slug).toBeGreaterThan(0)
    // Rung and seniority by name; moves whose time is an estimate say so.
    const facts = await page.locator('dl.facts').innerText()
    expect(facts).toContain(seniorityLabel(role.seniority))
    expect(facts).not.toMatch(/\bLevel\b/)
    const estimated = role.transitions.filter((t) => t.typicalYearsBasis?.kind === 'estimate')
    if (estimated.length) expect(await page.locator('#next-moves + ul').innerText()).toContain('· estimate')
    for (const t of role.transitions) expect(await page.locator(`a[href="/curriculum/roles/${t.to.slug}/"]`).count(), t.to.slug).toBeGreaterThan(0)
    // "Plan from here" is the SDK's plan to the top of the role's own ladder.
    const track = await sdk.getTrack(role.track.slug)
    const top = track.roles.at(-1)!
    const plan = await sdk.plan(role.slug, top.slug)
    await expect(page.locator('#plan ~ ol.plan > li').count()).resolves.toBe(plan.milestones.length)
    // The sources this role cites are listed at the foot of the page.
    expect(role.sources.length).toBeGreaterThan(0)
    const cited = await page.locator('.sources li').allInnerTexts()
    for (const s of role.sources) expect(cited.some((text) => text.includes(s.title)), s.title).toBe(true)
    // The page's h1 is the first heading; the sidebar and the table of contents come after it in reading order.
    await expect(page.evaluate(() => document.querySelector('h1, h2, h3, h4, h5, h6')?.tagName)).resolves.toBe('H1')
    // Proficiency bars start at 0, so level 1 of 5 draws a fifth of a bar rather than nothing.
    const meters = await page.locator('#skills + table meter').evaluateAll((els) => els.map((m) => ({min: (m as HTMLMeterElement).min, max: (m as HTMLMeterElement).max})))
    expect(meters.length).toBe(role.skills.length)
    for (const m of meters) expect(m).toEqual({min: 0, max: 5})
    // The map links to the playground with this role chosen.
    await expect(page.locator(`a[href="/playground/?view=role&role-slug=${role.slug}"]`).count()).resolves.toBe(1)
    // With JavaScript the widget upgrades its server-rendered map in place, from the data the page carries: no seed fetch.
    await page.waitForFunction(() => (document.querySelector('career-path[data-role-map]') as {data?: {status?: string}} | null)?.data?.status === 'ready')
    expect(seedRequests, 'the upgrade read the embedded data').toEqual([])
    // The map takes the page's theme: light like the page here, dark as soon as the page turns dark.
    await expect(mapAndPageTones(page)).resolves.toEqual({map: 'light', page: 'light'})
    await page.evaluate(() => (document.documentElement.dataset['theme'] = 'dark'))
    await expect(mapAndPageTones(page)).resolves.toEqual({map: 'dark', page: 'dark'})
    expect(problems).toEqual([])
    const violations = await runAxe(page)
    expect(violations, describeViolations(violations)).toEqual([])
    await close()
  })

  it('shows the career map without JavaScript: the widget\'s server render of the role\'s ladder, in a declarative shadow root', async () => {
    const role = (await sdk.listRoles()).find((r) => r.rung === 2)!
    const track = await sdk.getTrack(role.track.slug)
    const {page, close} = await newPage(site, {javaScript: false})
    await page.goto(site.url(`/curriculum/roles/${role.slug}/`))
    const map = page.locator('career-path[data-role-map]')
    await expect(map.isVisible()).resolves.toBe(true)
    // The browser attached the shadow root from the markup alone; the element is not defined (no script ran).
    const painted = await map.evaluate((el) => ({shadow: el.shadowRoot !== null, defined: customElements.get(el.localName) !== undefined, text: (el.shadowRoot?.querySelector('.main') as HTMLElement | null)?.innerText ?? ''}))
    expect(painted.shadow).toBe(true)
    expect(painted.defined).toBe(false)
    for (const r of track.roles) expect(painted.text, r.slug).toContain(r.title)
    // Without JavaScript Starlight's page is dark whatever the visitor's preference (light here): the map is dark with it.
    await expect(mapAndPageTones(page)).resolves.toEqual({map: 'dark', page: 'dark'})
    const box = await map.boundingBox()
    expect(box!.height).toBeGreaterThan(100)
    await close()
  })
})

describe('search', () => {
  // Full text, not titles: each term finds a widget page among the first three results (a title-only search found
  // nothing for most of them, and "Sales engineer" for "::part").
  const terms: [string, RegExp][] = [
    ['cors', /^\/(getting-started|guides\/widget|reference\/widget)\//],
    ['fallback', /^\/(guides|reference)\/widget\//],
    ['csp', /^\/guides\/widget\//],
    ['dark mode', /^\/guides\/widget\//],
    ['tagName', /^\/(guides|reference)\/widget\//],
    ['showRole', /^\/(guides|reference)\/widget\//],
    ['::part', /^\/guides\/widget\//],
  ]

  it('finds the widget terms in the full text from the header search dialog', async () => {
    const {page, problems, close} = await newPage(site)
    await page.goto(site.url('/guides/'))
    const dialog = page.locator('site-search dialog')
    for (const [term, first] of terms) {
      await page.locator('site-search button[data-open-modal]').click()
      await page.locator('#starlight__search input').fill(term)
      const top = dialog.locator('.pagefind-ui__result').first()
      await top.waitFor()
      // The first three results' page links (each result also lists links to sections of its page).
      await expect.poll(() => dialog.locator('.pagefind-ui__message').innerText(), {message: term}).toMatch(new RegExp(`results? for ${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i'))
      // Pagefind draws each result before its data arrives: wait until the first three have their links.
      const top3 = () => dialog.locator('.pagefind-ui__result').evaluateAll((els) => els.slice(0, 3).map((el) => el.querySelector('a.pagefind-ui__result-link')?.getAttribute('href') ?? ''))
      await expect.poll(async () => (await top3()).every(Boolean), {message: term}).toBe(true)
      const hrefs = await top3()
      const paths = hrefs.map((h) => new URL(h, site.url('/')).pathname)
      expect(paths.some((p) => first.test(p)), `${term}: ${paths.join(', ')}`).toBe(true)
      await page.keyboard.press('Escape')
    }
    expect(problems).toEqual([])
    await close()
  })

  it('has a /search/ page that takes ?q=, searches as you type and lands on the export', async () => {
    const role = (await sdk.listRoles()).find((r) => r.rung === 1)!
    const {page, problems, close} = await newPage(site)
    await page.goto(site.url(`/search/?q=${encodeURIComponent(role.title)}`))
    const results = page.locator('[data-search-results] li')
    await results.first().waitFor()
    await expect(results.first().locator('a').getAttribute('href')).resolves.toMatch(new RegExp(`^/curriculum/roles/${role.slug}/`))
    await expect(page.locator('[data-search-status]').innerText()).resolves.toMatch(/\d+ results? for/)
    await page.locator('#search-q').fill('createCareerPathClient')
    await expect.poll(async () => page.locator('[data-search-results] a').evaluateAll((els) => els.map((e) => e.getAttribute('href')))).toContain('/reference/sdk/#createCareerPathClient')
    expect(new URL(page.url()).searchParams.get('q')).toBe('createCareerPathClient')
    expect(problems).toEqual([])
    const violations = await runAxe(page)
    expect(violations, describeViolations(violations)).toEqual([])
    await close()
  })

  it('lists every page without JavaScript, and the header links to it', async () => {
    const roles = await sdk.listRoles()
    const {page, close} = await newPage(site, {javaScript: false})
    await page.goto(site.url('/guides/'))
    await expect(page.locator('header a[href="/search/"]').isVisible()).resolves.toBe(true)
    await page.goto(site.url('/search/?q=anything'))
    for (const r of roles) expect(await page.locator(`[data-search-all] a[href="/curriculum/roles/${r.slug}/"]`).count(), r.slug).toBe(1)
    await close()
  })
})

describe('playground', () => {
  it('runs the real widget, and its controls change it and the snippet', async () => {
    const roles = await sdk.listRoles()
    const role = roles.find((r) => r.rung === 2) ?? roles[0]!
    const {page, problems, close} = await newPage(site)
    await page.goto(site.url('/playground/'))
    const widget = page.locator('career-path')
    await page.waitForFunction(() => (document.querySelector('career-path') as unknown as {data?: {status: string}})?.data?.status === 'ready')
    // The ladders view lists every role of the seed.
    await expect(widget.locator('[part~="role-button"]').count()).resolves.toBe(roles.length)

    await page.locator('#pg-view').selectOption('role')
    await page.locator('#pg-role-slug').selectOption(role.slug)
    expect(await widget.getAttribute('role-slug')).toBe(role.slug)
    await page.waitForFunction((slug) => (document.querySelector('career-path') as unknown as {data: {role?: string; view: string}}).data.role === slug, role.slug)
    await widget.locator('[part~="view-role"] [part~="heading"]', {hasText: role.title}).first().waitFor()
    await expect(page.locator('[data-snippet]').innerText()).resolves.toContain(`role-slug="${role.slug}"`)

    await page.locator('[data-theme="--careerpath-accent"]').fill('#6b2bd9')
    await expect(widget.evaluate((el) => getComputedStyle(el).getPropertyValue('--careerpath-accent').trim())).resolves.toBe('#6b2bd9')
    // The theme is a rule for the host's stylesheet, shown apart; the HTML snippet stays free of inline styles (strict CSP).
    await expect(page.locator('[data-snippet-css]').innerText()).resolves.toContain('--careerpath-accent: #6b2bd9;')
    await expect(page.locator('[data-snippet]').innerText()).resolves.not.toMatch(/<style|style=/)

    expect(problems).toEqual([])
    const violations = await runAxe(page)
    expect(violations, describeViolations(violations)).toEqual([])
    await close()
  })
})

describe('playground controls', () => {
  it('each change the live widget and the snippet: track, plan, compare, theme, data source and fallback, sizes', async () => {
    const [main] = (await sdk.graph()).tracks()
    const from = main!.roles[0]!.slug
    const to = main!.roles.at(-1)!.slug
    const {page, close} = await newPage(site)
    await page.goto(site.url('/playground/'))
    const widget = page.locator('career-path')
    // Waits until the widget's public state (`el.data`, as `d`) satisfies a condition.
    const state = (check: string) => page.waitForFunction(`(() => { const d = document.querySelector('career-path').data; return d && (${check}) })()`)
    const snippet = () => page.locator('[data-snippet]').innerText()
    await state("d.status === 'ready'")

    await page.locator('#pg-track').selectOption(main!.slug)
    await expect(widget.locator('[part~="ladder"]').count()).resolves.toBe(1)
    await expect(snippet()).resolves.toContain(`track="${main!.slug}"`)

    await page.locator('#pg-view').selectOption('plan')
    await page.locator('#pg-from').selectOption(from)
    await page.locator('#pg-to').selectOption(to)
    await state(`d.view === 'plan' && d.from === ${JSON.stringify(from)} && d.to === ${JSON.stringify(to)}`)
    await widget.locator('[part~="plan-step"]').first().waitFor()
    await expect(snippet()).resolves.toContain(`view="plan" track="${main!.slug}" from="${from}" to="${to}"`)

    await page.locator('#pg-view').selectOption('compare')
    await page.locator('#pg-compare-a').selectOption(from)
    await page.locator('#pg-compare-b').selectOption(to)
    await state("d.view === 'compare'")
    await widget.locator('[part~="compare-table"]').waitFor()
    await expect(snippet()).resolves.toContain(`compare-a="${from}" compare-b="${to}"`)

    const rootBackground = () => widget.evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('[part~="root"]')!).backgroundColor)
    const light = await rootBackground()
    await page.locator('#pg-theme').selectOption('dark')
    await expect.poll(rootBackground).not.toBe(light)
    await expect(snippet()).resolves.toContain('theme="dark"')

    for (const [id, property, value] of [['#pg-radius', '--careerpath-radius', '0'], ['#pg-font-size', '--careerpath-font-size', '20']] as const) {
      await page.locator(id).fill(value)
      await expect(widget.evaluate((el, p) => getComputedStyle(el).getPropertyValue(p).trim(), property)).resolves.toBe(`${value}px`)
      await expect(page.locator('[data-snippet-css]').innerText()).resolves.toContain(`${property}: ${value}px;`)
    }

    // A snapshot that cannot load shows the error; with fallback="seed" the seed is shown with a notice instead.
    await page.locator('#pg-src').fill('/missing-snapshot.json')
    await state("d.status === 'error'")
    // The banner names the data source the visitor typed, never "the embedded seed".
    await expect(page.locator('[data-data-banner]').innerText()).resolves.toContain(`${new URL(site.url('/missing-snapshot.json')).href} (the src you entered)`)
    await page.locator('#pg-fallback').selectOption('seed')
    await state("d.status === 'ready' && d.source.kind === 'seed' && d.fallbackReasons.some((r) => r.includes('missing-snapshot.json'))")
    await widget.locator('[part~="notice"]').first().waitFor()
    await expect(snippet()).resolves.toContain('src="/missing-snapshot.json" fallback="seed"')
    await expect(snippet()).resolves.not.toContain('<style')
    // The share link keeps what to show and drops the data source.
    const share = new URL((await page.locator('[data-share-link]').getAttribute('href'))!, site.url('/'))
    expect(share.searchParams.get('view')).toBe('compare')
    expect(share.searchParams.has('src') || share.searchParams.has('fallback')).toBe(false)
    await close()
  })
})

describe('playground links from elsewhere (issue 15)', () => {
  it('never load data a link names: src and fallback on another origin are ignored and nothing reaches it', async () => {
    // A second local origin playing the attacker: it answers every request with a lure (CORS open, so a fetch would succeed).
    const seen: string[] = []
    const lure = JSON.stringify({format: 2, documents: [{_id: 'x', _type: 'role', title: [{_key: 'en', language: 'en', value: 'ACTION REQUIRED: verify your account'}]}]})
    const evil = createServer((req, res) => {
      seen.push(req.url ?? '')
      res.writeHead(200, {'content-type': 'application/json', 'access-control-allow-origin': '*'})
      res.end(lure)
    })
    await new Promise<void>((ok) => evil.listen(0, '127.0.0.1', ok))
    const origin = `http://127.0.0.1:${(evil.address() as AddressInfo).port}`
    expect(origin).not.toBe(new URL(site.url('/')).origin)
    const role = (await sdk.listRoles()).find((r) => r.rung === 1)!
    const {page, problems, close} = await newPage(site)
    const requested: string[] = []
    page.on('request', (r) => requested.push(r.url()))
    try {
      const query = new URLSearchParams({src: `${origin}/evil.json`, fallback: `${origin}/fallback.json`, 'project-id': 'abc123', dataset: 'production', 'api-host': origin, view: 'role', 'role-slug': role.slug})
      await page.goto(site.url(`/playground/?${query}`))
      const widget = page.locator('career-path')
      await page.waitForFunction(() => (document.querySelector('career-path') as unknown as {data?: {status: string}})?.data?.status === 'ready')
      // What to show still comes from the link; the data is the seed, and the page says so.
      await widget.locator('[part~="view-role"] [part~="heading"]', {hasText: role.title}).first().waitFor()
      const data = await widget.evaluate((el) => (el as unknown as {data: {source: {kind: string}; role: string}}).data)
      expect(data.source.kind).toBe('seed')
      expect(data.role).toBe(role.slug)
      for (const attr of ['src', 'fallback', 'project-id', 'dataset', 'api-host']) expect(await widget.getAttribute(attr), attr).toBeNull()
      await expect(page.locator('#pg-src').inputValue()).resolves.toBe('')
      await expect(page.locator('[data-data-banner]').innerText()).resolves.toBe('Data from the embedded seed curriculum.')
      await expect(page.locator('[data-snippet]').innerText()).resolves.not.toContain(origin)
      await expect(page.locator('body').innerText()).resolves.not.toContain('ACTION REQUIRED')
      // Give a stray lazy fetch time to happen, then check both sides: the browser asked nothing of that origin, and it saw nothing.
      await page.waitForTimeout(300)
      expect(requested.filter((u) => u.startsWith(origin))).toEqual([])
      expect(seen).toEqual([])
      expect(problems).toEqual([])
    } finally {
      await close()
      await new Promise<void>((ok) => evil.close(() => ok()))
    }
  })
})

describe('reference', () => {
  it("documents every attribute the live <career-path> element observes", async () => {
    const {page, problems, close} = await newPage(site)
    await page.goto(site.url('/playground/'))
    const observed = await page.evaluate(async () => {
      await customElements.whenDefined('career-path')
      return [...((customElements.get('career-path') as unknown as {observedAttributes: string[]}).observedAttributes ?? [])]
    })
    expect(observed.length).toBeGreaterThan(5)
    await page.goto(site.url('/reference/widget/'))
    const documented = await page.locator('#attributes ~ table [id^="attr-"]').evaluateAll((els) => els.map((e) => e.id.slice('attr-'.length)))
    expect(observed.filter((a) => !documented.includes(a))).toEqual([])
    expect(problems).toEqual([])
    await close()
  })
})

describe('other page types', () => {
  // One test per theme: fifteen pages with axe each take a while on a busy two-core machine.
  it.each(['light', 'dark'] as const)('have no axe violations in %s mode (role, guides, reference, search, playground, track, family, certification, degree, organisation, module, FAQs)', {timeout: 180_000}, async (colorScheme) => {
    const tracks = await sdk.listTracks()
    const track = tracks.find((t) => t.kind !== 'family')
    const family = tracks.find((t) => t.kind === 'family')
    const [degree] = await sdk.listDegrees()
    const [organisation] = await sdk.listOrganisations()
    const [cert] = await sdk.listCertifications()
    const [pathItem] = await sdk.listLearningPaths()
    const path = await sdk.getLearningPath(pathItem!.slug)
    const [role] = await sdk.listRoles()
    const pages = [
      `/curriculum/roles/${role!.slug}/`,
      '/getting-started/',
      '/reference/sdk/',
      '/reference/widget/',
      '/search/',
      '/playground/',
      '/guides/widget/',
      `/curriculum/tracks/${track!.slug}/`,
      ...(family ? [`/curriculum/tracks/${family.slug}/`] : []),
      `/curriculum/certifications/${cert!.slug}/`,
      ...(degree ? [`/curriculum/degrees/${degree.slug}/`] : []),
      `/curriculum/organisations/${organisation!.slug}/`,
      '/curriculum/organisations/',
      `/curriculum/learning-paths/${path.slug}/${path.modules[0]!.slug}/`,
      '/curriculum/faqs/',
    ]
    const {page, problems, close} = await newPage(site, {colorScheme})
    for (const url of pages) {
      await page.goto(site.url(url))
      const violations = await runAxe(page)
      expect(violations, `${url} (${colorScheme}):\n${describeViolations(violations)}`).toEqual([])
    }
    expect(problems).toEqual([])
    await close()
  })
})
