/**
 * zod 4 schemas for everything the SDK reads: raw documents (with the Studio's
 * validation rules) and the result of every query. The client validates with
 * these; import them to validate your own data or build on the same shapes.
 *
 * @packageDocumentation
 */
export * from './enums'
export {blockContent, httpUrl, slugString} from './primitives'
export * from './cards'
export * from './results'
export * from './documents'
