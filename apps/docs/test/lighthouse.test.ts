// Lighthouse's accessibility and best-practices scores on home, a role page and the playground of the built site
// (real Chromium, desktop): at least 95 each, as the docs promise.
import {describe, expect, it} from 'vitest'
import {scorePages} from '../scripts/lighthouse.ts'
import {distDir} from './browser.ts'

const PAGES = ['/', '/curriculum/roles/help-desk-technician/', '/playground/']

describe('Lighthouse', () => {
  it('scores accessibility and best practices at 95 or more on home, a role page and the playground', {timeout: 240_000}, async () => {
    const scores = await scorePages(distDir, PAGES)
    expect(scores.map((s) => s.path)).toEqual(PAGES)
    for (const s of scores) {
      expect(s.accessibility, `${s.path} accessibility; failed: ${s.failed.join('; ')}`).toBeGreaterThanOrEqual(95)
      expect(s.bestPractices, `${s.path} best practices; failed: ${s.failed.join('; ')}`).toBeGreaterThanOrEqual(95)
    }
  })
})
