// Every page and section of the site by kind, for the /search/ page's list (the whole site without JavaScript).
// Full-text search itself is Pagefind's index, built by Starlight from the rendered pages.
import {getCollection} from 'astro:content'
import {loadReference} from './reference-data'
import {plainSummary} from './text'
import {curriculumSearchEntries} from './curriculum-search'

export interface SearchEntry {
  title: string
  url: string
  kind: string
  summary: string
  keywords?: string
}

async function guideEntries(): Promise<SearchEntry[]> {
  const docs = await getCollection('docs')
  return docs.map((d) => ({title: d.data.title, url: `/${d.id}/`, kind: 'Guide', summary: d.data.description ?? ''}))
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
  cached ??= (async () => [...(await guideEntries()), ...referenceEntries(), ...(await curriculumSearchEntries())])()
  return cached
}

/** Kinds in the order the no-JS list shows them. */
export const KIND_ORDER = ['Guide', 'Track', 'Role', 'Certification', 'Degree', 'Organisation', 'Learning path', 'Module', 'Skill', 'Resource', 'FAQ', 'Article', 'API']
