import {readFileSync} from 'node:fs'
import {launchBrowser} from '../test/browser.ts'
import {startStaticServer} from '../test/static-server.ts'
const web = await startStaticServer()
const browser = await launchBrowser()
for (let i = 0; i < 3; i++) {
  const ctx = await browser.newContext({viewport: {width: 1280, height: 800}})
  const tab = await ctx.newPage()
  await browser.startTracing(tab, {path: '/tmp/cp/trace.json', categories: ['devtools.timeline', 'blink.user_timing', 'toplevel', 'v8.execute', 'loading', 'netlog']})
  await tab.goto(`${web.url}/pages/bench.html`)
  await tab.waitForFunction(() => (window as any).__painted === true)
  await browser.stopTracing()
  const ev = JSON.parse(readFileSync('/tmp/cp/trace.json', 'utf8')).traceEvents as any[]
  const m = ev.find((e) => e.name === 'careerpath:connected')
  const c = m.ts, tid = m.tid
  const mk = (n: string) => ((ev.find((e) => e.name === n)?.ts - c) / 1000).toFixed(0)
  console.log(`--- fetched @${mk('cp:fetched')} rendered @${mk('careerpath:rendered')} painted @${mk('careerpath:painted')}`)
  const end = ev.find((e) => e.name === 'careerpath:painted').ts
  for (const t of ev.filter((e) => e.ph === 'X' && e.tid === tid && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ts >= c - 2000 && e.ts <= end && e.dur > 1500)) {
    const kids = ev.filter((e) => e.ph === 'X' && e.tid === tid && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.dur > 800 && e !== t && !/^V8\.|^v8\.(?!evaluate)/.test(e.name)).sort((a, b) => b.dur - a.dur).slice(0, 5)
    console.log(`  @${((t.ts - c) / 1000).toFixed(0)} ${(t.dur / 1000).toFixed(1)}ms: ${kids.map((k) => `${k.name}${k.args?.data?.functionName ? ':' + k.args.data.functionName : ''}=${(k.dur / 1000).toFixed(1)}`).join(', ')}`)
  }
  await ctx.close()
}
await browser.close(); await web.close()
