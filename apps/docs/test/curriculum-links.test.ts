// The built curriculum pages link to each other the way the content does: read from dist/ (the build runs
// before the tests) and compared with what the SDK returns.
import {readFileSync} from 'node:fs'
import {createCareerPathClient} from '@careerpath/sdk'
import {describe, expect, it} from 'vitest'
import {resourceUrl, roleUrl} from '../src/lib/urls.ts'
import {distDir} from './browser.ts'

const sdk = createCareerPathClient()
const html = (path: string) => readFileSync(`${distDir}${path}index.html`, 'utf8')
const hrefs = (page: string) => new Set([...page.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&')))

describe('learning-path module pages', () => {
  it('link to the roles their path prepares for and to each resource entry, and cite their sources', async () => {
    const paths = await Promise.all((await sdk.listLearningPaths()).map((p) => sdk.getLearningPath(p.slug)))
    expect(paths.length).toBeGreaterThan(0)
    for (const path of paths) {
      for (const module of path.modules) {
        const url = `/curriculum/learning-paths/${path.slug}/${module.slug}/`
        const links = hrefs(html(url))
        for (const role of path.roles) expect(links.has(roleUrl(role.slug)), `${url} → ${role.slug}`).toBe(true)
        for (const r of module.topics.flatMap((t) => t.resources)) expect(links.has(resourceUrl(r._id)), `${url} → ${r._id}`).toBe(true)
        expect(html(url)).toContain('class="sources')
      }
    }
  })
})
