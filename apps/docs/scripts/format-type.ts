// Lays out long TypeScript signatures and types over several lines with prettier, for the API reference. TypeDoc
// prints every type on one line; a 1,200-character object type is unreadable that way.
import {format} from 'prettier'

/** Lines up to this width are left as they are. */
export const PRINT_WIDTH = 90

interface Wrapper {
  wrap(code: string): string
  unwrap(formatted: string): string
}

const stripSemicolon = (s: string) => s.trimEnd().replace(/;$/, '')
const dedent = (s: string) => s.split('\n').map((l) => l.replace(/^ {2}/, '')).join('\n')

/** How each kind of line the reference holds becomes a parsable declaration, and back. */
function wrapperFor(code: string): Wrapper {
  if (/^(function|const) /.test(code)) return {wrap: (c) => `declare ${c};`, unwrap: (f) => stripSemicolon(f.replace(/^declare /, ''))}
  if (/^type /.test(code)) return {wrap: (c) => `${c};`, unwrap: stripSemicolon}
  if (/^(class|interface) /.test(code)) return {wrap: (c) => `declare ${c} {}`, unwrap: (f) => f.replace(/^declare /, '').replace(/\s*\{\}\s*$/, '')}
  if (/^new /.test(code)) return {wrap: (c) => `declare function ${c.slice(4)};`, unwrap: (f) => `new ${stripSemicolon(f.replace(/^declare function /, ''))}`}
  // A member: property or method line, formatted inside an interface.
  return {wrap: (c) => `interface __ {\n${c}\n}`, unwrap: (f) => stripSemicolon(dedent(f.replace(/^interface __ \{\n/, '').replace(/\n\}\s*$/, '')))}
}

/** TypeDoc prints keys that are not identifiers bare (`{ free-audit: string; ~standard: … }`); TypeScript needs them quoted. */
export const quoteKeys = (code: string) =>
  code.replace(/([{;,]\s*)((?:readonly\s+)?)((?=[\w$~-]*[~-])[~A-Za-z_$][\w$~-]*)(\??:)/g, "$1$2'$3'$4")

/** TypeDoc elides deep types as `(...)` or `...`; placeholder identifiers stand in while prettier parses, then go back. */
const elide = (code: string) => code.replaceAll('(...)', '__ELIDED_P__').replace(/\.\.\.(?![\w$[])/g, '__ELIDED__')
const unelide = (code: string) => code.replaceAll('__ELIDED_P__', '(...)').replaceAll('__ELIDED__', '...')

async function formatLine(line: string): Promise<string> {
  if (line.length <= PRINT_WIDTH) return line
  const w = wrapperFor(line)
  try {
    const out = await format(w.wrap(elide(quoteKeys(line))), {parser: 'typescript', printWidth: PRINT_WIDTH, semi: true, singleQuote: true, bracketSpacing: false})
    return unelide(w.unwrap(out.trim()))
  } catch {
    // Not every TypeDoc rendering parses (e.g. `{ … }` placeholders); those stay on one line.
    return line
  }
}

/** Formats each line (signature) of a reference code string that is longer than PRINT_WIDTH. */
export async function formatTypeCode(code: string): Promise<string> {
  const lines = await Promise.all(code.split('\n').map(formatLine))
  return lines.join('\n')
}
