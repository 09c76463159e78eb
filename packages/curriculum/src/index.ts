export {documents} from './documents.ts'
export {canonicalise, isNdjsonParseError, NdjsonParseError, parseNdjson, sortDocuments, toNdjson} from './ndjson.ts'
export {
  CurriculumDefinitionError,
  documentId,
  idPrefixes,
  isCurriculumDefinitionError,
  keyedRef,
  keyFromId,
  ref,
  refsTo,
  slug,
  slugify,
} from './define/references.ts'
export {bullet, bullets, h2, h3, numbered, numberedList, p, portableText, quote, toPlainText, type BlockSpec} from './define/portableText.ts'
export {datasetPath, datasetFileName} from './paths.ts'
export type * from './types.ts'
export {
  certificationLevels,
  certificationStatuses,
  credentialKinds,
  resourceCosts,
  resourceKinds,
  skillCategories,
  trackKinds,
  transitionKinds,
} from './types.ts'
