/** In-page checks shared by the browser tests: axe, layout overflow, split words, contrast. */
import axe from 'axe-core'
import type {Page} from 'playwright-core'

export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({content: axe.source})
  const result = await page.evaluate(() => (window as any).axe.run(document, {resultTypes: ['violations']}))
  return (result.violations as {id: string; help: string; nodes: {target: unknown}[]}[]).map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`)
}

/** Elements (the page, or a region inside the widget) that scroll sideways, by how much. */
export function noSideways(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [document.documentElement, ...[...document.querySelector('career-path')!.shadowRoot!.querySelectorAll('*')].filter((e) => /auto|scroll/.test(getComputedStyle(e).overflowX))]
      .map((e) => e.scrollWidth - e.clientWidth)
      .filter((x) => x > 0),
  )
}

/** Words the layout broke across two lines (e.g. "Troublesho|oting" in a squeezed column). */
export function splitWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('career-path')!.shadowRoot!
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const split: string[] = []
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement as HTMLElement
      if (parent.closest('.sr, .share') || !parent.getClientRects().length) continue
      // URLs may break anywhere (they are longer than the screen is wide); words may not.
      const urls = [...node.textContent!.matchAll(/\S*:\/\/\S*/g)].map((u) => [u.index, u.index + u[0].length])
      for (const m of node.textContent!.matchAll(/[A-Za-z0-9]{2,}/g)) {
        if (urls.some(([start, end]) => m.index >= start! && m.index < end!)) continue
        const range = document.createRange()
        range.setStart(node, m.index)
        range.setEnd(node, m.index + m[0].length)
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)))
        if (tops.size > 1) split.push(m[0])
      }
    }
    return split
  })
}

/**
 * Borders of every control in the widget against what is behind it (WCAG
 * 1.4.11, 3:1): buttons, selects, the map's role nodes and the level options.
 * Returns the ones below 3:1 as "selector: ratio". Controls drawn without a
 * border (text buttons, links) are identified by their text and are skipped.
 */
export function weakBorders(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgb = (c: string) => {
      const m = c.match(/[\d.]+/g)!.map(Number)
      return {r: m[0]!, g: m[1]!, b: m[2]!, a: m[3] ?? 1}
    }
    const lum = ({r, g, b}: {r: number; g: number; b: number}) => {
      const f = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b)
    }
    const behind = (el: Element | null): {r: number; g: number; b: number} => {
      for (let e = el; e; e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host ?? null)) {
        const c = rgb(getComputedStyle(e).backgroundColor)
        if (c.a > 0.5) return c
      }
      return {r: 255, g: 255, b: 255}
    }
    const root = document.querySelector('career-path')!.shadowRoot!
    const weak: string[] = []
    for (const el of root.querySelectorAll<HTMLElement>('button, select, .opts .box')) {
      const s = getComputedStyle(el)
      if (!el.getClientRects().length || s.borderTopStyle === 'none' || parseFloat(s.borderTopWidth) === 0) continue
      const border = rgb(s.borderTopColor)
      if (border.a === 0) continue
      const back = behind(el.parentElement)
      const [x, y] = [lum(border), lum(back)].sort((p, q) => q - p)
      const ratio = (x! + 0.05) / (y! + 0.05)
      if (ratio < 3) weak.push(`${el.tagName.toLowerCase()}.${el.className}: ${ratio.toFixed(2)}`)
    }
    return weak
  })
}
