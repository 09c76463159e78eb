/**
 * @careerpath/sdk: typed, validated access to the IT-support career
 * curriculum, from a Sanity project or from the dataset embedded in the SDK,
 * with the career graph (routes, gaps, plans) on top. Browser-safe: the Node
 * helpers live in `@careerpath/sdk/local`.
 *
 * @packageDocumentation
 */
export {createCareerPathClient, SEARCHABLE_TYPES} from './client/createClient'
// The SDK's own query objects (`queries`) are in '@careerpath/sdk/queries' only: re-exported here, every resource's GROQ and
// schemas would be reachable from this entry, and bundlers that split by file (esbuild) put them in the first load (test/size).
export {defineCareerQuery} from './queries/define'
export type {CareerQuery, CareerQueryDefinition, QueryParams, QueryResult, RunParams, SameShape, Shape, StandardSchemaV1} from './queries/define'
export type {
  CareerPathClient,
  CurriculumContent,
  RequestOptions,
  CertificationFilter,
  DegreeFilter,
  FaqFilter,
  GuideFilter,
  ResourceFilter,
  RoleFilter,
  SearchOptions,
  SkillFilter,
} from './client/createClient'
export type {
  CareerPathClientOptions,
  CommonOptions,
  DocumentsSourceOptions,
  EmbeddedSourceOptions,
  SanitySourceOptions,
} from './client/options'
export type {
  CertificationDetail,
  CertificationListItem,
  CurriculumDocument,
  DegreeDetail,
  DegreeListItem,
  FaqDetail,
  FaqListItem,
  GuideDetail,
  GuideListItem,
  LearningPathDetail,
  LearningPathListItem,
  OrganisationDetail,
  OrganisationListItem,
  PortableText,
  ResourceDetail,
  ResourceListItem,
  RoleDetail,
  RoleListItem,
  SearchHit,
  SkillDetail,
  SkillListItem,
  StoredForm,
  SystemFields,
  TrackDetail,
  TrackListItem,
} from './client/types'
export type {ClientPerspective, Perspective, StoredDocument} from './sources/perspective'
export type {SourceDescription} from './sources/types'
export type {RetryOptions} from './transport/retry'
export type {SearchableType} from './queries/searchable'
export type {LanguageId, LanguageInfo} from './languages'

export {
  ArgumentError,
  CareerPathError,
  ConfigurationError,
  ContentValidationError,
  formatFieldPath,
  isArgumentError,
  isCareerPathError,
  isConfigurationError,
  isContentValidationError,
  isNdjsonParseError,
  isNotFoundError,
  isSnapshotFormatError,
  isTransportError,
  NdjsonParseError,
  NotFoundError,
  SnapshotFormatError,
  TransportError,
} from './core'
export type {CareerPathErrorCode, FieldPathSegment, NotFoundKind, ValidationIssue} from './core'

// validateDataset lives in '@careerpath/sdk/schemas' with the document schemas it needs: re-exported here, it would put them
// in the first chunk of every app bundled with esbuild (which splits by file), whether or not the app validates (test/size).
export type {DatasetValidation, DatasetValidationOptions} from './validation/dataset'
export type {ValidationMode, ValidationReport} from './validation/issues'

// The snapshot functions, the graph's errors and the vocabulary (labels, isFamily) are in '@careerpath/sdk/snapshot' and
// '@careerpath/sdk/graph' only: the graph and snapshot() use them too, and a bundler that splits by file (esbuild) put
// every module this entry re-exports in the first load of every app, ~2 KB gzip that a client never needs (test/size).
export type {Snapshot, SnapshotDocument, SnapshotSource} from './snapshot/format'
export type {
  CareerGap,
  CareerGraph,
  CareerPlan,
  CareerRole,
  CareerRoute,
  PathsOptions,
  PlanMilestone,
  PlanOptions,
  RoleComparison,
  RoleRef,
} from './graph'
