/** Lowercase words of a slug, title or alias: "Help-desk Technician" → "help desk technician". */
const words = (value: string) =>
  value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

function levenshtein(a: string, b: string): number {
  if (a === b) return 0
  let previous = Array.from({length: b.length + 1}, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]!
}

const similarity = (a: string, b: string) => (a === b ? 1 : 1 - levenshtein(a, b) / Math.max(a.length, b.length, 1))

/** A word matches a word fully, as an abbreviation ("tech" → "technician"), or by spelling distance. */
function wordSimilarity(a: string, b: string): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (short.length >= 3 && long.startsWith(short) && short !== long) return 0.8
  return similarity(a, b)
}

/**
 * How close a query is to a name, from 0 to 1: the best of whole-string
 * spelling distance with separators ignored ("helpdesk" ≈ "help-desk") and the
 * mean best match of each query word.
 */
function nameScore(query: string, name: string): number {
  const q = words(query)
  const c = words(name)
  if (!q || !c) return 0
  const compactQ = q.replace(/ /g, '')
  const compactC = c.replace(/ /g, '')
  let best = similarity(compactQ, compactC)
  if (compactQ.length >= 4 && compactC.includes(compactQ)) best = Math.max(best, 0.75)
  const nameWords = c.split(' ')
  const queryWords = q.split(' ')
  const perWord = queryWords.reduce((sum, word) => sum + Math.max(...nameWords.map((w) => wordSimilarity(word, w))), 0)
  return Math.max(best, perWord / queryWords.length)
}

/** Below this score a name is not worth suggesting. */
const THRESHOLD = 0.5

/**
 * The slugs nearest to a mistyped one, best first (ties by slug), for
 * not-found errors: each candidate scores by the best of its names (slug,
 * title, aliases), comparing whole strings with separators ignored and word by
 * word (so "helpdesk-tech" finds "help-desk-technician"). Candidates scoring
 * under 0.5 are left out.
 *
 * @param candidates - `key` is the slug to suggest; `names` are what the query is compared with.
 * @param max - Most suggestions to return.
 */
export function nearestSlugs(
  query: string,
  candidates: Iterable<{readonly key: string; readonly names: readonly string[]}>,
  max = 3,
): string[] {
  const scored: {key: string; score: number}[] = []
  for (const {key, names} of candidates) {
    const score = Math.max(...names.map((name) => nameScore(query, name)))
    if (score >= THRESHOLD) scored.push({key, score})
  }
  return scored
    .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, max)
    .map((s) => s.key)
}
