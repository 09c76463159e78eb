import {launchBrowser} from '../test/browser.ts'
import {startStaticServer} from '../test/static-server.ts'
const web = await startStaticServer()
const browser = await launchBrowser()
for (let i = 0; i < 8; i++) {
  const ctx = await browser.newContext({viewport: {width: 1280, height: 800}})
  const tab = await ctx.newPage()
  const painted = tab.waitForEvent('console', {predicate: (m) => m.text() === 'careerpath:painted'})
  await tab.goto(`${web.url}/pages/bench.html`)
  await painted
  const m = await tab.evaluate(() => {
    const t = (n: string) => performance.getEntriesByName(n)[0]?.startTime ?? NaN
    const c = t('careerpath:connected')
    const r = performance.getEntriesByType('resource').find((e) => e.name.includes('seed')) as PerformanceResourceTiming
    return `start=${(t('cp:start') - c).toFixed(0)} fetchStart=${(r.fetchStart - c).toFixed(0)} reqStart=${(r.requestStart - c).toFixed(0)} respStart=${(r.responseStart - c).toFixed(0)} respEnd=${(r.responseEnd - c).toFixed(0)} ` + ['cp:fetched', 'cp:p1', 'cp:graph', 'cp:p2', 'careerpath:rendered', 'careerpath:painted'].map((n) => `${n.replace(/^(careerpath|cp):/, '')}=${(t(n) - c).toFixed(0)}`).join(' ')
  })
  console.log(m)
  await ctx.close()
}
await browser.close(); await web.close()
