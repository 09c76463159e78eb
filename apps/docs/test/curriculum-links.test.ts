// The built curriculum pages link to each other the way the content does: read from dist/ (the build runs
// before the tests) and compared with what the SDK returns.
import {readFileSync} from 'node:fs'
import {createCareerPathClient} from '@careerpath/sdk'
import {describe, expect, it} from 'vitest'
import {certificationUrl, degreeUrl, organisationUrl, resourceUrl, roleUrl, trackUrl} from '../src/lib/urls.ts'
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

describe('families, degrees and organisations (content model v2)', () => {
  it('a family page lists its roles as a group, without rungs; a ladder page lists them in order', async () => {
    const tracks = await Promise.all((await sdk.listTracks()).map((t) => sdk.getTrack(t.slug)))
    const families = tracks.filter((t) => t.kind === 'family')
    expect(families.length).toBeGreaterThan(0)
    for (const t of tracks) {
      const page = html(trackUrl(t.slug))
      const links = hrefs(page)
      for (const r of t.roles) expect(links.has(roleUrl(r.slug)), `${t.slug} → ${r.slug}`).toBe(true)
      if (t.kind === 'family') {
        expect(page, t.slug).toContain('class="group"')
        expect(page, t.slug).not.toContain('class="ladder"')
        expect(page, t.slug).not.toMatch(/Rung \d/)
      } else expect(page, t.slug).toContain('class="ladder"')
    }
  })

  it('every degree has a page linked from the roles that recommend it; every vendor links to its organisation page', async () => {
    const degrees = await Promise.all((await sdk.listDegrees()).map((d) => sdk.getDegree(d.slug)))
    expect(degrees.length).toBeGreaterThan(0)
    for (const d of degrees) {
      expect(html(degreeUrl(d.slug))).toContain(d.title.replace(/'/g, '&#39;'))
      for (const r of d.roles) expect(hrefs(html(roleUrl(r.slug))).has(degreeUrl(d.slug)), `${r.slug} → ${d.slug}`).toBe(true)
    }
    for (const c of await sdk.listCertifications()) {
      if (!c.vendor) continue
      expect(hrefs(html(certificationUrl(c.slug))).has(organisationUrl(c.vendor.slug)), `${c.slug} → ${c.vendor.slug}`).toBe(true)
      expect(hrefs(html(organisationUrl(c.vendor.slug))).has(certificationUrl(c.slug)), `${c.vendor.slug} → ${c.slug}`).toBe(true)
    }
  })
})
