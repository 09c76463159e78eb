/** Every error class the SDK throws, with its guard: one module per group, so a bundle loads each group with the code that throws it. */
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
  isTransportError,
  TransportError,
} from './core'
export type {CareerPathErrorCode, FieldPathSegment, ValidationIssue} from './core'
export {isNotFoundError, NotFoundError} from './notFound'
export type {NotFoundKind} from './notFound'
export {isNdjsonParseError, isSnapshotFormatError, NdjsonParseError, SnapshotFormatError} from './files'
