/**
 * Schemas for everything the SDK reads: raw documents (content model v2,
 * with the Studio's validation rules) and the result of every query. The
 * client validates with these; import them to validate your own data or build
 * on the same shapes. They are Standard Schemas (https://standardschema.dev)
 * built with the SDK's small kit (`object`, `array`, `string`… exported
 * here), with `safeParse(value)` and `issues(value)`; `Infer<typeof schema>`
 * is the type a schema accepts. Definitions are marked pure, so a bundler
 * keeps only the schemas an app uses.
 *
 * @packageDocumentation
 */
export {
  basisKind,
  certificationLevel,
  certificationStatus,
  degreeLevel,
  ladderKind,
  language,
  proficiency,
  resourceCost,
  resourceKind,
  seniority,
  skillCategory,
  trackKind,
  transitionKind,
  type BasisKind,
  type CertificationLevel,
  type CertificationStatus,
  type DegreeLevel,
  type LadderKind,
  type Language,
  type Proficiency,
  type ResourceCost,
  type ResourceKind,
  type Seniority,
  type SkillCategory,
  type TrackKind,
  type TransitionKind,
} from './enums'
export {httpUrl, isoDate} from './formats'
export {slugString, text} from '../queries/shared'
export {blockContent} from './blockContent'
export {discriminatedUnion} from './union'
export {
  array,
  ArraySchema,
  boolean,
  literal,
  number,
  NumberSchema,
  object,
  ObjectSchema,
  oneOf,
  OneOf,
  Optional,
  Schema,
  string,
  StringSchema,
  type Infer,
  type ObjectOutput,
  type PathSegment,
  type ReportIssue,
  type SafeParseResult,
  type SchemaIssue,
  type StandardSchemaV1,
} from '../queries/shared'
export {localizedLines, localizedString, localizedText} from './localized'
export {
  basis,
  experience,
  roleCard,
  trackCard,
  transitionCard,
  type Basis,
  type RoleCard,
  type TrackCard,
} from '../queries/shared'
export {
  certificationCard,
  degreeCard,
  organisationCard,
  resourceCard,
  skillCard,
  sourceCard,
  type CertificationCard,
  type DegreeCard,
  type OrganisationCard,
  type ResourceCard,
  type SkillCard,
  type SourceCard,
} from './linkedCards'
export {
  certificationDetail,
  certificationListItem,
  degreeDetail,
  degreeListItem,
  faqDetail,
  faqListItem,
  guideDetail,
  guideListItem,
  learningPathDetail,
  learningPathListItem,
  organisationDetail,
  organisationListItem,
  resourceDetail,
  resourceListItem,
  roleDetail,
  roleListItem,
  searchHit,
  skillDetail,
  skillListItem,
  trackDetail,
  trackListItem,
} from './results'
export {
  certificationDocument,
  curriculumDocument,
  degreeDocument,
  documentSchemas,
  documentTypes,
  faqDocument,
  graphDocument,
  guideDocument,
  learningPathDocument,
  organisationDocument,
  resourceDocument,
  roleDocument,
  skillDocument,
  sourceArticleDocument,
  trackDocument,
  type CertificationDocument,
  type CurriculumDocument,
  type DegreeDocument,
  type DocumentType,
  type FaqDocument,
  type GuideDocument,
  type LearningPathDocument,
  type OrganisationDocument,
  type ResourceDocument,
  type RoleDocument,
  type SkillDocument,
  type SourceArticleDocument,
  type TrackDocument,
} from './documents'
export {validateDataset, type DatasetValidation, type DatasetValidationOptions} from '../validation/dataset'
