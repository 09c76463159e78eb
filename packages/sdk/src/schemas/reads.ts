/**
 * The schemas a client validates query results with: the result schemas and
 * the closed lists, without the document schemas. The query objects import
 * these, not the `./schemas` barrel, so the document schemas (and the dataset
 * rules) stay out of the module graph of an app that only reads: bundlers that
 * split by file (esbuild) would otherwise load them up front.
 */
export * from './enums'
export * from './results'
