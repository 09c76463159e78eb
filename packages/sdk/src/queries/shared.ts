/**
 * What the query modules share: the schema kit, the closed lists and field
 * schemas every result uses, the cards, the parameter schemas, the query
 * constructor and the GROQ fragments. Modules outside this group import them through this one file,
 * never directly, so that bundlers see them reached by the same chunks and
 * emit them as one chunk that a resource's first query loads with its own
 * module, rather than five (test/size). The parts of them a bundle does not
 * use are still dropped: a definition that chains calls (`string().min(1)`)
 * is an arrow function called once under a pure annotation, because the
 * annotation covers one call, and in one file an unused impure statement would keep the whole kit
 * in an app that only reads a fragment (the widget, test/size there).
 */
export * from '../schemas/kit'
export * from '../schemas/lists/core'
export * from '../schemas/primitives'
export * from '../schemas/cards'
export * from './objects/params'
export * from './objects/query'
export * from './fragments'
// Every GROQ module imports defineQuery from 'groq' itself (that is what TypeGen looks for); named here too, so it builds into this group.
export {defineQuery} from 'groq'
