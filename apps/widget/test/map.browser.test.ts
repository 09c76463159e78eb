/** The career map: what it draws, what assistive technology gets, and its keyboard model. */
import type {Page} from 'playwright-core'
import {beforeEach, describe, expect, it} from 'vitest'
import {mount, openPage, settled} from './browser'
import {relabelled, seedGraph} from './fixtures'
import {useHarness} from './harness'

let page: Page
const t = useHarness()
const graph = seedGraph()

async function open(attrs: Record<string, string> = {}, name = 'blank.html'): Promise<Page> {
  ;({page} = await openPage(t.browser, `${t.web.url}/pages/${name}`))
  await mount(page, {loading: 'eager', ...attrs})
  expect(await settled(page)).toBe('ready')
  return page
}
beforeEach(async () => {
  await page?.context().close()
})

/** The role focused inside the widget (its slug), or where focus is outside. */
const focused = () =>
  page.evaluate(() => {
    const a = document.querySelector('career-path')!.shadowRoot!.activeElement as HTMLElement | null
    return a ? (a.dataset.role ?? `${a.tagName.toLowerCase()}:${a.textContent}`) : `outside:${document.activeElement?.id}`
  })
const node = (slug: string) => page.locator(`career-path [part~=role-button][data-role="${slug}"]`)
const box = async (slug: string) => (await node(slug).boundingBox())!

describe('the drawn map', () => {
  it('draws every move, with roles on the shared seniority axis: higher is more senior, families apart on the right', async () => {
    await open()
    const edges = graph.transitions()
    expect(await page.locator('career-path svg.edges path.e').count()).toBe(edges.length)
    // Every path has a drawn shape once laid out.
    expect(await page.locator('career-path svg.edges path.e:not([d])').count()).toBe(0)
    expect(await page.locator('career-path svg.edges').getAttribute('aria-hidden')).toBe('true')
    const roles = graph.roles()
    const boxes = new Map(await Promise.all(roles.map(async (r) => [r.slug, await box(r.slug)] as const)))
    for (const a of roles) {
      for (const b of roles) {
        const [ya, yb] = [boxes.get(a.slug)!, boxes.get(b.slug)!].map((x) => x.y + x.height / 2)
        if (a.seniority! > b.seniority!) expect(ya, `${a.slug} above ${b.slug}`).toBeLessThan(yb!)
      }
    }
    const families = new Set(graph.tracks().filter((tr) => tr.kind === 'family').map((tr) => tr.slug))
    const right = Math.max(...roles.filter((r) => !families.has(r.track!.slug)).map((r) => boxes.get(r.slug)!.x + boxes.get(r.slug)!.width))
    for (const r of roles.filter((x) => families.has(x.track!.slug))) expect(boxes.get(r.slug)!.x).toBeGreaterThan(right)
    // Kinds of move look different: promotions solid, laterals dashed, specialisations dotted.
    const dash = (kind: string) => page.locator(`career-path path.e.k-${kind}`).first().evaluate((p) => getComputedStyle(p).strokeDasharray)
    expect(await dash('promotion')).toBe('none')
    expect(await dash('lateral')).not.toBe('none')
    expect(await dash('specialisation')).not.toBe(await dash('lateral'))
  })

  it('says once that times are estimates, instead of on every move', async () => {
    await open()
    expect(await page.locator('career-path .legend').textContent()).toContain('All times are estimates.')
    expect(await page.locator('career-path').evaluate((el) => el.shadowRoot!.textContent!.match(/estimate/g)?.length)).toBe(1)
  })

  it('hover or focus shows where a role leads and the usual years, on the targets', async () => {
    await open()
    const from = graph.role('help-desk-technician')
    await node(from.slug).focus()
    expect(await page.locator('career-path path.e.on').count()).toBe(from.transitions.length)
    for (const m of from.transitions) expect(await node(m.to.slug).getAttribute('data-y')).toBe(`${m.typicalYears} ${m.typicalYears === 1 ? 'yr' : 'yrs'}`)
    const other = graph.role('senior-support-engineer')
    await node(other.slug).hover()
    expect(await page.locator('career-path path.e.on').count()).toBe(other.transitions.length)
    expect(await node(from.transitions[0]!.to.slug).getAttribute('data-y')).toBeNull()
  })

  it('paints without an Intl.NumberFormat or ListFormat (a page’s first loads ICU’s data), from any source; numbers still read right, and the views get both while the page is idle', async () => {
    // A source with a fractional move (1.5 years): its figure is worded when shown, not for the first paint.
    const snap = relabelled('Fraction')
    const role = snap.documents.find((d) => d._type === 'role' && d.slug?.current === 'help-desk-technician') as {transitions: {typicalYears: number}[]}
    role.transitions[0]!.typicalYears = 1.5
    t.web.routes.set('/fixtures/fraction.json', {body: JSON.stringify(snap)})
    const context = await t.browser.newContext({viewport: {width: 1280, height: 800}})
    await context.addInitScript(() => {
      const w = window as unknown as {made: number; atLoad: number; lists: number; listsAtLoad: number}
      w.made = 0
      w.lists = 0
      Intl.NumberFormat = new Proxy(Intl.NumberFormat, {construct: (target, args) => (w.made++, Reflect.construct(target, args))})
      ;(Intl as {ListFormat: unknown}).ListFormat = new Proxy(Intl.ListFormat, {construct: (target, args) => (w.lists++, Reflect.construct(target, args))})
      document.addEventListener('careerpath:load', () => ((w.atLoad = w.made), (w.listsAtLoad = w.lists)))
    })
    page = await context.newPage()
    await page.goto(`${t.web.url}/pages/blank.html`)
    await mount(page, {loading: 'eager', src: '/fixtures/fraction.json'})
    expect(await settled(page)).toBe('ready')
    expect(await page.evaluate(() => (window as unknown as {atLoad: number}).atLoad)).toBe(0)
    expect(await page.evaluate(() => (window as unknown as {listsAtLoad: number}).listsAtLoad)).toBe(0)
    expect(await page.locator('career-path [part~=role-button][data-role="help-desk-technician"] .tag').textContent()).toBe('Rung 1 · Entry')
    await node('help-desk-technician').focus()
    const to = graph.role('help-desk-technician').transitions[0]!.to.slug
    expect(await node(to).getAttribute('data-y')).toBe('1.5 yrs')
    // The views' chunk, prefetched while the page is idle, makes the first one.
    await expect.poll(() => page.evaluate(() => (window as unknown as {made: number}).made)).toBeGreaterThan(0)
    await expect.poll(() => page.evaluate(() => (window as unknown as {lists: number}).lists)).toBeGreaterThan(0)
  })

  it('gives assistive technology a list of roles per track, each with its moves in words, and no SVG', async () => {
    await open()
    // In the drawn map the moves in words are added once it is on screen.
    await expect.poll(() => page.locator('career-path ul.mv').count()).toBeGreaterThan(0)
    const tree = await page.locator('career-path [part~=ladders]').ariaSnapshot()
    const first = graph.tracks()[0]!
    expect(tree).toContain(`heading "${first.title}" [level=3]`)
    expect(tree).toContain(`list "Roles on ${first.title}, entry rung first"`)
    const entry = graph.role(first.roles[0]!.slug)
    expect(tree).toContain(`button "${entry.title} Rung 1 · Entry"`)
    expect(tree).toContain(`list "Moves from ${entry.title}"`)
    for (const m of entry.transitions) expect(tree).toMatch(new RegExp(`listitem: .*to ${m.to.title.replace(/[()]/g, '\\$&')}.*after about ${m.typicalYears} years?`))
    expect(tree).not.toMatch(/\bimg\b|graphics/)
  })
})

describe('keyboard', () => {
  it('the map is one tab stop; arrows go along a ladder and across; Enter opens a role and "← All ladders" returns to it', async () => {
    await open({}, 'blank.html')
    await page.focus('#before')
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab')
    const [ladder, ic, management] = graph.tracks()
    expect(await focused()).toBe(ladder!.roles[0]!.slug)
    await page.keyboard.press('ArrowUp')
    expect(await focused()).toBe(ladder!.roles[1]!.slug)
    await page.keyboard.press('ArrowUp')
    expect(await focused()).toBe(ladder!.roles[2]!.slug)
    // Across: the next ladder's role nearest in seniority.
    await page.keyboard.press('ArrowRight')
    const s = ladder!.roles[2]!.seniority!
    const nearest = (roles: readonly {slug: string; seniority: number | null}[], at: number) => roles.reduce((a, b) => (Math.abs(b.seniority! - at) < Math.abs(a.seniority! - at) ? b : a)).slug
    expect(await focused()).toBe(nearest(ic!.roles, s))
    await page.keyboard.press('ArrowRight')
    const onManagement = nearest(management!.roles, graph.role(nearest(ic!.roles, s)).seniority!)
    expect(await focused()).toBe(onManagement)
    await page.keyboard.press('ArrowLeft')
    const back = await focused()
    expect(ic!.roles.map((r) => r.slug)).toContain(back)
    // Tab leaves the map: it is one stop.
    await page.keyboard.press('Tab')
    expect(await focused()).toBe('outside:after')
    await page.keyboard.press('Shift+Tab')
    expect(await focused()).toBe(back)
    await page.keyboard.press('Enter')
    expect(await focused()).toBe(`h2:${graph.role(back).title}`)
    await page.getByRole('button', {name: '← All ladders'}).click()
    expect(await focused()).toBe(back)
    // The return says nothing extra: the focus move is the announcement.
    await page.waitForTimeout(50)
    expect(await page.locator('career-path [aria-live]').textContent()).toBe('')
  })

  it('in a narrow column the map shows one track at a time; left and right switch tracks', async () => {
    await open({}, 'column.html')
    const [first, second] = graph.tracks()
    const pressed = () => page.locator('career-path .switch [aria-pressed=true]').textContent()
    expect(await pressed()).toBe(first!.title)
    expect(await node(second!.roles[0]!.slug).isVisible()).toBe(false)
    await node(first!.roles[0]!.slug).focus()
    await page.keyboard.press('ArrowRight')
    expect(await pressed()).toBe(second!.title)
    expect(second!.roles.map((r) => r.slug)).toContain(await focused())
    // Each role lists its exits in words where the drawn lines would be.
    expect(await page.locator(`career-path [data-role="${second!.roles[0]!.slug}"] + ul.mv`).isVisible()).toBe(true)
    await page.getByRole('button', {name: first!.title, exact: true}).click()
    expect(await node(first!.roles[0]!.slug).isVisible()).toBe(true)
  })
})

describe('options', () => {
  it('the track attribute draws one track with its exits', async () => {
    await open({track: 'support-management'})
    expect(await page.getByRole('heading', {level: 2}).textContent()).toBe('Support management')
    expect(await page.locator('career-path [part~=ladder]').count()).toBe(1)
    expect(await page.locator('career-path .switch').count()).toBe(0)
    expect(await page.locator('career-path ul.mv').first().isVisible()).toBe(true)
  })

  it('a self-assessment marks where the visitor is', async () => {
    await open()
    await page.locator('career-path').evaluate((el: any) => el.setAssessment({role: 'senior-technician', skills: {}}))
    expect(await node('senior-technician').locator('.you').textContent()).toBe('You are here')
    expect(await page.locator('career-path .you').count()).toBe(1)
  })
})
