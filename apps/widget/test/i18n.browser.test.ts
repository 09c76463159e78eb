/**
 * Languages in real Chromium: the Spanish and German widgets in every view
 * show no English words where a translation exists (neither the widget's own
 * nor the content's), pass axe, mark what fell back to English `lang="en"` and
 * say so in `el.data.fallbacks`; a made-up right-to-left catalogue mirrors the
 * layout and keeps the drawn moves on their roles; hosts override words and
 * add languages. Screenshots of the map and a role in es and de at 1280 and
 * 320 px (docs/screenshots with UPDATE_DOCS_SCREENSHOTS=1).
 */
import {copyFileSync} from 'node:fs'
import {join} from 'node:path'
import {createCareerPathClient} from '@careerpath/sdk'
import {PROFICIENCY_LABELS, SENIORITY_LABELS, TRANSLATED_LABELS, VALUE_LABELS} from '@careerpath/sdk/graph'
import {graphDocumentsQuery} from '@careerpath/sdk/queries'
import {createSnapshot, type SnapshotDocument} from '@careerpath/sdk/snapshot'
import type {Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {EN as CORE} from '../src/i18n/en'
import {EN_VIEWS} from '../src/i18n/en-views'
import {DOCS_SCREENSHOT_DIR, openPage, SCREENSHOT_DIR, settled} from './browser'
import {axeViolations, noSideways} from './checks'
import {COMPARE_A, COMPARE_B, FROM, TO} from './fixtures'
import {useHarness} from './harness'

const t = useHarness()
const EN = {...CORE, ...EN_VIEWS}
let documents: SnapshotDocument[]
const ROLE = 'senior-technician'
const ASSESSMENT = {role: FROM, skills: {troubleshooting: 3, networking: 1}}

beforeAll(async () => {
  documents = await createCareerPathClient().fetch<SnapshotDocument[]>(graphDocumentsQuery, {language: 'en'})
  // Every language, as `careerpath snapshot` writes it; and the same with one role's Spanish summary missing.
  t.web.routes.set('/fixtures/all-languages.json', {body: JSON.stringify(createSnapshot(documents, {kind: 'embedded', perspective: 'published'}))})
  const missing = structuredClone(documents)
  const role = missing.find((d) => d._id === `role-${ROLE}`) as unknown as {summary: {language: string}[]}
  role.summary = role.summary.filter((s) => s.language !== 'es')
  t.web.routes.set('/fixtures/es-summary-missing.json', {body: JSON.stringify(createSnapshot(missing, {kind: 'embedded', perspective: 'published'}))})
})

/** Every view (and the two states a visitor may meet), as a host opens it. */
const VIEWS: Record<string, Record<string, string>> = {
  map: {},
  role: {'role-slug': ROLE},
  plan: {view: 'plan', from: FROM, to: TO},
  compare: {view: 'compare', 'compare-a': COMPARE_A, 'compare-b': COMPARE_B},
  assess: {view: 'assess'},
  error: {src: '/fixtures/broken.json'},
  notice: {src: '/fixtures/broken.json', fallback: 'seed'},
  // A host's attribute naming a role that does not exist: the SDK's English error stays for developers.
  'unknown role': {view: 'plan', from: 'no-such-role', to: TO},
}

interface Mount {
  attrs?: Record<string, string>
  /** `lang`/`dir` of the host page's <html>. */
  html?: {lang?: string; dir?: string}
  /** Set as the `messages` property before the element connects. */
  messages?: Record<string, string>
  width?: number
}

async function show({attrs = {}, html, messages, width = 1280}: Mount): Promise<{page: Page; errors: string[]; warnings: string[]}> {
  const {page, errors} = await openPage(t.browser, `${t.web.url}/pages/blank.html`, {width, height: 900})
  const warnings: string[] = []
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()))
  await page.evaluate(
    ({attrs, html, messages}) => {
      if (html?.lang) document.documentElement.lang = html.lang
      if (html?.dir) document.documentElement.dir = html.dir
      const el = document.createElement('career-path') as HTMLElement & {messages?: unknown}
      for (const [k, v] of Object.entries({loading: 'eager', ...attrs})) el.setAttribute(k, v)
      if (messages) el.messages = messages
      document.getElementById('slot')!.append(el)
    },
    {attrs, html, messages},
  )
  await settled(page)
  await page.waitForTimeout(80) // the map's moves in words come a moment after it paints
  return {page, errors, warnings}
}

const el = (page: Page) => page.locator('career-path').first()
const data = (page: Page) => el(page).evaluate((e: any) => JSON.parse(JSON.stringify(e.data)))

/**
 * Every text the widget shows or gives to assistive technology: text nodes,
 * aria-labels, option group labels. With `english` false, text marked
 * `lang="en"` (content that exists only in English) is left out.
 */
const texts = (page: Page, english = true): Promise<string[]> =>
  page.evaluate((english) => {
    const root = document.querySelector('career-path')!.shadowRoot!
    const out: string[] = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent!.trim() && (english || n.parentElement!.closest('[lang]')!.getAttribute('lang') !== 'en')) out.push(n.textContent!.trim())
    for (const e of root.querySelectorAll('[aria-label]')) out.push(e.getAttribute('aria-label')!)
    for (const e of root.querySelectorAll('optgroup')) out.push((e as HTMLOptGroupElement).label)
    return out
  }, english)

const words = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u')

/** The English catalogue's wording, in pieces between placeholders, long enough not to be a name. */
const englishMessages = (): string[] => [
  ...new Set(
    Object.values(EN)
      .flatMap((v) => v.split(/\{\w+\}/).map((p) => p.replace(/^[\s.,:;·()“”"]+|[\s.,:;·()“”"]+$/g, '')))
      .filter((p) => p.length >= 6 && /\p{L}/u.test(p)),
  ),
]

/** The SDK's English labels that read differently in `language` ("Director" is also a Spanish word, so labels are matched as whole phrases). */
function englishLabels(language: 'es' | 'de'): string[] {
  const labels = [...PROFICIENCY_LABELS, ...SENIORITY_LABELS, ...Object.values(VALUE_LABELS).flatMap((l) => Object.values(l) as string[])]
  const theirs = new Set([...TRANSLATED_LABELS[language].proficiency, ...TRANSLATED_LABELS[language].seniority, ...Object.values(TRANSLATED_LABELS[language].lists).flat()])
  return labels.filter((l) => !theirs.has(l)).map((l) => l.replace(/\s*\(.*\)$/, ''))
}
/** A text cut where labels stand alone: "Rung 2 · Senior", "3/5 Practitioner", "Book · Paid". */
const phrases = (texts: string[]) => new Set(texts.flatMap((t) => t.split(/\s*(?:[·(),:]|\d+\/5|^\d+|↑|→|↗)\s*/)).map((p) => p.trim()))

/**
 * English content of every localized field that has a different text in
 * `language`, except where the translation keeps the English term itself
 * ("Developer advocate (relaciones con desarrolladores)").
 */
function translatedEnglish(language: string): string[] {
  const out = new Set<string>()
  const theirs: string[] = []
  const walk = (v: unknown): void => {
    if (!Array.isArray(v)) return void (v && typeof v === 'object' && Object.values(v).forEach(walk))
    const items = v as {language?: string; value?: unknown}[]
    if (!items.length || !items.every((i) => i && typeof i.language === 'string')) return void items.forEach(walk)
    const [en, other] = ['en', language].map((l) => items.find((i) => i.language === l)?.value)
    if (typeof other === 'string') theirs.push(other)
    if (typeof en === 'string' && typeof other === 'string' && other.trim() && en !== other && en.length > 3) out.add(en)
  }
  documents.forEach(walk)
  return [...out].filter((en) => !theirs.some((t) => t.includes(en)))
}

describe.each(['es', 'de'] as const)('the widget in %s', (language) => {
  it.each(Object.keys(VIEWS))('%s: no English word where a translation exists, zero axe violations', async (view) => {
    const {page, errors} = await show({attrs: {lang: language, ...VIEWS[view]}})
    if (view === 'assess') await el(page).evaluate((e: any, a) => e.setAssessment(a), ASSESSMENT)
    expect((await data(page)).language).toBe(language)
    expect(await page.locator('career-path [part~=root]').getAttribute('lang')).toBe(language)
    const shown = await texts(page)
    const ours = await texts(page, false)
    expect(shown.length).toBeGreaterThanOrEqual(view === 'error' ? 3 : 20)
    expect(englishMessages().filter((s) => ours.some((t) => words(s).test(t))), 'English UI words').toEqual([])
    const cut = phrases(ours)
    expect(englishLabels(language).filter((l) => cut.has(l)), 'English labels').toEqual([])
    // Material that exists only in English (a resource's title) is marked lang="en" and left out here.
    expect(translatedEnglish(language).filter((s) => ours.some((t) => words(s).test(t))), 'English content that has a translation').toEqual([])
    if (view === 'notice') expect(await page.locator('career-path [part~=notice]').textContent()).not.toBe(EN.noticeSeed)
    expect(await axeViolations(page)).toEqual([])
    expect(errors.filter((e) => !e.includes('status of 500'))).toEqual([])
    await page.context().close()
  })

  it('the map and a role at 1280 and 320 px (screenshots), plurals in the language, no sideways scrolling', async () => {
    for (const width of [1280, 320]) {
      for (const [name, attrs] of [['ladders', {}], ['role', {'role-slug': ROLE}]] as const) {
        const {page} = await show({attrs: {lang: language, ...attrs}, width})
        const all = (await texts(page)).join('\n')
        // Years are counted in the language: never "1 años" or "2 Jahr".
        const [one, many] = language === 'es' ? ['año', 'años'] : ['Jahr', 'Jahren']
        expect(all).not.toMatch(new RegExp(`(?<![\\d,])1 ${many}\\b`))
        expect(all).not.toMatch(new RegExp(`(?<![\\d,])[2-9] ${one}\\b`))
        if (name === 'ladders') expect(all).toMatch(new RegExp(`(?<![\\d,])1 ${one}\\b`))
        expect(await noSideways(page)).toEqual([])
        await page.screenshot({path: join(SCREENSHOT_DIR, `${name}-${width}-${language}.png`), fullPage: true})
        await page.context().close()
      }
    }
  })
})

describe('content that is not translated', () => {
  it('falls back to English per field: el.data.fallbacks says which, the text is marked lang="en"', async () => {
    const {page} = await show({attrs: {lang: 'es', src: '/fixtures/es-summary-missing.json', 'role-slug': ROLE}})
    const {fallbacks} = await data(page)
    const english = (documents.find((d) => d._id === `role-${ROLE}`) as any).summary.find((s: any) => s.language === 'en').value
    expect(fallbacks).toContainEqual({id: `role-${ROLE}`, type: 'role', field: 'summary', text: english})
    // Nothing else of the role fell back: its other fields are translated.
    expect(fallbacks.filter((f: {id: string}) => f.id === `role-${ROLE}`)).toHaveLength(1)
    const summary = page.locator('career-path .summary')
    expect(await summary.textContent()).toBe(english)
    expect(await summary.getAttribute('lang')).toBe('en')
    // The title next to it is Spanish and not marked.
    expect(await page.locator('career-path h2').getAttribute('lang')).toBeNull()
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  })

  it('proper names kept in English (certifications, organisations) are reported and marked; the English page reports none', async () => {
    const {page} = await show({attrs: {lang: 'es', 'role-slug': 'help-desk-technician'}})
    const {fallbacks} = await data(page)
    expect(fallbacks.length).toBeGreaterThan(0)
    expect(fallbacks.every((f: {type: string}) => f.type === 'certification' || f.type === 'organisation')).toBe(true)
    const marked = await page.locator('career-path [part~=certification] a [lang=en], career-path [part~=certification] a[lang=en], career-path [part~=certification] [lang=en]').count()
    expect(marked).toBeGreaterThan(0)
    // A resource in English says so and keeps its own language.
    expect(await page.locator('career-path [part~=resource] a > span[lang=en]').count()).toBeGreaterThan(0)
    expect(await page.locator('career-path [part~=resource]').first().textContent()).toContain('en inglés')
    await page.context().close()
    const en = await show({attrs: {'role-slug': 'help-desk-technician'}})
    expect((await data(en.page)).fallbacks).toEqual([])
    expect(await en.page.locator('career-path [part~=root] [lang]').count()).toBe(0)
    await en.page.context().close()
  })

  it('changing lang re-renders in the new language without fetching again when the data holds every language', async () => {
    const {page} = await show({attrs: {lang: 'es', src: '/fixtures/all-languages.json', 'role-slug': ROLE}})
    const heading = () => page.locator('career-path h2').textContent()
    const spanish = await heading()
    const requests = t.web.requests.filter((r) => r.startsWith('/fixtures/all-languages.json')).length
    await el(page).evaluate((e) => e.setAttribute('lang', 'de'))
    await page.waitForFunction(() => (document.querySelector('career-path') as any).data.language === 'de')
    await expect.poll(heading).not.toBe(spanish)
    expect(await page.getByRole('button', {name: 'Meinen Weg von hier planen'}).count()).toBe(1)
    expect(t.web.requests.filter((r) => r.startsWith('/fixtures/all-languages.json')).length).toBe(requests)
    await el(page).evaluate((e) => e.setAttribute('lang', 'en'))
    await expect.poll(heading).toBe((documents.find((d) => d._id === `role-${ROLE}`) as any).title.find((s: any) => s.language === 'en').value)
    await page.context().close()
  })
})

describe('which language', () => {
  it('follows the page: <html lang="es-MX"> is Spanish, "de-AT" German; the element’s own lang wins', async () => {
    for (const [html, expected] of [
      ['es-MX', 'es'],
      ['de-AT', 'de'],
      ['en-GB', 'en'],
    ]) {
      const {page} = await show({html: {lang: html}})
      expect((await data(page)).language).toBe(expected)
      await page.context().close()
    }
    const {page} = await show({html: {lang: 'de'}, attrs: {lang: 'es'}})
    expect((await data(page)).language).toBe('es')
    expect(await page.getByRole('button', {name: 'Planificar una ruta'}).count()).toBe(1)
    await page.context().close()
  })

  it('a language without words shows English, with one console warning however many elements ask', async () => {
    const {page, warnings} = await show({attrs: {lang: 'fr'}})
    await page.evaluate(() => {
      const second = document.createElement('career-path')
      second.setAttribute('lang', 'fr')
      second.setAttribute('loading', 'eager')
      document.getElementById('slot')!.append(second)
    })
    await page.waitForFunction(() => [...document.querySelectorAll('career-path')].every((e: any) => e.data.status === 'ready'))
    expect((await data(page)).language).toBe('en')
    expect(await page.getByRole('button', {name: 'Plan a route'}).count()).toBe(2)
    expect(warnings.filter((w) => w.includes('"fr"'))).toHaveLength(1)
    await page.context().close()
  })
})

describe('host overrides', () => {
  it('the messages property and attribute override any word, in any language, and keep the rest', async () => {
    const {page, warnings} = await show({messages: {navMap: 'Our career map', moves_one: '{count} step', moves_other: '{count} steps'}})
    expect(await page.getByRole('button', {name: 'Our career map'}).count()).toBe(1)
    expect(await page.getByRole('button', {name: 'Plan a route'}).count()).toBe(1)
    await el(page).evaluate((e) => e.setAttribute('messages', JSON.stringify({navPlan: 'Mi ruta'})))
    await el(page).evaluate((e: any) => (e.messages = undefined))
    await el(page).evaluate((e) => e.setAttribute('lang', 'es'))
    await expect.poll(() => page.getByRole('button', {name: 'Mi ruta'}).count()).toBe(1)
    expect(await page.getByRole('button', {name: 'Mapa de carrera'}).count()).toBe(1)
    expect(warnings).toEqual([])
    await page.context().close()
  })

  it('a language the widget does not ship, from the host, with its plural forms', async () => {
    const {page, warnings} = await show({
      attrs: {lang: 'pl', view: 'plan', from: FROM, to: TO},
      messages: {navPlan: 'Zaplanuj drogę', moves_one: '{count} krok', moves_few: '{count} kroki', moves_many: '{count} kroków', moves_other: '{count} kroku'},
    })
    expect((await data(page)).language).toBe('pl')
    expect(await page.locator('career-path [part~=root]').getAttribute('lang')).toBe('pl')
    expect(await page.getByRole('button', {name: 'Zaplanuj drogę'}).count()).toBe(1)
    // Polish counts 2–4 as "few": the host's form is used, picked by Intl.PluralRules.
    expect(await page.locator('career-path [part~=plan-total]').textContent()).toMatch(/\b[234] kroki\b/)
    expect(warnings).toEqual([])
    await page.context().close()
  })
})

/** A made-up right-to-left catalogue of a few words, as a host would give it. */
const AR = {navLabel: 'المسارات المهنية', navMap: 'خريطة المسار', navPlan: 'خطط مسارك', navCompare: 'قارن الأدوار', navAssess: 'مهاراتك', mapTitle: 'خريطة المسار المهني'}

describe('right to left', () => {
  it('a host page in Arabic (dir="rtl") mirrors the layout: the first ladder at the right, the nav starting at the right', async () => {
    const {page, warnings} = await show({html: {lang: 'ar', dir: 'rtl'}, messages: AR})
    expect(await data(page)).toMatchObject({language: 'ar', dir: 'rtl'})
    expect(await page.locator('career-path [part~=root]').getAttribute('dir')).toBe('rtl')
    const box = async (selector: string) => (await page.locator(`career-path ${selector}`).first().boundingBox())!
    const [first, second] = [await box('[part~=ladder] >> nth=0'), await box('[part~=ladder] >> nth=1')]
    expect(first.x).toBeGreaterThan(second.x)
    const [nav, firstButton] = [await box('[part~=nav]'), await box('[part~=nav-button]')]
    expect(firstButton.x + firstButton.width).toBeGreaterThan(nav.x + nav.width - 12)
    expect(await page.locator('career-path [part~=nav-button]').first().textContent()).toBe(AR.navMap)
    // The axis (seniority names) sits at the right, where the map starts.
    const [band, map] = [await box('.band'), await box('[part~=ladders]')]
    expect(band.x + band.width).toBeGreaterThan(map.x + map.width - 8)
    expect(await movesOnTheirRoles(page)).toEqual([])
    // Right goes to the track drawn to the right: in right to left, the previous one.
    await page.locator('career-path .node[data-c="1"]').first().focus()
    await page.keyboard.press('ArrowRight')
    expect(await page.evaluate(() => (document.querySelector('career-path')!.shadowRoot!.activeElement as HTMLElement).dataset.c)).toBe('0')
    expect(warnings).toEqual([])
    expect(await axeViolations(page)).toEqual([])
    await page.screenshot({path: join(SCREENSHOT_DIR, 'ladders-1280-ar-rtl.png'), fullPage: true})
    await page.context().close()
  })

  it('the drawn moves start and end on their roles in left to right too', async () => {
    const {page} = await show({})
    expect(await movesOnTheirRoles(page)).toEqual([])
    await page.context().close()
  })
})

/** Moves whose line does not start on its source role or whose arrowhead does not touch its target (2 px slack). */
function movesOnTheirRoles(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('career-path')!.shadowRoot!
    const map = root.querySelector('.map')!
    const lit: string[] = []
    // Path coordinates are the grid's; rectangles are read after each focus (which may scroll).
    const near = (x: number, y: number, r: DOMRect) => {
      const grid = map.getBoundingClientRect()
      return x >= r.left - grid.left - 2 && x <= r.right - grid.left + 2 && y >= r.top - grid.top - 2 && y <= r.bottom - grid.top + 2
    }
    const nodes = [...root.querySelectorAll<HTMLElement>('.node')]
    const paths = [...root.querySelectorAll<SVGPathElement>('.edges path')]
    // Each role lights its own moves on focus: pair paths with roles through that.
    for (const node of nodes) {
      node.focus()
      const targets = [...root.querySelectorAll<HTMLElement>('.node.tgt')]
      const on = paths.filter((p) => p.classList.contains('on'))
      for (const p of on) {
        const n = p.getAttribute('d')!.match(/-?[\d.]+/g)!.map(Number)
        const [sx, sy] = [n[0]!, n[1]!]
        const [tx, ty] = [n[n.length - 4]!, n[n.length - 3]!]
        if (!near(sx, sy, node.getBoundingClientRect())) lit.push(`${node.dataset.role}: starts off its role`)
        if (!targets.some((t) => near(tx, ty, t.getBoundingClientRect()))) lit.push(`${node.dataset.role}: ends off its targets`)
      }
    }
    return lit
  })
}

afterAll(() => {
  if (!process.env.UPDATE_DOCS_SCREENSHOTS) return
  for (const language of ['es', 'de']) for (const name of ['ladders', 'role']) for (const width of [1280, 320]) copyFileSync(join(SCREENSHOT_DIR, `${name}-${width}-${language}.png`), join(DOCS_SCREENSHOT_DIR, `${name}-${width}-${language}.png`))
  copyFileSync(join(SCREENSHOT_DIR, 'ladders-1280-ar-rtl.png'), join(DOCS_SCREENSHOT_DIR, 'ladders-1280-ar-rtl.png'))
})
