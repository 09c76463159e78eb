// Prepares the generated inputs of the site before Astro runs: the API reference model from the SDK's
// published declarations, and the widget's built files copied into public/widget/.
import {rmSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {writeReference} from './reference.ts'
import {readWidgetElement} from './widget-api.ts'
import {copyWidgetFiles} from './widget-files.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const sdkDir = dirname(fileURLToPath(import.meta.resolve('@careerpath/sdk/package.json')))
const widgetDir = dirname(fileURLToPath(import.meta.resolve('@careerpath/widget/package.json')))

let started = performance.now()
// The SDK's entry points and the widget's (its bundler entry now; a server-render entry gets its page once it is in the exports map).
const model = await writeReference([sdkDir, widgetDir], join(root, '.generated', 'reference.json'))
writeFileSync(join(root, '.generated', 'widget-element.json'), JSON.stringify(readWidgetElement(widgetDir), null, 1))
const count = model.entryPoints.reduce((n, e) => n + e.exports.length, 0)
console.log(`API reference: ${count} exports from ${model.entryPoints.length} entry points (${Math.round(performance.now() - started)} ms)`)

started = performance.now()
const copied = copyWidgetFiles(join(root, 'public', 'widget'))
console.log(`Widget: ${copied.map((f) => `${f.name} (${f.bytes} B)`).join(', ')} -> public/widget/`)

// Astro caches rendered Markdown by the file's own content, but the guides quote figures from built files (the widget's
// size, src/lib/remark-figures.ts): drop the cache so every build renders them from what is there now.
rmSync(join(root, 'node_modules', '.astro', 'data-store.json'), {force: true})
