/**
 * Writes dataset/careerpath.ndjson: the v1 fixture through the v2 migration, then the edits.
 * `--check` writes nothing and fails if the committed file is out of date (used by `lint`).
 * `--report` also prints what the migration reported for the seed.
 * `--translated` records which English text each translation now translates
 * (src/edits/translations/sources.json): run it after updating the Spanish and
 * German texts for an English change.
 */
import {readFile, writeFile} from 'node:fs/promises'
import {documents, migrationReport} from '../src/documents.ts'
import {toNdjson} from '../src/ndjson.ts'
import {datasetPath} from '../src/paths.ts'
import {serialiseSources, sourcesPath, translationSources} from '../src/edits/translations/sources.ts'

if (process.argv.includes('--report')) for (const line of migrationReport) console.log(`${line.id}: ${line.reason}`)
const expected = toNdjson(documents)
if (process.argv.includes('--translated')) {
  await writeFile(sourcesPath, serialiseSources(translationSources(documents)))
  console.log(`Recorded the English sources of ${Object.keys(translationSources(documents)).length} translated places in ${sourcesPath.pathname}`)
}
if (process.argv.includes('--check')) {
  const committed = await readFile(datasetPath, 'utf8').catch(() => '')
  if (committed !== expected) {
    console.error(`${datasetPath} is out of date: run \`pnpm --filter @careerpath/curriculum run build\` and commit it.`)
    process.exit(1)
  }
  console.log(`${datasetPath} is current (${documents.length} documents).`)
} else {
  await writeFile(datasetPath, expected)
  console.log(`Wrote ${documents.length} documents to ${datasetPath} (migration reported ${migrationReport.length} lines; --report prints them)`)
}
