/**
 * Writes dist/careerpath-seed.json (and .es.json, .de.json): the embedded seed curriculum as a snapshot per language
 * the widget fetches lazily when it has no other source. It is read through the
 * SDK's embedded client with the same query the widget runs against a live
 * project, then slimmed to what the widget reads (seed.ts): English text, no
 * citations or descriptions. test/seed.test.ts proves the career graph gives
 * the same answers on it as on the full documents.
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import {createCareerPathClient} from '@careerpath/sdk'
import {graphDocumentsQuery} from '@careerpath/sdk/queries'
import {createSnapshot, type SnapshotDocument} from '@careerpath/sdk/snapshot'
import {SEED_LANGUAGES, seedFile, slimDocuments} from '../src/server/slim.ts'

const documents = await createCareerPathClient().fetch<SnapshotDocument[]>(graphDocumentsQuery, {language: 'en'})

// The time is the build's, or SOURCE_DATE_EPOCH for reproducible builds.
const takenAt = new Date(process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.now())
mkdirSync(new URL('../dist/', import.meta.url), {recursive: true})
const SEED_TYPES = "/** The sample curriculum as a snapshot (`careerpath-snapshot` format): `define({seed: () => import('@careerpath/widget/seed')})`. */\ndeclare const seed: {readonly format: 'careerpath-snapshot'; readonly version: number; readonly takenAt: string; readonly documents: readonly {readonly _id: string; readonly _type: string}[]}\nexport default seed\n"
for (const language of SEED_LANGUAGES) {
  const snapshot = createSnapshot(slimDocuments(documents, language), {kind: 'embedded', perspective: 'published', language}, takenAt)
  // Compact JSON: this file travels to every visitor.
  const text = JSON.stringify(snapshot)
  writeFileSync(new URL(`../dist/${seedFile(language)}`, import.meta.url), text)
  // The same snapshot as a module (`@careerpath/widget/seed`, `/seed/es`…): a bundler imports it as code, with no asset
  // URL to resolve. JSON.parse of one string literal is quicker for engines than the same object as a literal.
  const module = language === 'en' ? 'seed' : `seed.${language}`
  writeFileSync(new URL(`../dist/${module}.js`, import.meta.url), `export default JSON.parse(${JSON.stringify(text)})\n`)
  writeFileSync(new URL(`../dist/${module}.d.ts`, import.meta.url), SEED_TYPES)
  console.log(`${seedFile(language)}: ${documents.length} documents, ${(text.length / 1024).toFixed(1)} KiB (full documents ${(JSON.stringify(documents).length / 1024).toFixed(1)} KiB)`)
}
