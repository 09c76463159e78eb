// Fails (exit 1) when a hand-written page built empty. Astro logs a Markdown page that fails to render (a remark
// plugin's error, say) and carries on, which would ship a guide with no body; this runs after every build.
import {readFileSync, readdirSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {emptyPages} from './pages.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const docs = join(root, 'src', 'content', 'docs')
const slugs = readdirSync(docs, {recursive: true, encoding: 'utf8'})
  .filter((f) => /\.mdx?$/.test(f))
  .map((f) => f.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, ''))
const dist = process.env.DOCS_OUT_DIR ? resolve(process.env.DOCS_OUT_DIR) : join(root, 'dist')
const empty = emptyPages(slugs.map((slug) => ({slug, html: readFileSync(join(dist, slug, 'index.html'), 'utf8')})))
if (empty.length > 0) {
  console.error(`Page check: ${empty.length} hand-written page(s) built without their content: ${empty.join(', ')} (see the build's errors above)`)
  process.exit(1)
}
console.log(`Page check: ${slugs.length} hand-written pages, each with its content.`)
