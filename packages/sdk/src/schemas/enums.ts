/**
 * The content model's closed lists (studio/schemaTypes/shared/options.ts),
 * mirrored here because the SDK never imports the Studio. The type tests fail
 * when the two drift, since TypeGen derives its unions from the Studio lists;
 * `vocabulary.test.ts` compares values and titles at run time. Each group is
 * a module of its own in ./lists, so a result schema loads only the lists it
 * reads (test/size): code an app loads imports from there, not from this barrel.
 */
export * from '../queries/shared'
export * from './lists/skills'
export * from './lists/credentials'
export * from './lists/resources'
