import {fileURLToPath} from 'node:url'

export const datasetFileName = 'careerpath.ndjson'
/** Absolute path of the committed dataset file. */
export const datasetPath = fileURLToPath(new URL(`../dataset/${datasetFileName}`, import.meta.url))
