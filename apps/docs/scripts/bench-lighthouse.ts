// `pnpm --filter @careerpath/docs bench:lighthouse [--write]`: Lighthouse accessibility and best-practices on home,
// a role page and the playground of the built site; with --write, the "Docs site, Lighthouse" section of BENCHMARKS.md.
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {writeSection} from './benchmarks-file.ts'
import {scorePages} from './lighthouse.ts'

const LIGHTHOUSE_PAGES = ['/', '/curriculum/roles/help-desk-technician/', '/playground/']

const root = fileURLToPath(new URL('..', import.meta.url))
const started = performance.now()
const scores = await scorePages(join(root, 'dist'), LIGHTHOUSE_PAGES)
const seconds = ((performance.now() - started) / 1000).toFixed(1)
const body = `
Measured by \`pnpm --filter @careerpath/docs bench:lighthouse\` (Lighthouse from npm driving Debian's Chromium, desktop, the
built seed site); the same runs are a test (\`test/lighthouse.test.ts\`, both scores at least 95). ${seconds} s for the three pages.

| page | accessibility | best practices |
| --- | --- | --- |
${scores.map((s) => `| \`${s.path}\` | ${s.accessibility} | ${s.bestPractices} |`).join('\n')}
`
console.log(body)
for (const s of scores) if (s.failed.length) console.log(`${s.path}: ${s.failed.join('; ')}`)
if (process.argv.includes('--write')) writeSection(join(root, '..', '..', 'BENCHMARKS.md'), 'Docs site, Lighthouse', body)
