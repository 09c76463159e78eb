export {documents, migrationReport, v1Documents} from './documents.ts'
export {canonicalise, isNdjsonParseError, NdjsonParseError, parseNdjson, sortDocuments, toNdjson} from './ndjson.ts'
export {CurriculumEditError, isCurriculumEditError, type Edit} from './edits/edit.ts'
export {edits} from './edits/index.ts'
export {keptInEnglish, metadataId, translationId, translationStatus, type TranslationStatus} from './edits/translations/index.ts'
export {datasetPath, datasetFileName, v1FixturePath} from './paths.ts'
export type * from './types.ts'
export {
  basisKinds,
  certificationLevels,
  certificationStatuses,
  degreeLevels,
  ladderKinds,
  resourceCosts,
  resourceKinds,
  seniorityLevels,
  skillCategories,
  trackKinds,
  transitionKinds,
} from './types.ts'
