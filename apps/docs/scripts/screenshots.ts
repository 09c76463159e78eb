// Takes the committed screenshots from the built site: home, a role page, the reference, search and the playground,
// each at 1280 and 320 px.
import {mkdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {newPage, openSite} from '../test/browser.ts'

const out = fileURLToPath(new URL('../screenshots/', import.meta.url))
mkdirSync(out, {recursive: true})
interface Shot {
  name: string
  path: string
  width: number
  height?: number
  fullPage?: boolean
  waitFor?: string
  /** Opens the header's search dialog and types this. */
  search?: string
  colorScheme?: 'light' | 'dark'
  javaScript?: boolean
}
const PAGES: Omit<Shot, 'name' | 'width'>[] = [
  {path: '/'},
  {path: '/curriculum/roles/help-desk-technician/'},
  {path: '/reference/widget/'},
  {path: '/guides/', search: 'cors'},
  {path: '/playground/?view=role&role-slug=help-desk-technician', waitFor: 'career-path [part~="view-role"]'},
]
const NAMES = ['home', 'role-help-desk-technician', 'reference-widget', 'search-cors', 'playground']
// The committed set; pass a JSON array as the first argument to take others.
const DEFAULT_SHOTS: Shot[] = [
  ...PAGES.flatMap((p, i) => [
    {...p, name: `${NAMES[i]}-1280`, width: 1280, height: 1000},
    {...p, name: `${NAMES[i]}-320`, width: 320, height: 900},
  ]),
  // The career map as a visitor without JavaScript sees it, and a role page in the dark theme.
  {name: 'role-senior-technician-no-js-1280', path: '/curriculum/roles/senior-technician/#career-map', width: 1280, height: 1000, javaScript: false},
  {name: 'role-senior-technician-dark-1280', path: '/curriculum/roles/senior-technician/#career-map', width: 1280, height: 1000, colorScheme: 'dark'},
  // Spanish and German: a role page, a page with a part still in English, Getting started, search in the language.
  {name: 'es-role-help-desk-technician-1280', path: '/es/curriculum/roles/help-desk-technician/', width: 1280, height: 1000},
  {name: 'de-role-help-desk-technician-320', path: '/de/curriculum/roles/help-desk-technician/', width: 320, height: 900},
  {name: 'es-certification-fallback-1280', path: '/es/curriculum/certifications/comptia-a-plus/', width: 1280, height: 800},
  {name: 'de-getting-started-1280', path: '/de/getting-started/', width: 1280, height: 1000},
  {name: 'es-search-1280', path: '/es/', width: 1280, height: 900, search: 'técnico'},
]
const shots: Shot[] = process.argv[2] ? (JSON.parse(process.argv[2]) as Shot[]) : DEFAULT_SHOTS
const site = await openSite()
try {
  for (const shot of shots) {
    const {page, close} = await newPage(site, {width: shot.width, height: shot.height ?? 900, colorScheme: shot.colorScheme ?? 'light', javaScript: shot.javaScript ?? true})
    await page.goto(site.url(shot.path), {waitUntil: 'load'})
    if (shot.waitFor) await page.locator(shot.waitFor).first().waitFor({state: 'visible', timeout: 15_000})
    if (shot.waitFor === undefined && shot.path.includes('#career-map') && shot.javaScript !== false) await page.locator('career-path').evaluate((el) => customElements.whenDefined(el.localName))
    if (shot.search) {
      await page.locator('site-search button[data-open-modal]').click()
      await page.locator('#starlight__search input').fill(shot.search)
      await page.locator('#starlight__search .pagefind-ui__result').first().waitFor({timeout: 15_000})
    }
    await page.waitForTimeout(300)
    await page.screenshot({path: `${out}${shot.name}.png`, fullPage: shot.fullPage ?? false})
    console.log(`screenshots/${shot.name}.png`)
    await close()
  }
} finally {
  await site.close()
}
