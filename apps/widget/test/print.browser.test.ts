/** The printed plan: a clean page without the controls, every milestone on it. */
import {describe, expect, it} from 'vitest'
import {mount, openPage, settled} from './browser'
import {FROM, seedGraph, TO} from './fixtures'
import {useHarness} from './harness'

const t = useHarness()

describe('print', () => {
  it('the plan prints as one clean page: milestones and their top resources, no controls', async () => {
    const {page} = await openPage(t.browser, `${t.web.url}/pages/print.html`)
    await mount(page, {loading: 'eager', view: 'plan', from: FROM, to: TO})
    expect(await settled(page)).toBe('ready')
    await page.emulateMedia({media: 'print'})
    const shown = (selector: string) => page.locator(`career-path ${selector}`).first().isVisible()
    for (const hidden of ['[part~=nav]', '.picker', '.routes', '.print', 'details.more']) expect(await shown(hidden), hidden).toBe(false)
    const best = seedGraph().plan(FROM, TO)
    expect(await page.locator('career-path [part~=plan-step]:visible').count()).toBe(best.milestones.length)
    expect(await shown('[part~=plan-total]')).toBe(true)
    expect(await shown('.tl')).toBe(true)
    // Black on white whatever the scheme.
    expect(await page.locator('career-path').evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('.root')!).backgroundColor)).toBe('rgb(255, 255, 255)')
    const pdf = await page.pdf({format: 'A4', printBackground: true})
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length
    expect(pages).toBe(1)
    await page.context().close()
  })
})
