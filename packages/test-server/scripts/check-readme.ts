/**
 * Lint: every option, server member and recorded-request field of the public
 * API is named in README.md, so a new option cannot ship undocumented.
 */
import {readFileSync} from 'node:fs'

const source = readFileSync(new URL('../src/server.ts', import.meta.url), 'utf8')
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

function membersOf(name: string): string[] {
  const body = new RegExp(`export interface ${name} \\{([\\s\\S]*?)\\n\\}`).exec(source)?.[1]
  if (!body) throw new Error(`interface ${name} not found in src/server.ts`)
  return [...body.matchAll(/^ {2}(?:readonly )?([A-Za-z]+)\??[:(]/gm)].map((m) => m[1]!)
}

const missing = ['TestServerOptions', 'TestServer', 'RecordedRequest'].flatMap((name) =>
  membersOf(name)
    .filter((member) => !new RegExp(`\\b${member}\\b`).test(readme))
    .map((member) => `${name}.${member}`),
)
if (missing.length > 0) {
  console.error(`README.md does not mention: ${missing.join(', ')}`)
  process.exit(1)
}
console.log('README.md names every option, server member and request field')
