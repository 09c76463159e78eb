// Fails (exit 1) on any broken internal link or missing #anchor in dist/. Runs after every build and in lint.
import {resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {checkSite} from './links.ts'

const dist = process.env.DOCS_OUT_DIR ? resolve(process.env.DOCS_OUT_DIR) : fileURLToPath(new URL('../dist', import.meta.url))
const {pages, links, broken} = checkSite(dist)
if (broken.length > 0) {
  console.error(`Link check: ${broken.length} broken link(s) in ${pages} pages:`)
  for (const b of broken.slice(0, 200)) console.error(`  ${b.page}  ->  ${b.href}  (${b.reason})`)
  process.exit(1)
}
console.log(`Link check: ${links} links in ${pages} pages, none broken.`)
