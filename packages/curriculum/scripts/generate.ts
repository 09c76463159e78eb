/**
 * Writes dataset/careerpath.ndjson from the typed sources.
 * `--check` writes nothing and fails if the committed file is out of date (used by `lint`).
 */
import {readFile, writeFile} from 'node:fs/promises'
import {documents} from '../src/documents.ts'
import {toNdjson} from '../src/ndjson.ts'
import {datasetPath} from '../src/paths.ts'

const expected = toNdjson(documents)
if (process.argv.includes('--check')) {
  const committed = await readFile(datasetPath, 'utf8').catch(() => '')
  if (committed !== expected) {
    console.error(`${datasetPath} is out of date: run \`pnpm --filter @careerpath/curriculum run build\` and commit it.`)
    process.exit(1)
  }
  console.log(`${datasetPath} is current (${documents.length} documents).`)
} else {
  await writeFile(datasetPath, expected)
  console.log(`Wrote ${documents.length} documents to ${datasetPath}`)
}
