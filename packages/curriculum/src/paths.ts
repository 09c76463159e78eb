import {fileURLToPath} from 'node:url'

export const datasetFileName = 'careerpath.ndjson'
/** Absolute path of the committed (v2) dataset file. */
export const datasetPath = fileURLToPath(new URL(`../dataset/${datasetFileName}`, import.meta.url))
/** The v1 dataset as it was before content model v2: the migration's input, never regenerated. */
export const v1FixturePath = fileURLToPath(new URL(`../fixtures/v1/${datasetFileName}`, import.meta.url))
