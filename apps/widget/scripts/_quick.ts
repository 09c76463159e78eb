import {launchBrowser} from '/work/main/apps/widget/test/browser.ts'
import {startStaticServer} from '/work/main/apps/widget/test/static-server.ts'
const web = await startStaticServer()
const browser = await launchBrowser()
const page = process.argv[2] ?? 'bench.html'
const out: number[][] = []
for (let i = 0; i < Number(process.env.N ?? 8); i++) {
  const ctx = await browser.newContext({viewport: {width: 1280, height: 800}})
  const tab = await ctx.newPage()
  await tab.addInitScript(() => {
    ;(window as any).__lt = []
    new PerformanceObserver((l) => (window as any).__lt.push(...l.getEntries().map((e) => Math.round(e.duration)))).observe({type: 'longtask', buffered: true})
    ;(window as any).__cls = 0
    new PerformanceObserver((l) => ((window as any).__cls += l.getEntries().reduce((s, e: any) => s + e.value, 0))).observe({type: 'layout-shift', buffered: true})
  })
  await tab.goto(`${web.url}/pages/${page}`)
  await tab.waitForFunction(() => (window as any).__painted === true)
  await tab.waitForTimeout(150)
  const m = await tab.evaluate(() => {
    const t = (n: string) => performance.getEntriesByName(n)[0]?.startTime ?? NaN
    return [t('careerpath:rendered') - t('careerpath:connected'), t('careerpath:painted') - t('careerpath:connected'), (window as any).__cls, ...(window as any).__lt]
  })
  out.push(m.map((x: number) => Math.round(x * 1000) / 1000))
  await ctx.close()
}
console.log(out.map((r) => r.join(' ')).join('\n'))
const med = (i: number) => out.map((r) => r[i]!).sort((a, b) => a - b)[Math.floor(out.length / 2)]
console.log('median render', med(0), 'paint', med(1), 'cls', med(2))
await browser.close(); await web.close()
