// Figures the guides quote from built artefacts, filled in at build time so they cannot go stale: `%widget-gzip-kb%`
// in a guide's text becomes the widget's module bundle size in KB gzip, rounded.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {gzipSync} from 'node:zlib'

interface Node {
  type: string
  value?: string
  children?: Node[]
}

/** The bundle as scripts/prepare.ts copied it into public/widget/ (the file this site serves), so a rebuild of the widget mid-build cannot change it. */
export function widgetGzipKb(): number {
  const bundle = readFileSync(join(process.cwd(), 'public', 'widget', 'careerpath-widget.js'))
  return Math.round(gzipSync(bundle).length / 1024)
}

/** Replaces each `%name%` token in text and inline code with its figure. */
export function replaceFigures(tree: Node, figures: Record<string, () => string | number>): void {
  if ((tree.type === 'text' || tree.type === 'inlineCode') && tree.value) {
    tree.value = tree.value.replace(/%([a-z-]+)%/g, (token, name: string) => (name in figures ? String(figures[name]!()) : token))
  }
  for (const child of tree.children ?? []) replaceFigures(child, figures)
}

export default function remarkFigures() {
  return (tree: Node) => replaceFigures(tree, {'widget-gzip-kb': widgetGzipKb})
}
