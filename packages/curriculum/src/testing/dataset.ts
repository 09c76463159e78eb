/** Test helpers: load the committed dataset and walk every value in it. */
import {readFileSync} from 'node:fs'
import {parseNdjson} from '../ndjson.ts'
import {datasetPath} from '../paths.ts'

export type Doc = Record<string, unknown> & {_id: string; _type: string}

export const committedNdjson = (): string => readFileSync(datasetPath, 'utf8')
export const loadCommitted = (): Doc[] => parseNdjson(committedNdjson()) as Doc[]

const isLocalizedArray = (value: unknown): value is {language: string; value: unknown}[] =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every((v) => v && typeof v === 'object' && typeof (v as {_type?: unknown})._type === 'string' && (v as {_type: string})._type.startsWith('internationalizedArray'))

/** The text of an internationalized array (or of a localizedLine) in `language`, else undefined. */
export function textIn(value: unknown, language: string): string | undefined {
  if (value && typeof value === 'object' && (value as {_type?: unknown})._type === 'localizedLine') return textIn((value as {text?: unknown}).text, language)
  if (!isLocalizedArray(value)) return undefined
  const item = value.find((v) => v.language === language)
  return typeof item?.value === 'string' ? item.value : undefined
}

/** The English text of an internationalized array (or of a localizedLine). */
export const english = (value: unknown): string | undefined => textIn(value, 'en')

/**
 * The value as a reader in `language` sees it: every internationalized array
 * replaced by its text in that language, falling back to English as the SDK's
 * queries do (`coalesce(…[language == $language][0].value, …[language == "en"][0].value)`),
 * and every localizedLine by its line, so fact checks read `role.title` and
 * `role.responsibilities[0]` as strings.
 */
export function readIn<T>(value: T, language: string): T {
  if (isLocalizedArray(value)) return (textIn(value, language) ?? english(value)) as T
  if (Array.isArray(value)) return value.map((v) => readIn(v, language)) as T
  if (value && typeof value === 'object') {
    if ((value as {_type?: unknown})._type === 'localizedLine') return (textIn(value, language) ?? english(value)) as T
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, readIn(v, language)])) as T
  }
  return value
}

export const inEnglish = <T,>(value: T): T => readIn(value, 'en')

/** Types written one document per language: a reader sees only those in their language. */
const perLanguage = new Set(['faq', 'guide'])

/**
 * The curriculum as a reader in `language` sees it: structured documents read in
 * that language (with English where a field has no translation), the FAQs and
 * guides written in it, and no translation metadata.
 */
export const loadIn = (language: string): Doc[] =>
  loadCommitted()
    .filter((d) => d._type !== 'translation.metadata' && (!perLanguage.has(d._type) || d.language === language))
    .map((d) => readIn(d, language))

export const loadEnglish = (): Doc[] => loadIn('en')

/** Calls `visit` for every value below `value`, with a readable path such as `transitions[2].to`. */
export function walk(value: unknown, visit: (value: unknown, path: string) => void, path = ''): void {
  visit(value, path)
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, visit, `${path}[${i}]`))
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) walk(child, visit, path ? `${path}.${key}` : key)
  }
}

export interface RoleLike {
  _id: string
  title: string
  rung?: number
  seniority: number
  track: {_ref: string}
  skills?: {skill: {_ref: string}; proficiency: number}[]
  transitions?: {kind: string; to: {_ref: string}; typicalYears: number; conditions?: string[]; advice?: string}[]
}

/** Shortest route between two roles following the given kinds of move, or null. */
export function findRoute(roles: RoleLike[], from: string, to: string, kinds: readonly string[]): string[] | null {
  const byId = new Map(roles.map((r) => [r._id, r]))
  const previous = new Map<string, string | null>([[from, null]])
  const queue = [from]
  while (queue.length) {
    const id = queue.shift()!
    if (id === to) {
      const route: string[] = []
      for (let at: string | null | undefined = id; at; at = previous.get(at)) route.unshift(at)
      return route
    }
    for (const t of byId.get(id)?.transitions ?? []) {
      if (kinds.includes(t.kind) && !previous.has(t.to._ref)) {
        previous.set(t.to._ref, id)
        queue.push(t.to._ref)
      }
    }
  }
  return null
}

/** A loop of promotions, as a list of ids, or null when promotions only lead upwards. */
export function findPromotionCycle(roles: RoleLike[]): string[] | null {
  const edges = new Map(roles.map((r) => [r._id, (r.transitions ?? []).filter((t) => t.kind === 'promotion').map((t) => t.to._ref)]))
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (id: string): string[] | null => {
    if (state.get(id) === 'done') return null
    if (state.get(id) === 'open') return [...stack.slice(stack.indexOf(id)), id]
    state.set(id, 'open')
    stack.push(id)
    for (const next of edges.get(id) ?? []) {
      const loop = visit(next)
      if (loop) return loop
    }
    stack.pop()
    state.set(id, 'done')
    return null
  }
  for (const id of edges.keys()) {
    const loop = visit(id)
    if (loop) return loop
  }
  return null
}
