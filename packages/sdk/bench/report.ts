import {existsSync, readFileSync, writeFileSync} from 'node:fs'

/**
 * Replaces one benchmark's section of BENCHMARKS.md (from its heading up to the
 * next "## " heading) or appends it, so each bench rewrites only its own
 * figures and leaves the other sections (other packages' benches) alone.
 */
export function writeSection(file: string, heading: string, section: string): void {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n'
  const start = current.indexOf(heading)
  let next: string
  if (start === -1) next = `${current.trimEnd()}\n\n${section}`
  else {
    const after = current.indexOf('\n## ', start + 1)
    next = current.slice(0, start) + section + (after === -1 ? '' : `\n${current.slice(after + 1)}`)
  }
  writeFileSync(file, next.endsWith('\n') ? next : `${next}\n`)
}
