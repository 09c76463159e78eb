/**
 * Checks that our prose is our own: no run of words copied from a seed, and no
 * seed list repeated in the seed's order. Titles of works (books, articles,
 * credentials, organisations) are names and must be quoted exactly, so they are
 * cut out of the prose before it is compared.
 */
import type {Doc} from './dataset.ts'
import {ngrams, normalisedWords, readSeeds} from './seeds.ts'

/** Shortest copied run that counts as copying. */
export const RUN = 9

/**
 * Fields that are not our prose: identifiers, closed-list values, addresses,
 * and names that must match the original exactly.
 */
const notProse = new Set(['_id', '_type', '_key', '_ref', 'current', 'language', 'url', 'href', 'kind', 'cost', 'status', 'level', 'category', 'style', 'listItem', 'marks', 'retiredOn'])

/** Top-level fields that hold names (titles of works, authors, tags), per type. */
const namesByType: Record<string, string[]> = {
  resource: ['title', 'authors', 'topics'],
  certification: ['title'],
  degree: ['title'],
  organisation: ['title', 'aliases'],
  sourceArticle: ['title'],
}

/** Titles of works the seeds name that the dataset does not hold as a document title (placeholder links of the growth seed). */
export const unmodelledTitles = ['IT Career Paths: Mapping Out Your Future', 'Top Certifications for IT Support Professionals', 'The Importance of Soft Skills in IT Leadership']

export interface Prose {
  path: string
  text: string
}

/** Every piece of prose in a document (read in English), with where it lives. A Portable Text block is one piece, so a sentence split by bold text is read whole. */
export function proseOf(doc: Doc): Prose[] {
  const out: Prose[] = []
  const skipTop = new Set(namesByType[doc._type] ?? [])
  const visit = (value: unknown, path: string, key: string): void => {
    if (notProse.has(key)) return
    if (typeof value === 'string') out.push({path, text: value})
    else if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}[${i}]`, key))
    else if (value && typeof value === 'object') {
      const obj = value as Record<string, unknown>
      if (obj._type === 'block' && Array.isArray(obj.children)) {
        out.push({path, text: (obj.children as {text: string}[]).map((c) => c.text).join('')})
        return
      }
      for (const [k, v] of Object.entries(obj)) visit(v, path ? `${path}.${k}` : k, k)
    }
  }
  for (const [k, v] of Object.entries(doc)) if (!skipTop.has(k)) visit(v, k, k)
  return out
}

/** Titles of works, as word lists, longest first: every title field in the dataset plus `unmodelledTitles`. */
export function titlesOfWorks(docs: readonly Doc[]): string[][] {
  const titles = new Set<string>(unmodelledTitles)
  for (const doc of docs) {
    if (!(doc._type in namesByType)) continue
    if (typeof doc.title === 'string') titles.add(doc.title)
  }
  return [...titles]
    .map((t) => normalisedWords(t))
    .filter((w) => w.length >= 3)
    .sort((a, b) => b.length - a.length)
}

/** The prose's words split into segments around every title of a work, so no run spans or includes a title. */
export function segmentsOutsideTitles(text: string, titles: readonly string[][]): string[][] {
  const words = normalisedWords(text)
  const segments: string[][] = []
  let current: string[] = []
  for (let i = 0; i < words.length; ) {
    const title = titles.find((t) => t.every((w, j) => words[i + j] === w))
    if (title) {
      segments.push(current)
      current = []
      i += title.length
    } else current.push(words[i++]!)
  }
  segments.push(current)
  return segments.filter((s) => s.length)
}

export type SeedGrams = Map<string, string>

export function seedGrams(n = RUN): SeedGrams {
  const grams: SeedGrams = new Map()
  for (const seed of readSeeds()) for (const g of ngrams(normalisedWords(seed.text), n)) grams.set(g, seed.name)
  return grams
}

/** Every run of `n` words in the documents' prose (outside titles of works) that a seed also has. */
export function copiedRuns(docs: readonly Doc[], grams: SeedGrams, titles: readonly string[][], n = RUN): string[] {
  const hits: string[] = []
  for (const doc of docs) {
    for (const {path, text} of proseOf(doc)) {
      for (const segment of segmentsOutsideTitles(text, titles)) {
        for (const g of ngrams(segment, n)) if (grams.has(g)) hits.push(`${doc._id} ${path}: "${g}" (from ${grams.get(g)})`)
      }
    }
  }
  return hits
}

// --- Lists in the seed's order ---------------------------------------------------------

/** Words too common to tell one list item from another. */
const filler = new Set(
  'a an the and or of in on to for with as at by from into such is are be can your their its it this that these those other various more most skills skill abilities ability strong key solid good new relevant specific particular also including like e g etc certification certifications certified'.split(' '),
)

export interface SeedList {
  seed: string
  /** The items as the seed writes them. */
  items: string[]
  /** Per item, the stems that identify it. */
  signatures: string[][]
}

const stem = (word: string) => word.slice(0, 6)

function signature(item: string): string[] {
  // A named credential or body is known by its abbreviation: "Project Management Professional (PMP)" → pmp.
  const abbreviation = /\(([A-Z][A-Z+]{1,9})\)/.exec(item)
  if (abbreviation) return [stem(abbreviation[1]!.toLowerCase().replace(/\+/g, ''))]
  return normalisedWords(item)
    .filter((w) => !filler.has(w) && w.length > 2)
    .slice(0, 2)
    .map(stem)
}

/** Where an enumeration's last item ends and the rest of the sentence begins ("… or cybersecurity can provide an edge"). */
const clauseBreak = /\s(?:can|are|is|provide|provides|will|which|who|that|offer|offers|may)\s.*$/

/** Inline enumerations ("a, b, and c") and bullet lists (consecutive "- " lines at one indent) of three or more items in every seed. */
export function seedLists(): SeedList[] {
  const lists: SeedList[] = []
  const add = (seed: string, items: string[]) => {
    const clean = items.map((i) => i.trim()).filter(Boolean)
    const signatures = clean.map(signature)
    if (clean.length >= 3 && signatures.every((s) => s.length)) lists.push({seed, items: clean, signatures})
  }
  for (const {name, text} of readSeeds()) {
    let bullets: string[] = []
    let indent = -1
    for (const line of text.split('\n')) {
      const bullet = /^(\s*)-\s+(.*)$/.exec(line)
      if (bullet && bullet[1]!.length !== indent && bullets.length) {
        add(name, bullets)
        bullets = []
      }
      if (bullet) {
        indent = bullet[1]!.length
        const item = bullet[2]!.trim()
        // A bold-only bullet is a heading over the next level ("**Resources:**"), not an item.
        if (/^\*\*[^*]+\*\*$/.test(item)) continue
        // An item's label: before a colon or a dash explanation, without markdown.
        bullets.push(item.replace(/\*\*/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').split(/:\s| - /)[0]!)
        continue
      }
      if (bullets.length) add(name, bullets)
      bullets = []
      indent = -1
      for (const sentence of line.split(/(?<=[.!?])\s+/)) {
        // "x, y, and z" / "x, y or z", clause by clause.
        for (const clause of sentence.split(/[;:()]|\s--\s/)) {
          if ((clause.match(/,/g) ?? []).length < 2) continue
          let parts = clause.split(/,\s*/)
          // "areas of IT support, such as hardware, …": the list starts at "such as".
          const opener = parts.findIndex((p, j) => j > 0 && /^(?:such as|like|including)\s/i.test(p))
          if (opener > 0) parts = parts.slice(opener)
          // A sentence adverb before the first comma ("Additionally, …") is not an item.
          if (/^\w+ly$/i.test(parts[0]!.trim())) parts.shift()
          // The list ends at the first part after two others that opens with "and"/"or" ("…, cloud services, and cybersecurity, can provide…"),
          // or else inside the last part ("…, x and y").
          const closing = parts.findIndex((p, j) => j >= 2 && /^(?:and|or)\s/.test(p))
          if (closing > 0) parts.splice(closing + 1)
          const last = parts.pop()!
          const tail = /^(?:and|or)\s+(.*)$/.exec(last) ?? /^(.*?)\s+(?:and|or)\s+(.*)$/.exec(last)
          if (!tail || !parts.length) continue
          const items = tail.length === 2 ? [...parts, tail[1]!] : [...parts, tail[1]!, tail[2]!]
          // The first part carries the clause's lead-in ("such as x"), the last the rest of the sentence.
          items[0] = items[0]!.split(/\s+/).slice(-3).join(' ')
          items[items.length - 1] = items.at(-1)!.replace(clauseBreak, '')
          add(name, items)
        }
      }
    }
    if (bullets.length) add(name, bullets)
  }
  return lists
}

/** How many of the list's items the text names in the list's order: the longest such chain, each item used once. */
export function itemsInOrder(text: string, list: SeedList): number {
  const words = normalisedWords(text).map(stem)
  // best[k] = the smallest word position at which a chain of k + 1 items can end.
  const best: number[] = []
  for (const sig of list.signatures) {
    const positions: number[] = []
    words.forEach((w, i) => {
      // The rest of the item's stems close by (an item is a short phrase).
      if (w === sig[0] && sig.every((s) => words.slice(Math.max(0, i - 4), i + 6).includes(s))) positions.push(i)
    })
    const before = [...best]
    for (const pos of positions) {
      let k = 0
      while (k < before.length && before[k]! < pos) k++
      if (best[k] === undefined || pos < best[k]!) best[k] = pos
    }
  }
  return best.length
}

/** A list counts as repeated when the text names all of a three-item list, or four or more items of a longer one, in the seed's order. */
export const repeatsList = (text: string, list: SeedList): boolean => itemsInOrder(text, list) >= Math.min(list.items.length, 4)

/** The places whose prose is an answer or an explanation (FAQ answers, guide sections, role texts, each move's conditions and advice, every other summary and description): what the order check reads, one text per place. */
export function answerTexts(doc: Doc): Prose[] {
  const blocks = (value: unknown) => (Array.isArray(value) ? (value as {_type?: string; style?: string; children?: {text: string}[]}[]) : [])
  const textOf = (b: {children?: {text: string}[]}) => (b.children ?? []).map((c) => c.text).join('')
  if (doc._type === 'faq') return [{path: 'answer', text: blocks(doc.answer).map(textOf).join('\n')}]
  if (doc._type === 'guide') {
    // One text per section: a heading starts a new one.
    const sections: Prose[] = []
    blocks(doc.body).forEach((b, i) => {
      if (b.style?.startsWith('h') || !sections.length) sections.push({path: `body[${i}]`, text: ''})
      sections.at(-1)!.text += `${textOf(b)}\n`
    })
    return sections
  }
  if (doc._type === 'role') {
    const lines = (doc.responsibilities as string[] | undefined) ?? []
    const moves = (doc.transitions as {conditions?: string[]; advice?: string}[] | undefined) ?? []
    return [
      {path: 'summary', text: String(doc.summary ?? '')},
      {path: 'responsibilities', text: lines.join('\n')},
      {path: 'education', text: String(doc.education ?? '')},
      ...moves.map((t, i) => ({path: `transitions[${i}]`, text: [...(t.conditions ?? []), t.advice ?? ''].join('\n')})),
    ]
  }
  // Summaries and descriptions of everything else; a source article's note describes the seed itself and may name its contents in order.
  if (doc._type === 'sourceArticle') return []
  return (['summary', 'description'] as const).filter((k) => typeof doc[k] === 'string').map((k) => ({path: k, text: doc[k] as string}))
}

/**
 * Seed lists whose order is itself the fact, named by their first item: the
 * growth seed's ladder runs from entry-level technician up to CIO or CTO, and
 * telling it in another order would be wrong, not original.
 */
export const orderIsTheFact: readonly string[] = ['Entry-Level Technician']

/** Every answer, guide section or role text that repeats a seed list in the seed's order. */
export function listsInSeedOrder(docs: readonly Doc[], lists: readonly SeedList[]): string[] {
  const hits: string[] = []
  const checked = lists.filter((l) => !orderIsTheFact.includes(l.items[0]!))
  for (const doc of docs) {
    for (const {path, text} of answerTexts(doc)) {
      for (const list of checked) if (repeatsList(text, list)) hits.push(`${doc._id} ${path}: ${list.items.join(' | ')} (from ${list.seed})`)
    }
  }
  return hits
}
