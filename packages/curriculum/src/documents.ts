/**
 * The v2 seed dataset: the frozen v1 fixture, converted by the Studio's
 * migration (the very code `sanity migration run v2-content-model` runs), then
 * the curriculum's edits in `edits/`. There is no second hand-made copy.
 */
import {readFileSync} from 'node:fs'
import {transform, type ReportLine} from '../../../studio/migrations/v2-content-model/transform.ts'
import {edits} from './edits/index.ts'
import {parseNdjson, sortDocuments} from './ndjson.ts'
import {v1FixturePath} from './paths.ts'
import type {CurriculumDocument} from './types.ts'

export const v1Documents = parseNdjson(readFileSync(v1FixturePath, 'utf8')) as CurriculumDocument[]

const migrated = transform(v1Documents)

/** What the migration reported for the seed (id, reason), in document order. */
export const migrationReport: readonly ReportLine[] = migrated.report

/** Every document of the curriculum, sorted by `_id`. */
export const documents: CurriculumDocument[] = sortDocuments(edits.reduce<CurriculumDocument[]>((docs, edit) => edit.apply(docs), migrated.documents))
