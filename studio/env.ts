/**
 * Where the Studio reads and writes. The defaults let `sanity build`, schema
 * extraction and the tests run with no Sanity account; set both variables to
 * point the Studio at a real project (see README).
 */
export const projectId = process.env.SANITY_STUDIO_PROJECT_ID || 'careerpath'
export const dataset = process.env.SANITY_STUDIO_DATASET || 'production'
/** The docs site Presentation opens (`pnpm start` serves it on port 4321). */
export const docsUrl = process.env.SANITY_STUDIO_DOCS_URL || 'http://localhost:4321'
