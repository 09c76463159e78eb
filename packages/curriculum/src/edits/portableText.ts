/**
 * A small markup for the edits' rich text, turned into Portable Text as the
 * Studio's blockContent stores it. One block per line: `## ` heading, `- `
 * bullet, `1. ` numbered item, anything else a paragraph; `**bold**`,
 * `*emphasis*` and `[text](https://…)` inside a line. Keys are positional
 * (`answer-3`, `answer-3-s2`, `answer-3-link1`), like the v1 content's.
 */
import {CurriculumEditError} from './edit.ts'

export interface Span {
  _type: 'span'
  _key: string
  marks: string[]
  text: string
}
export interface Block {
  _type: 'block'
  _key: string
  style: 'normal' | 'h2' | 'h3'
  listItem?: 'bullet' | 'number'
  level?: number
  markDefs: {_type: 'link'; _key: string; href: string}[]
  children: Span[]
}

const inline = /\*\*([^*]+)\*\*|\*([^*]+)\*|\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g

export function portableText(markup: string, field: string): Block[] {
  return markup
    .trim()
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line, i) => {
      const key = `${field}-${i + 1}`
      const block: Block = {_type: 'block', _key: key, style: 'normal', markDefs: [], children: []}
      let text = line
      if (text.startsWith('## ')) {
        block.style = 'h2'
        text = text.slice(3)
      } else if (text.startsWith('- ')) {
        Object.assign(block, {listItem: 'bullet', level: 1})
        text = text.slice(2)
      } else if (/^\d+\. /.test(text)) {
        Object.assign(block, {listItem: 'number', level: 1})
        text = text.replace(/^\d+\. /, '')
      }
      const push = (t: string, marks: string[]) => {
        if (t) block.children.push({_type: 'span', _key: `${key}-s${block.children.length + 1}`, marks, text: t})
      }
      let at = 0
      for (const m of text.matchAll(inline)) {
        push(text.slice(at, m.index), [])
        if (m[1] !== undefined) push(m[1], ['strong'])
        else if (m[2] !== undefined) push(m[2], ['em'])
        else {
          const linkKey = `${key}-link${block.markDefs.length + 1}`
          block.markDefs.push({_type: 'link', _key: linkKey, href: m[4]!})
          push(m[3]!, [linkKey])
        }
        at = m.index + m[0].length
      }
      push(text.slice(at), [])
      if (/\*\*|\]\(/.test(block.children.map((c) => c.text).join(''))) throw new CurriculumEditError('portable text', `unbalanced markup in ${key}: ${line}`)
      return block
    })
}
