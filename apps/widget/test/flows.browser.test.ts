/** What a visitor does, with the mouse and with the keyboard alone; and what the host page can do. */
import type {Page} from 'playwright-core'
import {beforeEach, describe, expect, it} from 'vitest'
import {mount, openPage, settled} from './browser'
import {seniorityLabel} from '@careerpath/sdk/graph'
import {english, FROM, seedGraph, seedSnapshot, TO} from './fixtures'
import {useHarness} from './harness'

let page: Page
const t = useHarness()
const graph = seedGraph()

async function open(attrs: Record<string, string> = {}): Promise<Page> {
  ;({page} = await openPage(t.browser, `${t.web.url}/pages/blank.html`))
  await mount(page, attrs)
  expect(await settled(page)).toBe('ready')
  return page
}
beforeEach(async () => {
  await page?.context().close()
})

/** Events the host page received (recorded on `document`, so they bubbled out of the shadow root). */
const events = (type: string) => page.evaluate((t) => (window as any).__events.filter((e: any) => e.type === t), type)
/** The element focused inside the widget's shadow root, described. */
const focused = () =>
  page.evaluate(() => {
    const a = document.querySelector('career-path')!.shadowRoot!.activeElement as HTMLElement | null
    return a ? `${a.tagName.toLowerCase()}:${a.textContent?.trim()}` : `outside:${document.activeElement?.id}`
  })
/** What the live region says, once its frame has run. */
const announced = async () => {
  await page.waitForTimeout(60)
  return page.evaluate(() => document.querySelector('career-path')!.shadowRoot!.querySelector('[aria-live]')!.textContent)
}
const el = () => page.locator('career-path')

describe('announcements', () => {
  it('nothing on the lazy first load; a change the host makes is said once; a focus move is not doubled by the live region', async () => {
    await open()
    expect(await announced()).toBe('')
    await el().evaluate((e) => e.setAttribute('view', 'compare'))
    expect(await announced()).toBe('Showing the role comparison.')
    await page.getByRole('button', {name: 'Plan a route'}).click()
    // Views other than the map come in a chunk (usually prefetched by now): focus moves once it is in.
    await expect.poll(focused).toBe('h2:Plan your route')
    // The click moved focus to the new heading: the live region keeps the old message, nothing new is said.
    expect(await announced()).toBe('Showing the role comparison.')
  })

  it('the view switcher says which view is shown (aria-pressed) and the widget has a single landmark', async () => {
    await open()
    const buttons = page.locator('career-path [part~=nav-button]')
    expect(await buttons.evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-pressed')))).toEqual(['true', 'false', 'false', 'false'])
    await page.getByRole('button', {name: 'Compare roles'}).click()
    expect(await buttons.evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-pressed')))).toEqual(['false', 'false', 'true', 'false'])
    for (const attrs of [{}, {'role-slug': 'senior-technician'}, {view: 'plan', from: FROM, to: TO}]) {
      await el().evaluate((e, a) => {
        for (const n of ['view', 'role-slug', 'from', 'to']) e.removeAttribute(n)
        for (const [k, v] of Object.entries(a)) e.setAttribute(k, v)
      }, attrs)
      const landmarks = await el().evaluate((e) => e.shadowRoot!.querySelectorAll('nav, main, aside, header, footer, section[aria-label], section[aria-labelledby], [role=region], [role=navigation], form').length)
      expect(landmarks, JSON.stringify(attrs)).toBe(1)
    }
  })
})

describe('a role', () => {
  it('reads in order: what the job is, what it takes, what comes next, what to learn; one primary action', async () => {
    await open({'role-slug': FROM})
    const role = graph.role(FROM)
    expect(await page.getByRole('heading', {level: 3}).allTextContents()).toEqual(['What the job is', 'What it takes', 'What comes next', 'What to learn'])
    expect(await page.locator('career-path [part~=primary-button]').allTextContents()).toEqual(['Plan my route from here'])
    // Skills are bars: one segment per level, the needed ones filled.
    const skills = page.locator('career-path [part~=skill]')
    expect(await skills.count()).toBe(role.skills.length)
    const filled = await skills.evaluateAll((items) => items.map((li) => li.querySelectorAll('.bar i.on').length))
    expect(filled).toEqual(role.skills.map((s) => s.proficiency))
    // Exits are the role's moves, each a button to the next role.
    expect(await page.locator('career-path [part~=move-button]').allTextContents()).toEqual(role.transitions.map((m) => m.to.title))
    await page.getByRole('button', {name: role.transitions[0]!.to.title, exact: true}).click()
    expect(await focused()).toBe(`h2:${role.transitions[0]!.to.title}`)
    expect((await events('careerpath:role-select')).map((e: any) => e.detail.slug)).toEqual([role.transitions[0]!.to.slug])
  })

  it('with a self-assessment, the bars show what the visitor has against what the role needs', async () => {
    await open({'role-slug': 'senior-technician'})
    await el().evaluate((e: any, from) => e.setAssessment({role: from, skills: {troubleshooting: 4}}), FROM)
    const row = page.locator('career-path [part~=skill]', {hasText: 'Troubleshooting'})
    expect(await row.locator('.sub').textContent()).toMatch(/you 4\/5$/)
    // Networking is not rated: the visitor has what their current role expects.
    const networking = graph.role(FROM).skills.find((s) => s.skill.slug === 'networking')!.proficiency
    expect(await page.locator('career-path [part~=skill]', {hasText: 'Networking'}).locator('.sub').textContent()).toMatch(new RegExp(`you ${networking}/5$`))
    expect(await page.locator('career-path .keyline').textContent()).toContain(graph.role(FROM).title)
  })

  it('a family role says which family it is in and shows no rung; a ladder role says its rung', async () => {
    const member = graph.tracks().find((tr) => tr.kind === 'family')!.roles[0]!
    await open({'role-slug': member.slug})
    expect(await page.locator('career-path .eyebrow').textContent()).toBe(`${member.track!.title} (family of roles)`)
    expect(await page.locator('career-path .pill').first().textContent()).toBe(`${seniorityLabel(member.seniority!)} seniority`)
    await el().evaluate((e) => e.setAttribute('role-slug', 'senior-technician'))
    const st = graph.role('senior-technician')
    expect(await page.locator('career-path .eyebrow').textContent()).toBe(`Rung ${st.rung} of ${st.track!.title}`)
  })

  it('says once that its experience and times are estimates, with correct plurals', async () => {
    await open({'role-slug': FROM})
    const role = graph.role(FROM)
    const moves = await page.locator('career-path .exits li > .sub').allTextContents()
    role.transitions.forEach((m, i) => expect(moves[i]).toContain(`after about ${m.typicalYears} ${m.typicalYears === 1 ? 'year' : 'years'}`))
    expect(await page.locator('career-path .note').textContent()).toBe('Experience and times are estimates.')
    expect(await el().evaluate((e) => e.shadowRoot!.textContent!.match(/· estimate/g))).toBeNull()
    expect(await el().textContent()).not.toMatch(/\b1 years\b/)
  })

  it('lists degrees apart from certifications, with what employers ask for', async () => {
    const seed = seedSnapshot()
    const doc = seed.documents.find((d) => d._type === 'role' && d.credentials?.some((c: {_ref: string}) => c._ref.startsWith('degree-')))!
    const degrees = graph.role(doc.slug.current).degrees
    await open({'role-slug': doc.slug.current})
    expect(await page.locator('career-path [part=degree] > span').allTextContents()).toEqual(degrees.map((d) => d.title))
    if (doc.education) expect(await page.locator('career-path .edu').textContent()).toBe(english(doc.education))
    const certs = await page.locator('career-path [part=certification]').allTextContents()
    expect(certs.some((c) => degrees.some((d) => c.includes(d.title)))).toBe(false)
  })

  it('an unknown role slug says so and suggests the nearest roles', async () => {
    await open({'role-slug': 'help-desk-technican'})
    expect(await page.getByRole('heading', {level: 2, name: 'Role not found'}).isVisible()).toBe(true)
    await page.getByRole('button', {name: 'Help desk technician'}).click()
    expect(await page.getByRole('heading', {level: 2, name: 'Help desk technician'}).isVisible()).toBe(true)
  })
})

describe('planning a route', () => {
  it('with the mouse: a timeline on a year axis, one milestone per move with its skills and top resources', async () => {
    await open()
    await page.getByRole('button', {name: 'Plan a route'}).click()
    // Views other than the map come in a chunk (usually prefetched by now): focus moves once it is in.
    await expect.poll(focused).toBe('h2:Plan your route')
    await page.getByLabel('Where I am').selectOption(FROM)
    await page.getByLabel('Where I want to be').selectOption(TO)
    const best = graph.plan(FROM, TO)
    const steps = page.locator('career-path [part~=plan-step]')
    expect(await steps.count()).toBe(best.milestones.length)
    expect(await page.locator('career-path .tseg').count()).toBe(best.milestones.length)
    expect(await page.locator('career-path .goal').textContent()).toBe(best.to.title)
    expect(await page.locator('career-path [part~=plan-total]').textContent()).toBe(`About ${best.totals.years} years · ${best.milestones.length} moves from ${best.from.title} to ${best.to.title}`)
    expect(await page.locator('career-path .sum .note').textContent()).toBe('All times are estimates.')
    for (const [i, m] of best.milestones.entries()) {
      const step = steps.nth(i)
      expect(await step.locator('h3').textContent()).toBe(m.to.title)
      expect(await step.locator('.yr').textContent()).toBe(`Year ${m.timeline.endYear}`)
      expect(await step.textContent()).toContain(seniorityLabel(m.to.seniority!))
      // The top three resources show; the rest fold under "Show all".
      expect(await step.locator('.mb > div:nth-child(2) > ul > [part~=resource]').count()).toBeLessThanOrEqual(4)
    }
    const first = steps.first()
    const chips = await first.locator('[part~=skill]').count()
    expect(chips).toBe(best.milestones[0]!.skills.length)
    const [plan] = await events('careerpath:plan')
    expect(plan.detail).toMatchObject({from: FROM, to: TO})
    expect(plan.detail.plan.milestones).toHaveLength(best.milestones.length)
    expect(await announced()).toMatch(/^Plan: \d+ moves, about \d+ years\.$/)
  })

  it('the next best routes are one click away', async () => {
    await open({view: 'plan', from: FROM, to: TO})
    const routes = graph.paths(FROM, TO, {limit: 4})
    const buttons = page.locator('career-path [part~=route-button]')
    expect(await buttons.count()).toBe(routes.length)
    expect(await buttons.first().getAttribute('aria-pressed')).toBe('true')
    await buttons.nth(1).click()
    expect(await buttons.nth(1).getAttribute('aria-pressed')).toBe('true')
    expect(await focused()).toMatch(/^button:Route 2/)
    expect(await page.locator('career-path [part~=plan-step] h3').allTextContents()).toEqual(routes[1]!.steps.map((s) => s.to.title))
    expect(await announced()).toBe(`Plan: ${routes[1]!.steps.length} moves, about ${routes[1]!.years} years.`)
  })

  it('with the keyboard alone: type-ahead in the selects', async () => {
    await open()
    await page.getByRole('button', {name: 'Plan a route'}).focus()
    await page.keyboard.press('Enter')
    // The planner is a chunk (fetched on focus at the latest): focus moves to its heading when it is in.
    await page.waitForFunction(() => document.querySelector('career-path')!.shadowRoot!.activeElement?.tagName === 'H2')
    await page.keyboard.press('Tab')
    expect(await focused()).toMatch(/^select:/)
    await page.keyboard.type('Help desk')
    await page.keyboard.press('Tab')
    await page.keyboard.type('IT support manager')
    expect(await page.getByLabel('Where I am').inputValue()).toBe(FROM)
    expect(await page.getByLabel('Where I want to be').inputValue()).toBe(TO)
    expect(await page.locator('career-path [part~=plan-step]').count()).toBeGreaterThanOrEqual(2)
  })

  it('from a role: "Plan my route from here" presets where I am', async () => {
    await open({'role-slug': 'senior-technician'})
    await page.getByRole('button', {name: 'Plan my route from here'}).click()
    expect(await page.getByLabel('Where I am').inputValue()).toBe('senior-technician')
    await page.getByLabel('Where I want to be').selectOption('help-desk-technician')
    expect(await page.locator('career-path .result').textContent()).toMatch(/No usual route/)
  })
})

describe('comparing two roles', () => {
  it('highlights what changes and folds what stays the same', async () => {
    await open({'role-slug': 'help-desk-technician'})
    await page.getByRole('button', {name: 'Compare with another role'}).click()
    // Views other than the map come in a chunk (usually prefetched by now): focus moves once it is in.
    await expect.poll(focused).toBe('h2:Compare two roles')
    expect(await page.getByLabel('First role').inputValue()).toBe('help-desk-technician')
    await page.getByLabel('Second role').focus()
    await page.keyboard.type('Senior technician')
    const c = graph.compare('help-desk-technician', 'senior-technician')
    const table = page.getByRole('table')
    expect(await table.locator('caption').textContent()).toBe('Help desk technician compared with Senior technician')
    const changed = table.locator('tr.ch')
    const names = await changed.locator('th').allTextContents()
    for (const s of [...c.skills.raised, ...c.skills.added]) expect(names).toContain(s.skill.title)
    expect(names).toContain('Seniority')
    expect(await table.locator('tr.ch', {hasText: 'Seniority'}).locator('.badge').textContent()).toBe('+1 step')
    // Unchanged skills are folded away until asked for.
    const unchanged = c.skills.unchanged.map((s) => s.skill.title)
    expect(unchanged.length).toBeGreaterThan(0)
    for (const title of unchanged) expect(await table.getByRole('rowheader', {name: title}).isVisible()).toBe(false)
    const toggle = page.locator('career-path [part~=show-all][aria-controls]')
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    await toggle.click()
    expect(await toggle.getAttribute('aria-expanded')).toBe('true')
    for (const title of unchanged) expect(await table.getByRole('rowheader', {name: title}).isVisible()).toBe(true)
    expect(await announced()).toBe('Comparison updated.')
  })
})

describe('host page control', () => {
  it('follows attribute changes after load', async () => {
    await open()
    // Views other than the map come in a chunk (usually prefetched by now): each is waited for as a visitor would.
    await el().evaluate((e) => e.setAttribute('view', 'compare'))
    await page.getByRole('heading', {level: 2, name: 'Compare two roles'}).waitFor()
    await el().evaluate((e) => e.setAttribute('role-slug', 'support-manager'))
    await page.getByRole('heading', {level: 2, name: 'Support manager'}).waitFor()
    await el().evaluate((e) => (e.setAttribute('from', 'support-team-lead'), e.setAttribute('to', 'vp-of-support'), e.setAttribute('view', 'plan')))
    expect(await page.getByLabel('Where I want to be').inputValue()).toBe('vp-of-support')
    expect(await page.locator('career-path [part~=plan-step]').count()).toBe(graph.plan('support-team-lead', 'vp-of-support').route.steps.length)
    // Attribute changes do not steal the page's focus.
    expect(await focused()).toBe('outside:')
  })

  it('follows track, and from + to without a view attribute open the planner, after load', async () => {
    await open()
    await el().evaluate((e) => e.setAttribute('track', 'support-management'))
    expect(await page.getByRole('heading', {level: 2}).textContent()).toBe('Support management')
    await el().evaluate((e, [from, to]) => (e.setAttribute('from', from!), e.setAttribute('to', to!)), [FROM, TO])
    await expect.poll(() => page.getByRole('heading', {level: 2}).textContent()).toBe('Plan your route')
    expect(await page.getByLabel('Where I want to be').inputValue()).toBe(TO)
  })

  it('a re-render while the visitor is inside the widget keeps focus in it, on the new heading', async () => {
    await open()
    await page.getByRole('button', {name: 'Compare roles'}).focus()
    await el().evaluate((e) => e.setAttribute('role-slug', 'senior-technician'))
    await expect.poll(focused).toBe('h2:Senior technician')
    await page.keyboard.press('Tab')
    expect(await focused()).toMatch(/^(a|button):/)
  })

  it('JS API: showRole, planRoute, setAssessment, data and reload', async () => {
    await open()
    await el().evaluate((e: any) => e.showRole('it-support-manager'))
    await page.getByRole('heading', {level: 2, name: 'IT support manager'}).waitFor()
    const plan = await el().evaluate((e: any) => e.planRoute('help-desk-technician', 'director-of-it-support'))
    expect(plan.steps.at(-1).to.slug).toBe('director-of-it-support')
    expect(plan.milestones.length).toBe(plan.steps.length)
    expect(await page.getByRole('heading', {level: 2, name: 'Plan your route'}).isVisible()).toBe(true)
    expect((await events('careerpath:plan')).length).toBe(1)
    await el().evaluate((e: any) => e.setAssessment({role: 'help-desk-technician', skills: {troubleshooting: 9, 'no-such-skill': 2, networking: 2}}))
    const data = await el().evaluate((e: any) => {
      const d = e.data
      try {
        d.status = 'hacked'
      } catch {}
      return {status: d.status, view: d.view, from: d.from, to: d.to, frozen: Object.isFrozen(d), roles: d.curriculum.roles.length, assessment: d.assessment}
    })
    // Levels outside 0–5 and skills the role does not list are dropped.
    expect(data).toMatchObject({status: 'ready', view: 'plan', from: 'help-desk-technician', to: 'director-of-it-support', frozen: true, assessment: {role: 'help-desk-technician', skills: {networking: 2}}})
    const before = t.web.requests.filter((r) => r.endsWith('careerpath-seed.json')).length
    await el().evaluate((e: any) => e.reload())
    expect(await el().evaluate((e: any) => e.data.status)).toBe('ready')
    expect(t.web.requests.filter((r) => r.endsWith('careerpath-seed.json')).length).toBe(before + 1)
    expect((await events('careerpath:load')).length).toBe(2)
  })
})
