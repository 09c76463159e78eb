/** Lowercase words of a slug, title or alias: "Help-desk Technician" → ["help", "desk", "technician"]. */
const words = (value: string) =>
  value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)

/** A name split once, then compared with many queries. */
interface PreparedName {
  readonly words: readonly string[]
  /** The words joined without separators, so "helpdesk" meets "help-desk". */
  readonly compact: string
}

const prepare = (name: string): PreparedName => {
  const split = words(name)
  return {words: split, compact: split.join('')}
}

// One pair of rows reused by every distance computation: suggestions scan every role.
let previous = new Int32Array(32)
let current = new Int32Array(32)

function levenshtein(a: string, b: string): number {
  if (a === b) return 0
  if (b.length >= previous.length) {
    previous = new Int32Array(b.length * 2)
    current = new Int32Array(b.length * 2)
  }
  for (let j = 0; j <= b.length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    const ai = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      const replace = previous[j - 1]! + (ai === b.charCodeAt(j - 1) ? 0 : 1)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, replace)
    }
    const done = previous
    previous = current
    current = done
  }
  return previous[b.length]!
}

/**
 * 1 minus the edit distance over the longer length; 0 without computing it
 * when the lengths alone keep the result under `floor`.
 */
function similarity(a: string, b: string, floor = 0): number {
  if (a === b) return 1
  const longest = Math.max(a.length, b.length, 1)
  if (1 - Math.abs(a.length - b.length) / longest < floor) return 0
  return 1 - levenshtein(a, b) / longest
}

/** A word matches a word fully, as an abbreviation ("tech" → "technician"), or by spelling distance. */
function wordSimilarity(a: string, b: string): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (short.length >= 3 && long.startsWith(short) && short !== long) return 0.8
  return similarity(a, b)
}

/**
 * How close a query is to a name, from 0 to 1: the best of whole-string
 * spelling distance with separators ignored and the mean best match of each
 * query word.
 */
function nameScore(query: PreparedName, name: PreparedName): number {
  if (!query.compact || !name.compact) return 0
  let best = similarity(query.compact, name.compact, THRESHOLD)
  if (query.compact.length >= 4 && name.compact.includes(query.compact)) best = Math.max(best, 0.75)
  let sum = 0
  for (const word of query.words) {
    let top = 0
    for (const other of name.words) top = Math.max(top, wordSimilarity(word, other))
    sum += top
  }
  return Math.max(best, sum / query.words.length)
}

/** Below this score a name is not worth suggesting. */
const THRESHOLD = 0.5

/** A candidate's names, split once per candidate object. */
const preparedNames = new WeakMap<object, readonly PreparedName[]>()

/**
 * The slugs nearest to a mistyped one, best first (ties by slug), for
 * not-found errors: each candidate scores by the best of its names (slug,
 * title, aliases), comparing whole strings with separators ignored and word by
 * word (so "helpdesk-tech" finds "help-desk-technician"). Candidates scoring
 * under 0.5 are left out. Reusing the same candidate objects across calls
 * reuses their prepared names.
 *
 * @param candidates - `key` is the slug to suggest; `names` are what the query is compared with.
 * @param max - Most suggestions to return.
 */
export function nearestSlugs(
  query: string,
  candidates: Iterable<{readonly key: string; readonly names: readonly string[]}>,
  max = 3,
): string[] {
  const q = prepare(query)
  const scored: {key: string; score: number}[] = []
  for (const candidate of candidates) {
    let names = preparedNames.get(candidate)
    if (!names) preparedNames.set(candidate, (names = candidate.names.map(prepare)))
    let score = 0
    for (const name of names) score = Math.max(score, nameScore(q, name))
    if (score >= THRESHOLD) scored.push({key: candidate.key, score})
  }
  return scored
    .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, max)
    .map((s) => s.key)
}
