import {describe, expect, it} from 'vitest'
import {loadEnglish} from './testing/dataset.ts'
import {readSeed, seedFileOf} from './testing/seeds.ts'

interface SeedTopic {
  title: string
  urls: string[]
}
interface SeedModule {
  title: string
  topics: SeedTopic[]
}

const seedText = readSeed(seedFileOf['source-support-learning-path'])
const linkPattern = /\[([^\]]*)\]\((https?:\/\/[^)\s]+)\)/g

/** The seed's outline: `## Module`, then `**Topic**` bullets, each followed by its links. */
function parseSeedOutline(text: string): SeedModule[] {
  const modules: SeedModule[] = []
  for (const line of text.split('\n')) {
    const heading = /^## (.+)$/.exec(line)
    if (heading) {
      modules.push({title: heading[1]!.trim(), topics: []})
      continue
    }
    const topic = /^\s+- \*\*(.+)\*\*\s*$/.exec(line)
    if (topic && topic[1] !== 'What you Need to Know' && topic[1] !== 'Resources:' && modules.length) {
      modules.at(-1)!.topics.push({title: topic[1]!, urls: []})
      continue
    }
    const current = modules.at(-1)?.topics.at(-1)
    for (const match of line.matchAll(linkPattern)) current?.urls.push(match[2]!)
  }
  return modules
}

const docs = loadEnglish()
const resources = docs.filter((d) => d._type === 'resource') as unknown as {_id: string; url?: string}[]
const resourceUrl = new Map(resources.map((r) => [r._id, r.url]))
const path = docs.find((d) => d._type === 'learningPath' && (d.sources as {_ref: string}[]).some((s) => s._ref === 'source-support-learning-path')) as unknown as
  | {modules: {title: string; slug: {current: string}; topics: {title: string; keyPoints: string[]; resources: {_ref: string}[]}[]}[]}
  | undefined

describe('the learning-path seed', () => {
  const seedUrls = [...seedText.matchAll(linkPattern)].map((m) => m[2]!)

  it('is parsed into five modules with their topics and links', () => {
    const outline = parseSeedOutline(seedText)
    expect(outline.map((m) => m.topics.length)).toEqual([2, 2, 3, 2, 2])
    expect(outline.flatMap((m) => m.topics.flatMap((t) => t.urls))).toEqual(seedUrls)
    expect(seedUrls.length).toBe(33)
  })

  it('has every one of its links among the resources exactly once, address unchanged', () => {
    const all = resources.map((r) => r.url)
    for (const url of seedUrls) expect(all.filter((u) => u === url).length, url).toBe(1)
  })

  it('is modelled module by module and topic by topic, with resources in the seed\'s order', () => {
    expect(path).toBeDefined()
    const outline = parseSeedOutline(seedText)
    expect(path!.modules.length).toBe(outline.length)
    outline.forEach((module, i) => {
      const modelled = path!.modules[i]!
      expect(modelled.title.toLowerCase(), `module ${i + 1}`).toContain(module.title.toLowerCase().split(' ')[0]!)
      expect(modelled.topics.length, module.title).toBe(module.topics.length)
      module.topics.forEach((topic, j) => {
        const t = modelled.topics[j]!
        expect(t.keyPoints.length, topic.title).toBeGreaterThanOrEqual(3)
        expect(t.resources.map((r) => resourceUrl.get(r._ref)), topic.title).toEqual(topic.urls)
      })
    })
  })

  it('gives modules unique slugs', () => {
    const slugs = path!.modules.map((m) => m.slug.current)
    expect(new Set(slugs).size).toBe(slugs.length)
  })
})
