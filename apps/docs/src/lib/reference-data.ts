// The API reference model written by scripts/prepare.ts (TypeDoc over the SDK's and the widget's published declarations).
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {GROUP_ORDER, type ReferenceModel} from '../../scripts/reference.ts'
import type {WidgetElementModel} from '../../scripts/widget-api.ts'

export type {ReferenceEntryPoint, ReferenceExport, ReferenceMember, ReferenceModel, ReferenceSignature, ReferenceDoc} from '../../scripts/reference.ts'
export type {WidgetElementModel} from '../../scripts/widget-api.ts'

const generated = (name: string) => {
  const file = join(process.cwd(), '.generated', name)
  if (!existsSync(file)) throw new Error(`${file} is missing: run "node scripts/prepare.ts" (part of the build) first`)
  return JSON.parse(readFileSync(file, 'utf8')) as unknown
}

let cached: ReferenceModel | undefined
export function loadReference(): ReferenceModel {
  cached ??= generated('reference.json') as ReferenceModel
  return cached
}

let element: WidgetElementModel | undefined
/** The widget's attributes and events as its README documents them. */
export function loadWidgetElement(): WidgetElementModel {
  element ??= generated('widget-element.json') as WidgetElementModel
  return element
}

/** Exports by section, in GROUP_ORDER (the model already sorts them that way). */
export function groupExports<T extends {group: string}>(items: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(item.group, [...(groups.get(item.group) ?? []), item])
  const rank = (g: string) => ((GROUP_ORDER as readonly string[]).includes(g) ? (GROUP_ORDER as readonly string[]).indexOf(g) : GROUP_ORDER.length)
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b))
}

/** Anchor of a section heading on a reference page. */
export const groupAnchor = (group: string) => `group-${group.toLowerCase()}`

/** A @defaultValue as TypeDoc gives it (often fenced or back-ticked), reduced to the bare code. */
export const plainCode = (text: string) =>
  text
    .replace(/^```[\w-]*\n?/, '')
    .replace(/\n?```$/, '')
    .replace(/^`+|`+$/g, '')
    .trim()
