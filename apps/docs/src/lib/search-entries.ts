// Builds the search index at build time from the guide pages, the generated API reference and the curriculum.
import type {MarkdownHeading} from 'astro'
import type {SearchEntry} from './search'
import {loadReference} from './reference-data'
import {plainSummary} from './text'
import {curriculumSearchEntries} from './curriculum-search'

interface MarkdownPage {
  frontmatter: {title: string; description?: string}
  url?: string
  getHeadings(): MarkdownHeading[]
}

function guideEntries(): SearchEntry[] {
  const pages = import.meta.glob<MarkdownPage>('../pages/**/*.md', {eager: true})
  const out: SearchEntry[] = []
  for (const page of Object.values(pages)) {
    if (!page.url) continue
    const url = page.url.endsWith('/') ? page.url : `${page.url}/`
    out.push({title: page.frontmatter.title, url, kind: 'Guide', summary: page.frontmatter.description ?? ''})
    for (const h of page.getHeadings()) {
      if (h.depth !== 2) continue
      out.push({title: `${h.text} — ${page.frontmatter.title}`, url: `${url}#${h.slug}`, kind: 'Guide section', summary: '', keywords: h.text})
    }
  }
  return out
}

function referenceEntries(): SearchEntry[] {
  return loadReference().entryPoints.flatMap((e) =>
    e.exports.map((x) => ({
      title: x.name,
      url: `/reference/${e.slug}/#${x.anchor}`,
      kind: 'API',
      summary: `${x.kind} in ${e.specifier}. ${plainSummary(x.doc.summary, 160)}`.trim(),
      keywords: x.members.map((m) => m.name).join(' '),
    })),
  )
}

let cached: Promise<SearchEntry[]> | undefined

export function searchEntries(): Promise<SearchEntry[]> {
  cached ??= (async () => [...guideEntries(), ...referenceEntries(), ...(await curriculumSearchEntries())])()
  return cached
}

/** Kinds in the order the no-JS list shows them. */
export const KIND_ORDER = ['Guide', 'Track', 'Role', 'Certification', 'Learning path', 'Module', 'Skill', 'Resource', 'FAQ', 'Article', 'API', 'Guide section']
