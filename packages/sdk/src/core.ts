/**
 * What the client's first load shares with the modules that load later: the
 * errors, validation issues, perspectives and searchable types. Modules that
 * may load later import these through this one file, never directly, so that
 * a bundler that splits by file (esbuild) sees them reached by the same
 * chunks and emits them as one shared chunk rather than four (test/size).
 */
export * from './errors/core'
export * from './errors/notFound'
export * from './errors/files'
export * from './validation/issues'
export * from './sources/perspectiveParam'
export * from './queries/searchable'
