import {launchBrowser, mount, openPage, settled} from '../test/browser.ts'
import {startStaticServer} from '../test/static-server.ts'
import {writeFileSync} from 'node:fs'
const web = await startStaticServer()
const browser = await launchBrowser()
const {page} = await openPage(browser, `${web.url}/pages/print.html`, {width: 794, height: 1123})
await mount(page, {loading: 'eager', view: 'plan', from: 'help-desk-technician', to: 'it-support-manager'})
await settled(page)
await page.emulateMedia({media: 'print'})
await page.screenshot({path: '/tmp/cp/print.png', fullPage: true})
const pdf = await page.pdf({format: 'A4', printBackground: true})
writeFileSync('/tmp/cp/plan.pdf', pdf)
console.log(pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length)
await browser.close(); await web.close()
