/**
 * Writes dist/careerpath-seed.json: the embedded seed curriculum as a snapshot
 * the widget fetches lazily when it has no other source. It is read through the
 * SDK's embedded client with the same query the widget runs against a live
 * project, so the seed and live modes hold exactly the same shape of data.
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import {createCareerPathClient} from '@careerpath/sdk'
import {graphDocumentsQuery} from '@careerpath/sdk/queries'
import {createSnapshot, type SnapshotDocument} from '@careerpath/sdk/snapshot'

const output = new URL('../dist/careerpath-seed.json', import.meta.url)
const documents = await createCareerPathClient().fetch<SnapshotDocument[]>(graphDocumentsQuery, {language: 'en'})

// The time is the build's, or SOURCE_DATE_EPOCH for reproducible builds.
const takenAt = new Date(process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.now())
const snapshot = createSnapshot(documents, {kind: 'embedded', perspective: 'published'}, takenAt)
// Compact JSON: this file travels to every visitor.
const text = JSON.stringify(snapshot)
mkdirSync(new URL('../dist/', import.meta.url), {recursive: true})
writeFileSync(output, text)
console.log(`careerpath-seed.json: ${documents.length} documents, ${(text.length / 1024).toFixed(1)} KiB`)
