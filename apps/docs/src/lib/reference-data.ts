// The API reference model written by scripts/prepare.ts (TypeDoc over the SDK's published declarations).
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {ReferenceModel} from '../../scripts/reference.ts'

export type {ReferenceEntryPoint, ReferenceExport, ReferenceMember, ReferenceModel, ReferenceSignature, ReferenceDoc} from '../../scripts/reference.ts'

let cached: ReferenceModel | undefined

export function loadReference(): ReferenceModel {
  if (cached) return cached
  const file = join(process.cwd(), '.generated', 'reference.json')
  if (!existsSync(file)) throw new Error(`${file} is missing: run "node scripts/prepare.ts" (part of the build) first`)
  cached = JSON.parse(readFileSync(file, 'utf8')) as ReferenceModel
  return cached
}

/** Groups exports for the page's outline, in the order a reader looks for them. */
export const KIND_ORDER = ['Function', 'Class', 'Variable', 'Interface', 'Type Alias', 'Enum', 'Namespace'] as const

export function groupByKind<T extends {kind: string}>(items: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(item.kind, [...(groups.get(item.kind) ?? []), item])
  const rank = (k: string) => {
    const i = (KIND_ORDER as readonly string[]).indexOf(k)
    return i === -1 ? KIND_ORDER.length : i
  }
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b))
}

export const pluralKind = (kind: string) =>
  ({Function: 'Functions', Class: 'Classes', Variable: 'Constants', Interface: 'Interfaces', 'Type Alias': 'Types', Enum: 'Enums', Namespace: 'Namespaces'})[kind] ?? kind

/** A @defaultValue as TypeDoc gives it (often fenced or back-ticked), reduced to the bare code. */
export const plainCode = (text: string) =>
  text
    .replace(/^```[\w-]*\n?/, '')
    .replace(/\n?```$/, '')
    .replace(/^`+|`+$/g, '')
    .trim()
