import type {Block, LinkMark, PortableText, Span} from '../types.ts'
import {CurriculumDefinitionError} from './references.ts'

/**
 * Portable Text written as short lines of text. Inline markup is deliberately tiny:
 * `**strong**`, `*emphasis*` and `[label](https://…)` links. Keys are derived from
 * the block's position under a readable prefix, so regenerating never changes them.
 */
export interface BlockSpec {
  style: Block['style']
  listItem?: 'bullet' | 'number'
  text: string
}

export const p = (text: string): BlockSpec => ({style: 'normal', text})
export const h2 = (text: string): BlockSpec => ({style: 'h2', text})
export const h3 = (text: string): BlockSpec => ({style: 'h3', text})
export const quote = (text: string): BlockSpec => ({style: 'blockquote', text})
export const bullet = (text: string): BlockSpec => ({style: 'normal', listItem: 'bullet', text})
export const numbered = (text: string): BlockSpec => ({style: 'normal', listItem: 'number', text})
export const bullets = (...items: string[]): BlockSpec[] => items.map(bullet)
export const numberedList = (...items: string[]): BlockSpec[] => items.map(numbered)

const inlinePattern = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g

function parseInline(blockKey: string, text: string): {children: Span[]; markDefs: LinkMark[]} {
  const children: Span[] = []
  const markDefs: LinkMark[] = []
  const push = (spanText: string, marks: string[]) => {
    if (spanText) children.push({_type: 'span', _key: `${blockKey}-s${children.length + 1}`, text: spanText, marks})
  }
  let last = 0
  for (const match of text.matchAll(inlinePattern)) {
    push(text.slice(last, match.index), [])
    const [, strong, em, label, href] = match
    if (strong !== undefined) push(strong, ['strong'])
    else if (em !== undefined) push(em, ['em'])
    else if (label !== undefined && href !== undefined) {
      const markKey = `${blockKey}-link${markDefs.length + 1}`
      markDefs.push({_type: 'link', _key: markKey, href})
      push(label, [markKey])
    }
    last = match.index + match[0].length
  }
  push(text.slice(last), [])
  if (children.length === 0) throw new CurriculumDefinitionError(`block ${blockKey}`, 'a block needs some text')
  return {children, markDefs}
}

export function portableText(keyPrefix: string, specs: readonly BlockSpec[]): PortableText {
  return specs.map((spec, index) => {
    const _key = `${keyPrefix}-${index + 1}`
    const {children, markDefs} = parseInline(_key, spec.text)
    const block: Block = {_type: 'block', _key, style: spec.style, markDefs, children}
    if (spec.listItem) {
      block.listItem = spec.listItem
      block.level = 1
    }
    return block
  })
}

/** The text of Portable Text blocks, one block per line. */
export function toPlainText(blocks: readonly Block[]): string {
  return blocks.map((b) => b.children.map((c) => c.text).join('')).join('\n')
}
