/** What a visitor does, with the mouse and with the keyboard alone; and what the host page can do. */
import type {Page} from 'playwright-core'
import {beforeEach, describe, expect, it} from 'vitest'
import {mount, openPage, settled} from './browser'
import {seniorityLabel} from '@careerpath/sdk/graph'
import {english, FROM, seedGraph, seedSnapshot, seedTracks, TO} from './fixtures'
import {useHarness} from './harness'

let page: Page
const t = useHarness()

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
const focused = () => page.evaluate(() => {
  const a = document.querySelector('career-path')!.shadowRoot!.activeElement as HTMLElement | null
  return a ? `${a.tagName.toLowerCase()}:${a.textContent?.trim()}` : `outside:${document.activeElement?.id}`
})
const announced = async () => {
  await page.waitForTimeout(50)
  return page.evaluate(() => document.querySelector('career-path')!.shadowRoot!.querySelector('[aria-live]')!.textContent)
}

describe('exploring ladders and roles', () => {
  it('with the mouse: open a role, follow a next move, go back', async () => {
    await open()
    await page.getByRole('button', {name: /Help desk technician/}).first().click()
    expect(await page.getByRole('heading', {level: 2, name: 'Help desk technician'}).isVisible()).toBe(true)
    expect(await focused()).toBe('h2:Help desk technician')
    expect(await announced()).toMatch(/Showing role: Help desk technician/)
    for (const section of ['Responsibilities', 'Skills', 'Certifications', 'Next moves']) {
      expect(await page.getByRole('heading', {level: 3, name: section}).isVisible()).toBe(true)
    }
    expect(await page.locator('career-path .prof').first().textContent()).toMatch(/\d\/5 /)
    await page.getByRole('button', {name: 'Senior technician', exact: true}).click()
    expect(await page.getByRole('heading', {level: 2, name: 'Senior technician'}).isVisible()).toBe(true)
    expect((await events('careerpath:role-select')).map((e: any) => e.detail.slug)).toEqual(['help-desk-technician', 'senior-technician'])
    await page.getByRole('button', {name: '← All ladders'}).click()
    expect(await focused()).toBe('h2:Career ladders')
  })

  it('with the keyboard alone: tab in, open a role, reach its next moves', async () => {
    await open()
    await page.focus('#before')
    await page.keyboard.press('Tab')
    expect(await focused()).toBe('button:Ladders')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    // The first ladder's entry role: its card names the rung and the seniority.
    const entry = seedGraph().tracks()[0]!.roles[0]!
    expect(await focused()).toBe(`button:Rung 1 · ${seniorityLabel(entry.seniority!)}${entry.title}`)
    await page.keyboard.press('Enter')
    expect(await focused()).toBe(`h2:${entry.title}`)
    // From the heading, Tab continues inside the new view.
    await page.keyboard.press('Tab')
    expect(await focused()).toMatch(/^(a|button):/)
  })

  it('a role lists retired certifications as retired, with when and what replaced them', async () => {
    await open({'role-slug': 'technical-support-lead'})
    const mcitp = page.locator('career-path [part=certification]', {hasText: 'MCITP'})
    expect(await mcitp.locator('.retired').textContent()).toBe('Retired July 2016')
    expect(await mcitp.textContent()).toMatch(/replaced by Microsoft Certified Solutions Expert \(MCSE\)/)
  })

  it('the track attribute narrows the ladders to one track', async () => {
    await open({track: 'support-management'})
    expect(await page.getByRole('heading', {level: 2}).textContent()).toBe('Support management')
    expect(await page.locator('career-path section.ladder').count()).toBe(1)
  })

  it('an unknown role slug says so and suggests the nearest roles', async () => {
    await open({'role-slug': 'help-desk-technican'})
    expect(await page.getByRole('heading', {level: 2, name: 'Role not found'}).isVisible()).toBe(true)
    await page.getByRole('button', {name: 'Help desk technician'}).click()
    expect(await page.getByRole('heading', {level: 2, name: 'Help desk technician'}).isVisible()).toBe(true)
  })
})

describe('content model v2: ladders, families, seniority, estimates, degrees', () => {
  it('families are groups of roles (no rungs), ladders are rungs; cards name the seniority, never a level', async () => {
    await open()
    const {ladders, families} = seedTracks()
    expect(families).toBeGreaterThan(0)
    expect(await page.locator('career-path section.ladder').count()).toBe(ladders)
    expect(await page.locator('career-path section.family').count()).toBe(families)
    // A family's roles are a plain list of cards: no ordered rungs, no "Rung" on any card.
    expect(await page.locator('career-path section.family ol').count()).toBe(0)
    const familyTags = await page.locator('career-path section.family .lvl').allTextContents()
    expect(familyTags.length).toBeGreaterThan(0)
    expect(familyTags.filter((tag) => /Rung|Level/.test(tag))).toEqual([])
    const family = seedGraph().tracks().find((t) => t.kind === 'family')!
    expect(await page.locator('career-path section.family').first().locator('h3').textContent()).toBe(family.title)
    expect(familyTags[0]).toBe(seniorityLabel(family.roles[0]!.seniority!))
    expect(await page.locator('career-path').textContent()).not.toMatch(/Level \d/)
    expect(await announced()).toBe(`Showing Career ladders: ${ladders} ladders and ${families} ${families === 1 ? 'family' : 'families'} of roles.`)
  })

  it('a family role says which family it is in and shows no rung; a ladder role says its rung', async () => {
    const graph = seedGraph()
    const member = graph.tracks().find((t) => t.kind === 'family')!.roles[0]!
    await open({'role-slug': member.slug})
    const meta = await page.locator('career-path .meta').textContent()
    expect(meta).toContain(`${member.track!.title} (family of roles)`)
    expect(meta).toContain(`${seniorityLabel(member.seniority!)} seniority`)
    expect(meta).not.toMatch(/Rung/)
    await page.locator('career-path').evaluate((e) => e.setAttribute('role-slug', 'senior-technician'))
    const st = graph.role('senior-technician')
    expect(await page.locator('career-path .meta').textContent()).toContain(`Rung ${st.rung} of ${st.track!.title}`)
  })

  it('typical years and experience that are estimates say so, with correct plurals', async () => {
    const graph = seedGraph()
    const role = graph.role(FROM)
    await open({'role-slug': FROM})
    const moves = await page.getByRole('heading', {level: 3, name: 'Next moves'}).locator('..').locator('li > div.sub').allTextContents()
    const expected = role.transitions.map((m) => `about ${m.typicalYears} ${m.typicalYears === 1 ? 'year' : 'years'}${m.typicalYearsBasis?.kind === 'estimate' ? ' · estimate' : ''}`)
    expect(expected.length).toBeGreaterThan(0)
    for (const [i, text] of expected.entries()) expect(moves[i]).toContain(text)
    if (role.experience?.basis?.kind === 'estimate') expect(await page.locator('career-path .meta').textContent()).toMatch(/years? of experience · estimate$/)
    expect(await page.locator('career-path').textContent()).not.toMatch(/\b1 years\b/)
  })

  it('a role lists its degrees apart from its certifications, with what employers ask for', async () => {
    const seed = seedSnapshot()
    const role = seed.documents.find((d) => d._type === 'role' && d.credentials?.some((c: {_ref: string}) => c._ref.startsWith('degree-')))!
    const degrees = seedGraph().role(role.slug.current).degrees
    await open({'role-slug': role.slug.current})
    const section = page.getByRole('heading', {level: 3, name: 'Degrees and education'}).locator('..')
    expect(await section.locator('[part=degree] > span').allTextContents()).toEqual(degrees.map((d) => d.title))
    if (role.education) expect(await section.locator('.edu').textContent()).toBe(english(role.education))
    const certs = await page.locator('career-path [part=certification]').allTextContents()
    expect(certs.some((c) => degrees.some((d) => c.includes(d.title)))).toBe(false)
  })
})

describe('planning a route', () => {
  it('with the mouse: pick where I am and where I want to be', async () => {
    await open()
    await page.getByRole('button', {name: 'Plan a route'}).click()
    expect(await focused()).toBe('h2:Plan your route')
    await page.getByLabel('Where I am').selectOption(FROM)
    await page.getByLabel('Where I want to be').selectOption(TO)
    const steps = page.locator('career-path [part~=plan-step]')
    expect(await steps.count()).toBeGreaterThanOrEqual(2)
    expect(await steps.last().locator('strong').textContent()).toBe('IT support manager')
    expect(await page.locator('career-path [part~=plan-total]').textContent()).toMatch(/Typical time: about \d+(\.\d+)? years?( · estimate)? \(\d+ steps?\)/)
    // Each step names the seniority reached, not a level.
    const best = seedGraph().plan(FROM, TO)
    expect(await steps.last().textContent()).toContain(`IT support manager · ${seniorityLabel(best.to.seniority!)}`)
    for (const section of ['Steps', 'Skills to grow', 'Certifications to consider', 'Resources']) {
      expect(await page.getByRole('heading', {level: 3, name: section}).isVisible()).toBe(true)
    }
    const [plan] = await events('careerpath:plan')
    expect(plan.detail.from).toBe(FROM)
    expect(plan.detail.to).toBe(TO)
    expect(plan.detail.plan.steps.length).toBe(await steps.count())
    expect(await announced()).toMatch(/^Plan: \d+ steps/)
  })

  it('with the keyboard alone: type-ahead in the selects', async () => {
    await open()
    await page.getByRole('button', {name: 'Plan a route'}).focus()
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    expect(await focused()).toMatch(/^select:/)
    await page.keyboard.type('Help desk')
    await page.keyboard.press('Tab')
    await page.keyboard.type('IT support manager')
    expect(await page.getByLabel('Where I am').inputValue()).toBe(FROM)
    expect(await page.getByLabel('Where I want to be').inputValue()).toBe(TO)
    expect(await page.locator('career-path [part~=plan-step]').count()).toBeGreaterThanOrEqual(2)
  })

  it('from a role page: "Plan a route from here" presets where I am', async () => {
    await open({'role-slug': 'senior-technician'})
    await page.getByRole('button', {name: 'Plan a route from here'}).click()
    expect(await page.getByLabel('Where I am').inputValue()).toBe('senior-technician')
    await page.getByLabel('Where I want to be').selectOption('help-desk-technician')
    expect(await page.locator('career-path .result').textContent()).toMatch(/No usual route/)
  })
})

describe('comparing two roles', () => {
  it('with the mouse and keyboard: from a role page, pick the second role', async () => {
    await open({'role-slug': 'help-desk-technician'})
    await page.getByRole('button', {name: 'Compare with another role'}).click()
    expect(await focused()).toBe('h2:Compare two roles')
    expect(await page.getByLabel('First role').inputValue()).toBe('help-desk-technician')
    await page.getByLabel('Second role').focus()
    await page.keyboard.type('IT support supervisor')
    const table = page.getByRole('table')
    expect(await table.locator('caption').textContent()).toBe('Help desk technician compared with IT support supervisor')
    const graph = seedGraph()
    const [a, b] = [graph.role('help-desk-technician'), graph.role('it-support-supervisor')]
    const cells = (name: string) => table.locator('tr', {has: page.locator('th', {hasText: new RegExp(`^${name}$`)})}).locator('td').allTextContents()
    expect(await cells('Seniority')).toEqual([seniorityLabel(a.seniority!), seniorityLabel(b.seniority!)])
    expect(await cells('Rung')).toEqual([`Rung ${a.rung}`, `Rung ${b.rung}`])
    expect(await cells('Degrees')).toEqual([a, b].map((r) => r.degrees.map((d) => d.title).join(', ') || '—'))
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(5)
  })
})

describe('comparing two roles with the keyboard alone', () => {
  it('tab to the view, type-ahead both roles, reach the table', async () => {
    await open()
    await page.focus('#before')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    expect(await focused()).toBe('button:Compare roles')
    await page.keyboard.press('Enter')
    expect(await focused()).toBe('h2:Compare two roles')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Support team lead')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Support manager')
    expect(await page.getByRole('table').locator('caption').textContent()).toBe('Support team lead compared with Support manager')
    // The table's scroll region is reachable too (axe: scrollable-region-focusable).
    await page.keyboard.press('Tab')
    expect(await focused()).toMatch(/^div:Support team lead compared with Support manager/)
  })
})

describe('host page control', () => {
  it('follows attribute changes after load', async () => {
    await open()
    const el = page.locator('career-path')
    await el.evaluate((e) => e.setAttribute('view', 'compare'))
    expect(await page.getByRole('heading', {level: 2, name: 'Compare two roles'}).isVisible()).toBe(true)
    await el.evaluate((e) => e.setAttribute('role-slug', 'support-manager'))
    expect(await page.getByRole('heading', {level: 2, name: 'Support manager'}).isVisible()).toBe(true)
    await el.evaluate((e) => (e.setAttribute('from', 'support-team-lead'), e.setAttribute('to', 'vp-of-support'), e.setAttribute('view', 'plan')))
    expect(await page.getByLabel('Where I want to be').inputValue()).toBe('vp-of-support')
    expect(await page.locator('career-path [part~=plan-step]').count()).toBe(seedGraph().plan('support-team-lead', 'vp-of-support').route.steps.length)
    // Attribute changes do not steal the page's focus.
    expect(await focused()).toBe('outside:')
  })

  it('follows track, and from + to without a view attribute open the planner, after load', async () => {
    await open()
    const el = page.locator('career-path')
    await el.evaluate((e) => e.setAttribute('track', 'support-management'))
    expect(await page.getByRole('heading', {level: 2}).textContent()).toBe('Support management')
    expect(await page.locator('career-path section.ladder').count()).toBe(1)
    await el.evaluate((e, [from, to]) => (e.setAttribute('from', from!), e.setAttribute('to', to!)), [FROM, TO])
    expect(await page.getByRole('heading', {level: 2}).textContent()).toBe('Plan your route')
    expect(await page.getByLabel('Where I want to be').inputValue()).toBe(TO)
    expect(await page.locator('career-path [part~=plan-step]').count()).toBeGreaterThan(1)
  })

  it('a re-render while the visitor is inside the widget keeps focus in it, on the new heading', async () => {
    await open()
    await page.getByRole('button', {name: 'Compare roles'}).focus()
    expect(await focused()).toBe('button:Compare roles')
    await page.locator('career-path').evaluate((e) => e.setAttribute('role-slug', 'senior-technician'))
    expect(await focused()).toBe('h2:Senior technician')
    await page.keyboard.press('Tab')
    expect(await focused()).toMatch(/^(a|button):/)
  })

  it('JS API: showRole, planRoute, data and reload', async () => {
    await open()
    const el = page.locator('career-path')
    await el.evaluate((e: any) => e.showRole('it-support-manager'))
    expect(await page.getByRole('heading', {level: 2, name: 'IT support manager'}).isVisible()).toBe(true)
    const plan = await el.evaluate((e: any) => e.planRoute('help-desk-technician', 'director-of-it-support'))
    expect(plan.to.slug).toBe('director-of-it-support')
    expect(plan.steps.at(-1).to.slug).toBe('director-of-it-support')
    expect(await page.getByRole('heading', {level: 2, name: 'Plan your route'}).isVisible()).toBe(true)
    const data = await el.evaluate((e: any) => {
      const d = e.data
      try {
        d.status = 'hacked'
      } catch {}
      return {status: d.status, view: d.view, from: d.from, to: d.to, frozen: Object.isFrozen(d), roles: d.curriculum.roles.length}
    })
    expect(data).toMatchObject({status: 'ready', view: 'plan', from: 'help-desk-technician', to: 'director-of-it-support', frozen: true})
    expect(data.roles).toBeGreaterThan(10)
    const before = t.web.requests.filter((r) => r.endsWith('careerpath-seed.json')).length
    await el.evaluate((e: any) => e.reload())
    expect(await el.evaluate((e: any) => e.data.status)).toBe('ready')
    expect(t.web.requests.filter((r) => r.endsWith('careerpath-seed.json')).length).toBe(before + 1)
    expect((await events('careerpath:load')).length).toBe(2)
  })
})
