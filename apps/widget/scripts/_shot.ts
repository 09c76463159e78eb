// Scratch: screenshots of views for review (not committed).
import {launchBrowser, mount, openPage, settled} from '../test/browser.ts'
import {startStaticServer} from '../test/static-server.ts'
const web = await startStaticServer()
const browser = await launchBrowser()
const [name, attrsJson, width = '1280', scheme = 'light', extra = ''] = process.argv.slice(2)
const {page, errors} = await openPage(browser, `${web.url}/pages/blank.html`, {width: Number(width), height: 900, colorScheme: scheme as 'light'})
await mount(page, {loading: 'eager', ...JSON.parse(attrsJson ?? '{}')})
console.log('status', await settled(page))
if (extra) await page.evaluate(extra)
await page.waitForTimeout(300)
await page.screenshot({path: `/tmp/cp/${name}.png`, fullPage: true})
console.log(errors)
await browser.close(); await web.close()
