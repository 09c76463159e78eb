// A small, safe Portable Text to HTML renderer for the curriculum's rich text (FAQ answers, guide bodies).
// Everything is escaped; only http(s) links become anchors; unknown block types and marks render as plain text.
import {safeHttpUrl} from './safe-url'

export interface PortableTextSpan {
  _type: 'span' | string
  _key?: string
  text?: string
  marks?: string[]
}

export interface PortableTextBlock {
  _type: 'block' | string
  _key?: string
  style?: string
  listItem?: 'bullet' | 'number' | string
  level?: number
  children?: PortableTextSpan[]
  markDefs?: {_key: string; _type: string; href?: string}[]
}

export interface RenderOptions {
  /** Added to heading levels, so an h2 in an answer shown under an h3 renders as h4. */
  headingOffset?: number
}

export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

const DECORATORS: Record<string, string> = {strong: 'strong', em: 'em', code: 'code', underline: 'u', 'strike-through': 's'}

function renderSpans(block: PortableTextBlock): string {
  const defs = new Map((block.markDefs ?? []).map((d) => [d._key, d]))
  return (block.children ?? [])
    .map((span) => {
      let html = escapeHtml(span.text ?? '').replace(/\n/g, '<br>')
      for (const mark of span.marks ?? []) {
        const tag = DECORATORS[mark]
        if (tag) {
          html = `<${tag}>${html}</${tag}>`
          continue
        }
        const def = defs.get(mark)
        const href = def?._type === 'link' ? safeHttpUrl(def.href) : undefined
        if (href) html = `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${html}</a>`
      }
      return html
    })
    .join('')
}

/** Plain text of the blocks, for summaries and the search index. */
export function toPlainText(blocks: readonly PortableTextBlock[] | undefined): string {
  return (blocks ?? [])
    .filter((b) => b._type === 'block')
    .map((b) => (b.children ?? []).map((c) => c.text ?? '').join(''))
    .join('\n\n')
}

/** Headings (text and id) in the blocks, for a table of contents. */
export function headingsOf(blocks: readonly PortableTextBlock[] | undefined): {depth: number; text: string; slug: string}[] {
  const used = new Set<string>()
  const out: {depth: number; text: string; slug: string}[] = []
  for (const b of blocks ?? []) {
    const m = /^h([1-6])$/.exec(b.style ?? '')
    if (b._type !== 'block' || !m) continue
    const text = (b.children ?? []).map((c) => c.text ?? '').join('')
    out.push({depth: Number(m[1]), text, slug: uniqueSlug(text, used)})
  }
  return out
}

function uniqueSlug(text: string, used: Set<string>): string {
  const base = text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'section'
  let slug = base
  for (let i = 2; used.has(slug); i++) slug = `${base}-${i}`
  used.add(slug)
  return slug
}

export function portableTextToHtml(blocks: readonly PortableTextBlock[] | undefined, options: RenderOptions = {}): string {
  const offset = options.headingOffset ?? 0
  const used = new Set<string>()
  const out: string[] = []
  // Open lists as a stack of [tag, level], so nested levels and list-type changes close correctly.
  const open: {tag: 'ul' | 'ol'; level: number}[] = []
  const closeTo = (level: number) => {
    while (open.length && open[open.length - 1]!.level > level) out.push(`</li></${open.pop()!.tag}>`)
  }
  for (const block of blocks ?? []) {
    if (block._type !== 'block') continue
    if (block.listItem) {
      const tag = block.listItem === 'number' ? 'ol' : 'ul'
      const level = Math.max(1, block.level ?? 1)
      closeTo(level)
      const top = open[open.length - 1]
      if (top && top.level === level && top.tag !== tag) {
        out.push(`</li></${open.pop()!.tag}>`)
      }
      const current = open[open.length - 1]
      if (!current || current.level < level) {
        out.push(`<${tag}>`)
        open.push({tag, level})
      } else {
        out.push('</li>')
      }
      out.push(`<li>${renderSpans(block)}`)
      continue
    }
    closeTo(0)
    const inner = renderSpans(block)
    const heading = /^h([1-6])$/.exec(block.style ?? '')
    if (heading) {
      const level = Math.min(6, Number(heading[1]) + offset)
      const text = (block.children ?? []).map((c) => c.text ?? '').join('')
      out.push(`<h${level} id="${uniqueSlug(text, used)}">${inner}</h${level}>`)
    } else if (block.style === 'blockquote') out.push(`<blockquote><p>${inner}</p></blockquote>`)
    else if (inner.trim() !== '') out.push(`<p>${inner}</p>`)
  }
  closeTo(0)
  return out.join('')
}
