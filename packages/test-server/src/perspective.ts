/**
 * How the Content Lake looks at a dataset (perspectives, draft and version
 * ids). The implementation is the SDK's `packages/sdk/src/sources/perspective.ts`,
 * the one copy in the repository: the SDK is the published package and its
 * local source must answer as this server does, so the server imports the
 * SDK's module rather than the SDK importing a private package. The file is
 * self-contained (it imports only its siblings ids.ts and perspectiveParam.ts), so it is imported by path: a package
 * dependency on the SDK would be a cycle (the SDK's tests use this server).
 * What it says is checked against `@sanity/client`'s own rules in the SDK's
 * perspective tests and in ./perspective.test.ts.
 */
export {
  applyPerspective,
  defaultPerspective,
  describePerspective,
  layerOf,
  parsePerspective,
  perspectiveKey,
  perspectiveLayers,
  perspectiveSeesUnpublished,
  PUBLISHED_BY_DEFAULT_FROM,
  toPerspective,
  type ClientPerspective,
  type ParsedPerspective as Perspective,
} from '../../sdk/src/sources/perspective'
