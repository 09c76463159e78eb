// Prepares the generated inputs of the site before Astro runs: the API reference model from the SDK's
// published declarations, and the widget's built files copied into public/widget/.
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {writeReference} from './reference.ts'
import {copyWidgetFiles} from './widget-files.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const sdkDir = dirname(fileURLToPath(import.meta.resolve('@careerpath/sdk/package.json')))

let started = performance.now()
const model = await writeReference(sdkDir, join(root, '.generated', 'reference.json'))
const count = model.entryPoints.reduce((n, e) => n + e.exports.length, 0)
console.log(`API reference: ${count} exports from ${model.entryPoints.length} entry points (${Math.round(performance.now() - started)} ms)`)

started = performance.now()
const copied = copyWidgetFiles(join(root, 'public', 'widget'))
console.log(`Widget: ${copied.map((f) => `${f.name} (${f.bytes} B)`).join(', ')} -> public/widget/`)
