// The widget's HTML-facing API for the reference: its attributes and events as the widget's README documents them
// (the tables under "## Attributes", "## Data sources" and "## Events"). The element's JavaScript API and the events'
// detail types come from its declarations through TypeDoc, like the SDK's.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'

export interface WidgetAttribute {
  /** Attribute names documented together in one row, e.g. ["from", "to"]. */
  names: string[]
  /** Markdown. */
  doc: string
}

export interface WidgetEvent {
  name: string
  /** Markdown: what the detail holds, per the README. */
  doc: string
}

export interface WidgetElementModel {
  packageName: string
  tagName: string
  attributes: WidgetAttribute[]
  events: WidgetEvent[]
}

/** Rows of the first Markdown table after the `## heading`, as cells (header and separator rows dropped). */
export function tableUnder(markdown: string, heading: string): string[][] {
  const start = markdown.search(new RegExp(`^## ${heading}\\s*$`, 'm'))
  if (start === -1) return []
  const rest = markdown.slice(start).split('\n').slice(1)
  const end = rest.findIndex((l) => /^## /.test(l))
  const section = end === -1 ? rest : rest.slice(0, end)
  const first = section.findIndex((l) => l.startsWith('|'))
  if (first === -1) return []
  const after = section.slice(first).findIndex((l) => !l.startsWith('|'))
  const firstTable = section.slice(first, after === -1 ? undefined : first + after)
  // Cells split on pipes that are not escaped (`\|` appears inside type unions). A link to a section of the README
  // itself (`[Languages](#languages)`) has no target on the site: its text stays, the link goes.
  const cells = (row: string) =>
    row
      .slice(1, row.endsWith('|') ? -1 : undefined)
      .split(/(?<!\\)\|/)
      .map((c) => c.trim().replace(/\\\|/g, '|').replace(/\[([^\]]+)\]\(#[^)]*\)/g, '$1'))
  return firstTable.map(cells).filter((r, i) => i > 1 && r.length >= 2)
}

/** Attribute names in a cell's code spans: `view`, `project-id="abc123" dataset="production"`… */
const codeNames = (cell: string) =>
  [...cell.matchAll(/`([^`]+)`/g)].flatMap((m) => (/^[a-z][a-z-]*(="[^"]*")?( [a-z][a-z-]*(="[^"]*")?)*$/.test(m[1]!) ? [...m[1]!.matchAll(/([a-z][a-z-]*)(?:="[^"]*")?/g)].map((n) => n[1]!) : []))

export function readWidgetElement(widgetDir: string): WidgetElementModel {
  const pkg = JSON.parse(readFileSync(join(widgetDir, 'package.json'), 'utf8')) as {name: string}
  const readme = readFileSync(join(widgetDir, 'README.md'), 'utf8')
  const attributes: WidgetAttribute[] = []
  for (const [names, doc] of tableUnder(readme, 'Attributes')) {
    const list = codeNames(names!)
    // The data row ("src, project-id, …: data, see above") is replaced by the Data sources table's rows.
    if (list.includes('src') && /see above/.test(doc!)) continue
    if (list.length) attributes.push({names: list, doc: doc!})
  }
  for (const [names, doc] of tableUnder(readme, 'Data sources')) {
    const list = [...new Set(codeNames(names!))]
    if (list.length) attributes.push({names: list, doc: `Data source: ${doc!}`})
  }
  // Bullet points under Data sources document fallback, api-host and loading.
  const dataSection = /^## Data sources[\s\S]*?(?=^## )/m.exec(readme)?.[0] ?? ''
  for (const m of dataSection.matchAll(/^- (`([a-z-]+)="[^"]*"`(?: \(or `[^`]+`\))?)[:,]? ([\s\S]*?)(?=^- |^\s*$)/gm)) {
    if (!attributes.some((a) => a.names.includes(m[2]!))) attributes.push({names: [m[2]!], doc: `${m[1]!}: ${m[3]!.replace(/\s+/g, ' ').trim()}`})
  }
  const events = tableUnder(readme, 'Events')
    .map(([name, doc]) => ({name: /`([^`]+)`/.exec(name!)?.[1] ?? '', doc: doc!}))
    .filter((e) => e.name)
  return {packageName: pkg.name, tagName: 'career-path', attributes, events}
}
