/**
 * One schema per query result (src/queries), one module per resource, so the
 * client's query objects for one resource load its schemas and no others. List
 * queries are validated item by item, so each list schema is the schema of ONE
 * item; `get` queries may also return null (not found), which the client
 * handles before validating.
 */
export * from './results/certifications'
export * from './results/degrees'
export * from './results/faqs'
export * from './results/guides'
export * from './results/learningPaths'
export * from './results/organisations'
export * from './results/resources'
export * from './results/roleList'
export * from './results/roles'
export * from './results/search'
export * from './results/skills'
export * from './results/tracks'
