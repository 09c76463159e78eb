// Takes the committed screenshots (home, a role page, the playground) from the built site.
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
}
// The committed set; pass a JSON array as the first argument to take others.
const DEFAULT_SHOTS: Shot[] = [
  {name: 'home', path: '/', width: 1280, height: 1500},
  {name: 'role-help-desk-technician', path: '/curriculum/roles/help-desk-technician/', width: 1280, height: 2400},
  {name: 'playground', path: '/playground/?view=role&role-slug=help-desk-technician', width: 1280, height: 1400, waitFor: 'career-path [part~="view-role"]'},
  {name: 'home-320', path: '/', width: 320, height: 1200},
]
const shots: Shot[] = process.argv[2] ? (JSON.parse(process.argv[2]) as Shot[]) : DEFAULT_SHOTS
const site = await openSite()
try {
  for (const shot of shots) {
    const {page, close} = await newPage(site, {width: shot.width, height: shot.height ?? 900})
    await page.goto(site.url(shot.path), {waitUntil: 'load'})
    if (shot.waitFor) await page.locator(shot.waitFor).first().waitFor({state: 'visible', timeout: 15_000})
    await page.waitForTimeout(300)
    await page.screenshot({path: `${out}${shot.name}.png`, fullPage: shot.fullPage ?? false})
    console.log(`screenshots/${shot.name}.png`)
    await close()
  }
} finally {
  await site.close()
}
