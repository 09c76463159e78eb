/**
 * Reads the fact table in AUDIT.md and checks each row against the dataset, so
 * the table cannot drift from the content it describes.
 *
 * A row: `| # | seed | fact | document | path | expect |`.
 * - `seed`: the seed file's number (`000`…`004`), listed in the table of seeds.
 * - `path`: fields separated by dots, read in English. `name[]` is any item of a
 *   list; `name[k]` the item whose `_key` is k; `name[to=id]` the move to role id.
 * - `expect`: `= value` (equal: a number, `true`, or text), `→ id` (a reference
 *   to that document, or a list holding one), `~ words` (the text contains these
 *   words, compared as lowercase words without punctuation; a rich-text block
 *   reads as its text).
 */
import {readFileSync} from 'node:fs'
import {normalisedWords} from './seeds.ts'

export interface AuditRow {
  line: number
  n: number
  seed: string
  fact: string
  document: string
  path: string
  expect: string
}

export class AuditTableError extends Error {
  override readonly name = 'AuditTableError'
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, '|'))

/** Strips the backticks a cell may wrap its code in. */
const code = (cell: string) => cell.replace(/^`(.*)`$/, '$1')

/** The seed table (`| 000 | file | source article |`) and the fact rows. */
export function readAudit(path: string): {seeds: Map<string, {file: string; source: string}>; rows: AuditRow[]} {
  const text = readFileSync(path, 'utf8')
  const seeds = new Map<string, {file: string; source: string}>()
  const rows: AuditRow[] = []
  text.split('\n').forEach((line, i) => {
    if (!line.startsWith('|') || /^\|\s*-/.test(line)) return
    const c = cells(line)
    if (c.length === 3 && /^\d{3}$/.test(c[0]!)) seeds.set(c[0]!, {file: code(c[1]!), source: code(c[2]!)})
    else if (c.length === 6 && /^\d+$/.test(c[0]!)) {
      rows.push({line: i + 1, n: Number(c[0]), seed: c[1]!, fact: c[2]!, document: code(c[3]!), path: code(c[4]!), expect: code(c[5]!)})
    } else if (c.length === 6 && c[0] !== '#') throw new AuditTableError(`AUDIT.md line ${i + 1}: a fact row starts with its number`)
  })
  return {seeds, rows}
}

/** Every value the path reaches in a document (read in English). */
export function valuesAt(doc: unknown, path: string): unknown[] {
  let current: unknown[] = [doc]
  for (const segment of path.split('.')) {
    const m = /^([\w-]+)(?:\[([^\]]*)\])?$/.exec(segment)
    if (!m) throw new AuditTableError(`bad path segment "${segment}" in ${path}`)
    const [, name, selector] = m
    const next: unknown[] = []
    for (const value of current) {
      if (!value || typeof value !== 'object') continue
      const child = (value as Record<string, unknown>)[name!]
      if (selector === undefined) {
        if (child !== undefined) next.push(child)
        continue
      }
      if (!Array.isArray(child)) continue
      const to = /^to=(.+)$/.exec(selector)
      for (const item of child) {
        const obj = item as {_key?: string; to?: {_ref?: string}}
        if (selector === '' || (to ? obj?.to?._ref === to[1] : obj?._key === selector)) next.push(item)
      }
    }
    current = next
  }
  return current
}

const words = (s: string) => normalisedWords(s).join(' ')

/** Whether one value meets the expectation. */
function meets(value: unknown, expect: string): boolean {
  const op = expect[0]
  const want = expect.slice(1).trim()
  if (op === '→') {
    if (Array.isArray(value)) return value.some((v) => meets(v, expect))
    return !!value && typeof value === 'object' && (value as {_ref?: unknown})._ref === want
  }
  if (op === '~') {
    if (Array.isArray(value)) return value.some((v) => meets(v, expect))
    // A Portable Text block reads as its text, so bold words inside a sentence still match.
    if (value && typeof value === 'object' && (value as {_type?: unknown})._type === 'block') {
      return meets(((value as {children?: {text?: string}[]}).children ?? []).map((c) => c.text ?? '').join(''), expect)
    }
    return typeof value === 'string' && ` ${words(value)} `.includes(` ${words(want)} `)
  }
  if (op === '=') {
    if (typeof value === 'number') return value === Number(want)
    if (typeof value === 'boolean') return String(value) === want
    return typeof value === 'string' && value === want
  }
  throw new AuditTableError(`expectation "${expect}" starts with neither =, → nor ~`)
}

/** The problem with one row, or null when the fact is where the table says. */
export function checkRow(row: AuditRow, byId: ReadonlyMap<string, unknown>): string | null {
  const doc = byId.get(row.document)
  if (!doc) return `#${row.n} (line ${row.line}): ${row.document} is not in the dataset`
  const values = valuesAt(doc, row.path)
  if (!values.length) return `#${row.n} (line ${row.line}): ${row.document} has nothing at ${row.path}`
  if (!values.some((v) => meets(v, row.expect))) return `#${row.n} (line ${row.line}): ${row.document} ${row.path} is ${JSON.stringify(values).slice(0, 200)}, expected ${row.expect}`
  return null
}
