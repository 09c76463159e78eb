/**
 * Perspectives as the `perspective` query parameter spells them: read as the
 * Content Lake reads it, and written back. Apart from the overlay
 * (./perspective.ts) because every client checks its perspective option while
 * only a local source overlays documents: a Sanity-source app loads this
 * module, never the overlay or the id rules (test/size). No imports.
 */

/**
 * What the SDK's typed read client reads: `published` (default), `drafts`, or
 * a release stack such as `['rSpring', 'drafts']`. `raw` is not offered: it
 * returns a document and its draft side by side, which no typed result (one
 * role per slug) can represent; use your own `@sanity/client` for raw reads.
 */
export type Perspective = 'published' | 'drafts' | readonly string[]

/** A perspective as `@sanity/client` takes it (`'previewDrafts'` is its deprecated name for `drafts`). */
export type ClientPerspective = 'published' | 'drafts' | 'raw' | 'previewDrafts' | readonly string[]

/** A perspective as the Lake applies it. */
export type ParsedPerspective = {kind: 'raw'} | {kind: 'published'} | {kind: 'stack'; layers: string[]}

/** The API version from which `published` is the default perspective (before it, `raw`). */
export const PUBLISHED_BY_DEFAULT_FROM = '2025-02-19'

export function defaultPerspective(apiVersion: string): ParsedPerspective {
  const version = apiVersion.replace(/^v/, '')
  if (version === 'X') return {kind: 'published'}
  return /^\d{4}-\d{2}-\d{2}$/.test(version) && version >= PUBLISHED_BY_DEFAULT_FROM ? {kind: 'published'} : {kind: 'raw'}
}

/** A release id the Lake accepts in a stack. */
const LAYER = /^[A-Za-z0-9_-]+$/

/** Reads the `perspective` query parameter as the Lake does; null for a value it answers 400 to. */
export function parsePerspective(value: string | null, apiVersion: string): ParsedPerspective | null {
  if (value === null || value === '') return defaultPerspective(apiVersion)
  if (value === 'raw') return {kind: 'raw'}
  if (value === 'published') return {kind: 'published'}
  if (value === 'previewDrafts') return {kind: 'stack', layers: ['drafts']}
  const layers = value.split(',').map((s) => s.trim())
  if (layers.some((l) => !LAYER.test(l) || l === 'raw' || l === 'previewDrafts')) return null
  // `published` in a stack only names the base every stack already has.
  const withoutBase = layers.filter((l) => l !== 'published')
  return withoutBase.length === 0 ? {kind: 'published'} : {kind: 'stack', layers: withoutBase}
}

/**
 * The client's form in the Lake's: read exactly as the query endpoint reads the
 * `perspective` parameter `@sanity/client` sends (an array joined by commas),
 * so `['raw', 'drafts']`, which the client refuses and the Lake would answer
 * 400 to, is null here too.
 */
export function toPerspective(perspective: unknown): ParsedPerspective | null {
  if (typeof perspective === 'string') return parsePerspective(perspective, PUBLISHED_BY_DEFAULT_FROM)
  if (!Array.isArray(perspective) || !perspective.every((p) => typeof p === 'string')) return null
  // The client sends no parameter for an empty list: the default, published.
  if (perspective.length === 0) return {kind: 'published'}
  if (perspective.length === 1 && perspective[0] === 'raw') return {kind: 'raw'}
  return parsePerspective(perspective.join(','), PUBLISHED_BY_DEFAULT_FROM)
}

export const perspectiveKey = (p: ParsedPerspective): string => (p.kind === 'stack' ? p.layers.join(',') : p.kind)
export const perspectiveSeesUnpublished = (p: ParsedPerspective): boolean => p.kind !== 'published'

/** `published`, `drafts`, `rSpring,drafts`: the perspective as the `perspective` query parameter spells it. */
export function describePerspective(perspective: ParsedPerspective | ClientPerspective): string {
  if (typeof perspective === 'string') return perspective
  if ('kind' in perspective) return perspectiveKey(perspective)
  return perspective.join(',')
}
