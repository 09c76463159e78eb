/**
 * The GROQ queries the client runs, declared with `defineQuery` so Sanity
 * TypeGen types them, with their parameter types and TypeGen result types.
 * Use them with your own @sanity/client (`client.fetch(roleQuery, {language: 'en', slug})`).
 *
 * @packageDocumentation
 */
export * from './certifications'
export * from './documents'
export * from './faqs'
export * from './guides'
export * from './learningPaths'
export * from './params'
export * from './resources'
export * from './roles'
export * from './search'
export * from './skills'
export * from './tracks'
export type * from '../generated/sanity.types'
