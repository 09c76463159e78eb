/**
 * How the widget's first render is measured, shared by the bench
 * (scripts/bench.ts, BENCHMARKS.md) and the budget test
 * (test/perf.browser.test.ts): a careers page with the widget at the top and
 * content below it, the seed curriculum, real Chromium.
 */
import type {Browser} from 'playwright-core'

export interface Run {
  /** `<career-path>` connected → the map in the DOM (fetch, parse, career graph, render). */
  connectToRender: number
  /** Connected → the next frame after that: the map painted. */
  connectToPaint: number
  navToPaint: number
  /** Main-thread time of the whole page load (CDP TaskDuration). */
  taskMs: number
  scriptMs: number
  /** The longest task (> 50 ms are "long") from the widget connecting until its map is painted; 0 when none was long. */
  longestTask: number
  /** Cumulative layout shift of the page. */
  cls: number
}

/** Budgets of issue 13. */
export const BUDGETS = {connectToRender: 40, longestTask: 50, cls: 0.05}
/**
 * What test/perf.browser.test.ts holds for the first render: on this
 * repository's shared 2-core machine the bench's median (bench.html, the
 * README's embed with the seed preloaded) measured 34–42 ms at load 3–4 on
 * 2026-12-01, and ~50 ms before the preload and the compile hint, so the 40 ms
 * budget is reported and a ceiling with room for a busier machine is enforced
 * so it cannot drift (60 ms before). Lower it when the render gets faster;
 * never raise it silently.
 */
export const RENDER_CEILING_MS = 55

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
export const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!

/** One page load of `url`; `widget` false for the same page without it (the baseline of main-thread cost). */
export async function measure(browser: Browser, url: string, widget = true): Promise<Run> {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}})
  const tab = await context.newPage()
  const cdp = await context.newCDPSession(tab)
  await cdp.send('Performance.enable')
  await tab.addInitScript(() => {
    const w = window as any
    w.__long = []
    new PerformanceObserver((list) => w.__long.push(...list.getEntries().map((e) => [e.startTime, e.duration]))).observe({type: 'longtask', buffered: true})
    w.__cls = 0
    new PerformanceObserver((list) => (w.__cls += list.getEntries().reduce((s, e) => s + (e as any).value, 0))).observe({type: 'layout-shift', buffered: true})
  })
  const painted = widget && tab.waitForEvent('console', {predicate: (m) => m.text() === 'careerpath:painted', timeout: 20_000})
  await tab.goto(url)
  if (painted) await painted
  // Give late shifts and long tasks a moment to be reported.
  await tab.waitForTimeout(150)
  const marks = await tab.evaluate(() => {
    const t = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN
    const w = window as any
    const [connected, painted] = [t('careerpath:connected'), t('careerpath:painted')]
    const long = (w.__long as [number, number][]).filter(([start, duration]) => start + duration >= connected && start <= painted).map(([, d]) => d)
    return {connected, rendered: t('careerpath:rendered'), painted, longestTask: Math.max(0, ...long), cls: w.__cls as number}
  })
  const {metrics} = (await cdp.send('Performance.getMetrics')) as {metrics: {name: string; value: number}[]}
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000
  await context.close()
  return {
    connectToRender: marks.rendered - marks.connected,
    connectToPaint: marks.painted - marks.connected,
    navToPaint: marks.painted,
    taskMs: metric('TaskDuration'),
    scriptMs: metric('ScriptDuration'),
    longestTask: widget ? marks.longestTask : 0,
    cls: marks.cls,
  }
}
