// Site search that runs the same in the browser and in tests: a small ranked matcher over a build-time index.
// Hand-rolled to stay a few hundred bytes; the index is a few hundred entries.

/** One searchable page (or anchor on a page). */
export interface SearchEntry {
  title: string
  url: string
  /** What it is: "Role", "Certification", "Guide", "API", … */
  kind: string
  /** One or two sentences shown under the title in results. */
  summary: string
  /** Extra words that should find it (aliases, vendor, skills) but are not shown. */
  keywords?: string
}

export interface SearchHit {
  entry: SearchEntry
  score: number
}

/** Lowercases, strips accents and splits on anything that is not a letter or digit. */
export function tokenize(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9+#]+/)
    .filter(Boolean)
}

interface Prepared {
  entry: SearchEntry
  title: string[]
  keywords: string[]
  summary: string[]
}

export function prepare(entries: readonly SearchEntry[]): Prepared[] {
  return entries.map((entry) => ({entry, title: tokenize(entry.title), keywords: tokenize(entry.keywords ?? ''), summary: tokenize(entry.summary)}))
}

function termScore(term: string, p: Prepared): number {
  let best = 0
  const weigh = (words: string[], exact: number, prefix: number) => {
    for (const w of words) {
      if (w === term) best = Math.max(best, exact)
      else if (w.startsWith(term)) best = Math.max(best, prefix)
    }
  }
  weigh(p.title, 10, 6)
  weigh(p.keywords, 5, 3)
  weigh(p.summary, 2, 1)
  return best
}

/** Every query word must match some word (as a prefix) in the title, keywords or summary. Best first. */
export function search(index: readonly Prepared[], query: string, limit = 50): SearchHit[] {
  const terms = tokenize(query)
  if (terms.length === 0) return []
  const hits: SearchHit[] = []
  for (const p of index) {
    let score = 0
    for (const t of terms) {
      const s = termScore(t, p)
      if (s === 0) {
        score = 0
        break
      }
      score += s
    }
    if (score > 0) {
      // A title that is exactly the query beats one that merely contains it.
      if (p.title.join(' ') === terms.join(' ')) score += 20
      hits.push({entry: p.entry, score})
    }
  }
  return hits.sort((a, b) => b.score - a.score || a.entry.title.localeCompare(b.entry.title)).slice(0, limit)
}
