import {ArgumentError} from '../core'
import type {LanguageId} from '../languages'
import {describePerspective, type Perspective} from '../core'
import type {FetchOptions} from '../sources/types'
import type {RequestOptions} from './createClient'
import type {checkPerspective, ResolvedOptions} from './options'

/** A request tag as @sanity/client checks it (`requestTag` in its config.ts) when the request is made: checked here first, so a bad one is an ArgumentError before anything is sent (queries/define.ts holds the same rule for query names). */
const REQUEST_TAG = /^[a-z0-9._-]{1,75}$/i

/** A call's options resolved against the client's. */
export type Resolved = FetchOptions & {perspective: Perspective; language: LanguageId}

/**
 * The client's options and the rules its own options were checked by,
 * passed in rather than imported: a module that both the first load and a lazy
 * one import becomes a chunk of its own in an app (test/size).
 */
export interface CallContext {
  o: ResolvedOptions
  checkPerspective: typeof checkPerspective
  isLanguage: (value: unknown) => boolean
  languageMessage: (value: unknown) => string
}

/**
 * A call's options checked (an ArgumentError names the one at fault) and
 * resolved against the client's. Loaded with the first call that passes
 * options (./createClient.ts), and by ./more.ts.
 */
export function resolveCall({o, checkPerspective, isLanguage, languageMessage}: CallContext, call: RequestOptions | undefined, defaultTag: string): Resolved {
  if (call !== undefined && (typeof call !== 'object' || call === null)) throw new ArgumentError('options', `${defaultTag} takes its options as an object`)
  const {signal, tag, useCdn} = call ?? {}
  if (signal !== undefined && !(typeof signal === 'object' && signal !== null && typeof (signal as AbortSignal).aborted === 'boolean')) throw new ArgumentError('signal', '"signal" must be an AbortSignal')
  if (tag !== undefined && (typeof tag !== 'string' || !REQUEST_TAG.test(tag))) throw new ArgumentError('tag', `"tag" can only hold letters, digits, ".", "_" and "-" (1-75); got ${JSON.stringify(tag)}`)
  if (useCdn !== undefined && typeof useCdn !== 'boolean') throw new ArgumentError('useCdn', '"useCdn" must be true or false')
  if (call?.language !== undefined && !isLanguage(call.language)) throw new ArgumentError('language', languageMessage(call.language))
  let perspective = o.perspective
  if (call?.perspective !== undefined) {
    const checked = checkPerspective(call.perspective)
    if ('reason' in checked) throw new ArgumentError('perspective', checked.reason)
    perspective = checked.perspective
    if (perspective !== 'published' && o.source === 'sanity' && o.token === undefined) {
      throw new ArgumentError('perspective', `The "${describePerspective(perspective)}" perspective needs the client's read token ("token"): without one the Content Lake returns published content only`)
    }
  }
  return {perspective, language: call?.language ?? o.language, tag: tag ?? defaultTag, ...(signal ? {signal} : {}), ...(useCdn === undefined ? {} : {useCdn})}
}
