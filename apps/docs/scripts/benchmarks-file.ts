// Replaces one "## Heading" section of the repo's BENCHMARKS.md, leaving every other package's section alone.
import {existsSync, readFileSync, writeFileSync} from 'node:fs'

export function replaceSection(markdown: string, heading: string, body: string): string {
  const section = `## ${heading}\n\n${body.trim()}\n`
  const lines = markdown.split('\n')
  const start = lines.findIndex((l) => l.trim() === `## ${heading}`)
  if (start === -1) {
    const base = markdown.trim() === '' ? '# Benchmarks\n' : markdown.replace(/\s*$/, '\n')
    return `${base}\n${section}`
  }
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l))
  if (end === -1) end = lines.length
  const before = lines.slice(0, start).join('\n').replace(/\s*$/, '\n\n')
  const after = lines.slice(end).join('\n')
  return `${before}${section}${after ? `\n${after}` : ''}`
}

export function writeSection(file: string, heading: string, body: string): void {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : ''
  writeFileSync(file, replaceSection(current, heading, body))
}
