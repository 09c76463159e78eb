/**
 * What the query modules share: the schema kit, the closed lists and field
 * schemas every result uses, the cards, the parameter schemas and the GROQ
 * fragments. Modules outside this group import them through this one file,
 * never directly, so that bundlers see them reached by the same chunks and
 * emit them as one chunk that a resource's first query loads with its own
 * module, rather than five (test/size). The parts of them a bundle does not
 * use are still dropped.
 */
export * from '../schemas/kit'
export * from '../schemas/lists/core'
export * from '../schemas/primitives'
export * from '../schemas/cards'
export * from './objects/params'
export * from './objects/query'
