export {startTestServer, type RecordedRequest, type TestServer, type TestServerOptions} from './server'
export type {Fault} from './faults'
export type {StoredDocument} from './documents'
export {isDraftId, isVersionId, publishedIdOf, releaseOf} from './ids'
export {
  applyPerspective,
  describePerspective,
  layerOf,
  parsePerspective,
  perspectiveLayers,
  toPerspective,
  type ClientPerspective,
  type Perspective,
} from './perspective'
export type {AllowedOrigin} from './cors'
export type {SanityHostRouting} from './routing'
export type {LiveStream} from './live'
export {MAX_DOCUMENT_TAGS, syncTagForDataset, syncTagForDocument, type SyncTag} from './syncTags'
export {TestServerError, isTestServerError, type TestServerErrorCode} from './errors'
