// The site in Spanish and German, in real Chromium against the built site: every role has its /es/ and /de/ page in
// that language (`<html lang>`, the SDK's translated content), hreflang alternates lead to pages that exist, the
// language picker goes to the same page in the other language, search in each language finds that language's pages,
// text still in English is marked and noted, and axe finds nothing on Spanish and German pages.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {createCareerPathClient} from '@careerpath/sdk'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {describeViolations, distDir, newPage, openSite, runAxe, type Site} from './browser.ts'

let site: Site
const sdk = createCareerPathClient()
const LANGS = ['es', 'de'] as const
/** Starlight's own notice on a page shown in English because it has no translation yet (its es and de strings). */
const UNTRANSLATED = {es: /no está disponible en tu idioma/, de: /noch nicht in deiner Sprache/}

beforeAll(async () => {
  site = await openSite()
})
afterAll(async () => {
  await site?.close()
})

/** Every built page's path (`/es/curriculum/roles/x/`) with its HTML. */
function builtPages(): {path: string; html: string}[] {
  const out: {path: string; html: string}[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const file = join(dir, entry.name)
      if (entry.isDirectory()) walk(file)
      else if (entry.name === 'index.html') out.push({path: `/${file.slice(distDir.length + 1, -'index.html'.length)}`, html: readFileSync(file, 'utf8')})
    }
  }
  walk(distDir)
  return out
}

const alternatesOf = (html: string) =>
  [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/?>/g)].map((m) => ({hreflang: m[1]!, path: new URL(m[2]!).pathname}))

describe('pages per language', () => {
  it('builds every role in Spanish and German with <html lang> right and the SDK’s translated content', async () => {
    const roles = await sdk.listRoles()
    const {page, problems, close} = await newPage(site, {javaScript: false})
    for (const lang of LANGS) {
      for (const r of roles) {
        const role = await sdk.getRole(r.slug, {language: lang})
        await page.goto(site.url(`/${lang}/curriculum/roles/${r.slug}/`))
        await expect(page.locator('html').getAttribute('lang'), r.slug).resolves.toBe(lang)
        await expect(page.locator('h1').innerText(), r.slug).resolves.toBe(role.title)
        const english = await sdk.getRole(r.slug)
        expect(role.title === english.title && role.fallbacks.length === 0, `${lang} ${r.slug}: title not translated`).toBe(false)
        await expect(page.locator('#responsibilities + ul > li').allInnerTexts()).resolves.toEqual(role.responsibilities)
      }
    }
    // The root stays English.
    await page.goto(site.url(`/curriculum/roles/${roles[0]!.slug}/`))
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en')
    expect(problems).toEqual([])
    await close()
  })

  it('gives every translated page hreflang alternates (en, es, de, x-default) that resolve to existing pages in that language', async () => {
    const pages = builtPages()
    const byPath = new Map(pages.map((p) => [p.path, p.html]))
    let translated = 0
    for (const {path, html} of pages) {
      const alternates = alternatesOf(html)
      const lang = html.match(/<html lang="([^"]+)"/)?.[1]
      if (alternates.length === 0) {
        // Only pages built in English alone go without: the reference, the playground, search.
        expect(lang, path).toBe('en')
        expect(path, path).toMatch(/^\/(reference|playground|search|guides\/$|404)/)
        continue
      }
      translated++
      expect(alternates.map((a) => a.hreflang).sort(), path).toEqual(['de', 'en', 'es', 'x-default'])
      for (const a of alternates) {
        const target = byPath.get(a.path)
        expect(target, `${path} → ${a.hreflang} ${a.path}`).toBeDefined()
        expect(target!.match(/<html lang="([^"]+)"/)?.[1], `${a.path}`).toBe(a.hreflang === 'x-default' ? 'en' : a.hreflang)
      }
    }
    expect(translated).toBeGreaterThan(400)
    // And through the server, as a crawler follows them.
    const {page, close} = await newPage(site)
    const role = (await sdk.listRoles())[0]!
    await page.goto(site.url(`/de/curriculum/roles/${role.slug}/`))
    const hrefs = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((els) => els.map((el) => el.getAttribute('href')!))
    for (const href of hrefs) {
      const response = await page.request.get(site.url(new URL(href).pathname))
      expect(response.status(), href).toBe(200)
    }
    await close()
  })
})

describe('language picker', () => {
  it('goes to the same page in the other language, and back', async () => {
    const role = (await sdk.listRoles()).find((r) => r.rung === 2)!
    const {page, problems, close} = await newPage(site)
    await page.goto(site.url(`/curriculum/roles/${role.slug}/`))
    const picker = page.locator('header starlight-lang-select select').first()
    await Promise.all([page.waitForURL(`**/es/curriculum/roles/${role.slug}/`), picker.selectOption({label: 'Español'})])
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es')
    await expect(page.locator('h1').innerText()).resolves.toBe((await sdk.getRole(role.slug, {language: 'es'})).title)
    await Promise.all([page.waitForURL(`**/de/curriculum/roles/${role.slug}/`), page.locator('header starlight-lang-select select').first().selectOption({label: 'Deutsch'})])
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de')
    // A Markdown page: Spanish and German have their own.
    await page.goto(site.url('/de/getting-started/'))
    await Promise.all([page.waitForURL((u) => u.pathname === '/getting-started/'), page.locator('header starlight-lang-select select').first().selectOption({label: 'English'})])
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en')
    expect(problems).toEqual([])
    await close()
  })

  it('is left off pages built in English only', async () => {
    const {page, close} = await newPage(site)
    await page.goto(site.url('/reference/'))
    expect(await page.locator('starlight-lang-select').count()).toBe(0)
    await page.goto(site.url('/es/'))
    expect(await page.locator('starlight-lang-select').count()).toBeGreaterThan(0)
    await close()
  })
})

describe('the widget playground from a Spanish or German page', () => {
  it('opens the widget in that language, and the snippet says so', async () => {
    const role = (await sdk.listRoles()).find((r) => r.rung === 2)!
    const {page, problems, close} = await newPage(site)
    await page.goto(site.url(`/de/curriculum/roles/${role.slug}/`))
    const link = page.locator('#career-map ~ p a[href^="/playground/"]').first()
    await expect(link.getAttribute('href')).resolves.toContain('lang=de')
    await Promise.all([page.waitForURL('**/playground/**'), link.click()])
    const widget = page.locator('#playground-widget')
    await expect.poll(() => widget.getAttribute('lang')).toBe('de')
    await expect(page.locator('#pg-lang').inputValue()).resolves.toBe('de')
    await expect(page.locator('[data-snippet]').innerText()).resolves.toContain('lang="de"')
    // Back to the page's language: the attribute goes.
    await page.locator('#pg-lang').selectOption('')
    await expect.poll(() => widget.getAttribute('lang')).toBeNull()
    expect(problems).toEqual([])
    await close()
  })
})

describe('search per language', () => {
  for (const lang of LANGS) {
    it(`finds a ${lang} page for a ${lang} word on /${lang}/, and no ${lang} page from an English one`, async () => {
      // A word only the translation has: in one translated role title alone, absent from every English title and summary.
      const english = await sdk.listRoles()
      const englishText = (await Promise.all(english.map((r) => sdk.getRole(r.slug)))).map((r) => `${r.title} ${r.summary}`).join(' ').toLowerCase()
      const translated = await Promise.all(english.map((r) => sdk.getRole(r.slug, {language: lang})))
      const words = (title: string) => title.toLowerCase().split(/[\s:/()-]+/)
      let found: {slug: string; word: string} | undefined
      for (const role of translated) {
        const word = words(role.title).find((w) => w.length >= 5 && !englishText.includes(w) && translated.filter((x) => words(x.title).includes(w)).length === 1)
        if (word) {
          found = {slug: role.slug, word}
          break
        }
      }
      expect(found, `a ${lang} role title with a word of its own`).toBeDefined()
      const {page, problems, close} = await newPage(site)
      const search = async (path: string) => {
        await page.goto(site.url(path))
        await page.locator('site-search button[data-open-modal]').click()
        await page.locator('#starlight__search input').fill(found!.word)
        const dialog = page.locator('site-search dialog')
        // Done when the count is shown (Pagefind's "N results for", "N resultados para", "N Ergebnisse für", or none).
        await expect
          .poll(() => dialog.locator('.pagefind-ui__message').innerText(), {message: found!.word})
          .toMatch(/^(\d+ (results?|resultados?|Ergebnis(se)?) |No results|Keine Ergebnisse|No se encontraron)/)
        // Pagefind draws each result before its data arrives: wait until every drawn result has its link.
        const links = () => dialog.locator('.pagefind-ui__result').evaluateAll((els) => els.map((el) => el.querySelector('a.pagefind-ui__result-link')?.getAttribute('href') ?? ''))
        await expect.poll(async () => (await links()).every(Boolean), {message: found!.word}).toBe(true)
        const hrefs = (await links()).map((h) => new URL(h, site.url('/')).pathname)
        await page.keyboard.press('Escape')
        return hrefs
      }
      const inLanguage = await search(`/${lang}/`)
      expect(inLanguage.length, found!.word).toBeGreaterThan(0)
      expect(inLanguage.every((p) => p.startsWith(`/${lang}/`)), inLanguage.join(', ')).toBe(true)
      expect(inLanguage, found!.word).toContain(`/${lang}/curriculum/roles/${found!.slug}/`)
      // The English index knows no Spanish or German page.
      const fromEnglish = await search('/getting-started/')
      expect(fromEnglish.filter((p) => p.startsWith(`/${lang}/`))).toEqual([])
      expect(problems).toEqual([])
      await close()
    })
  }
})

describe('text still in English', () => {
  it('is noted on the page and marked lang="en" where the SDK reports a fallback, and nowhere else', async () => {
    const {page, problems, close} = await newPage(site, {javaScript: false})
    for (const lang of LANGS) {
      const certs = await Promise.all((await sdk.listCertifications()).map((c) => sdk.getCertification(c.slug, {language: lang})))
      const withFallback = certs.find((c) => (c.fallbacks as readonly string[]).includes('title'))
      const without = certs.find((c) => c.fallbacks.length === 0)
      expect(withFallback, `${lang}: a certification whose title stays English`).toBeDefined()
      await page.goto(site.url(`/${lang}/curriculum/certifications/${withFallback!.slug}/`))
      const note = page.locator('[data-fallback-note]')
      await expect(note.isVisible()).resolves.toBe(true)
      await expect(note.getAttribute('data-fields')).resolves.toBe(withFallback!.fallbacks.join(' '))
      await expect(page.locator('h1').getAttribute('lang')).resolves.toBe('en')
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang)
      if (without) {
        await page.goto(site.url(`/${lang}/curriculum/certifications/${without.slug}/`))
        expect(await page.locator('[data-fallback-note]').count()).toBe(0)
        await expect(page.locator('h1').getAttribute('lang')).resolves.toBeNull()
      }
      // A role translated in full has no note.
      const role = (await sdk.listRoles())[0]!
      expect((await sdk.getRole(role.slug, {language: lang})).fallbacks).toEqual([])
      await page.goto(site.url(`/${lang}/curriculum/roles/${role.slug}/`))
      expect(await page.locator('[data-fallback-note]').count()).toBe(0)
      // Starlight's own notice on a guide not written in this language yet, and none on Getting started, which is.
      await page.goto(site.url(`/${lang}/guides/sdk/`))
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang)
      const notice = page.locator('main p').filter({hasText: UNTRANSLATED[lang]})
      await expect(notice.isVisible()).resolves.toBe(true)
      await page.goto(site.url(`/${lang}/getting-started/`))
      expect(await page.locator('main p').filter({hasText: UNTRANSLATED[lang]}).count()).toBe(0)
    }
    expect(problems).toEqual([])
    await close()
  })
})

describe('accessibility in Spanish and German', () => {
  for (const lang of LANGS) {
    it(`has no axe violations on a ${lang} role page, the ${lang} curriculum overview and Getting started`, async () => {
      const role = (await sdk.listRoles()).find((r) => r.rung === 2)!
      const {page, problems, close} = await newPage(site)
      for (const path of [`/${lang}/curriculum/roles/${role.slug}/`, `/${lang}/curriculum/`, `/${lang}/getting-started/`]) {
        await page.goto(site.url(path))
        await page.waitForLoadState('networkidle')
        const violations = await runAxe(page)
        expect(violations, `${path}\n${describeViolations(violations)}`).toEqual([])
      }
      expect(problems).toEqual([])
      await close()
    })
  }
})

