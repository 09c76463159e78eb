/**
 * @careerpath/widget for bundlers: import, then call `define()` once.
 * Importing this module defines nothing by itself.
 */
import {CareerPathElement, setSeedUrl, type CareerPathEventMap} from './element'
import {addMessages, type PartialMessages} from './i18n/locale'

export type {CareerPathAttributes} from './attributes'
export {CareerPathElement} from './element'
export {NotReadyError} from './sdk'
export type {CareerPathEventMap, CareerPathState, LoadStatus, SourceKind, ViewName} from './element'
export type {Messages, MessageKey} from './i18n/en'
export type {PartialMessages} from './i18n/locale'
export type {Fallback} from './i18n/fallbacks'
export type {Assessment, CertificationInfo, CompareInfo, Curriculum, Milestone, PlanInfo, PlanOptions, PlanStep, ResourceInfo, ResourcePick, RoleInfo, RoleRef, RouteChoice, SkillGap, TrackInfo} from './types'

export const TAG_NAME = 'career-path'

/** A custom element name: lowercase, with a hyphen. */
export type CustomElementName = `${string}-${string}`

export interface DefineOptions {
  /** Tag to register (default `career-path`); for another tag, add it to `HTMLElementTagNameMap` yourself. */
  tagName?: CustomElementName
  /**
   * The sample curriculum, for elements with neither `src` nor `project-id`
   * (and `fallback="seed"`), in the language shown:
   * `seed: (lang) => import(lang === 'es' ? '@careerpath/widget/seed/es' : ...)`, or simply
   * `seed: () => import('@careerpath/widget/seed')` (English). Every bundler splits it into a
   * chunk of its own, loaded only when needed. Without it (and without `seedUrl`) such an
   * element shows the error card and says why in `careerpath:error`.
   */
  seed?: (lang: string) => Promise<{default: unknown}>
  /** Or the URL where you serve `careerpath-seed.json` (from `@careerpath/widget/careerpath-seed.json`). */
  seedUrl?: string | URL
  /**
   * Words for every element on the page, by language: overrides of the
   * shipped ones (`{en: {navMap: 'Our careers'}}`) or a language the widget
   * does not ship (`{fr: {...}}`; keys left out stay English).
   */
  messages?: Readonly<Record<string, PartialMessages>>
}

/** Thrown by define() for a tag that cannot be a custom element. */
export class DefineError extends Error {
  override readonly name = 'DefineError'
  readonly code = 'define-tag-name'
}

/** Registers the element; calling it again is harmless. */
export function define(options: DefineOptions = {}): typeof CareerPathElement {
  if (options.tagName && !/^[a-z][a-z0-9._-]*-[a-z0-9._-]*$/.test(options.tagName)) throw new DefineError(`"${options.tagName}" is not a custom element name (lowercase, with a hyphen).`)
  // Calling it again without a seed keeps the one given before. Each language's seed is named (`seedUrl` for English,
  // the others beside it: careerpath-seed.es.json); `seed` loads them as modules instead.
  if (options.seed || options.seedUrl) setSeedUrl(options.seedUrl && String(options.seedUrl), undefined, options.seed)
  if (options.messages) addMessages(options.messages)
  // On a server (SSR frameworks run shared code there) there is nothing to register.
  if (typeof customElements == 'undefined') return CareerPathElement
  const tag = options.tagName ?? TAG_NAME
  const existing = customElements.get(tag)
  if (existing) return existing as typeof CareerPathElement
  // A subclass per extra tag: one constructor cannot be registered twice.
  customElements.define(tag, tag === TAG_NAME ? CareerPathElement : class extends CareerPathElement {})
  return CareerPathElement
}

declare global {
  interface HTMLElementTagNameMap {
    'career-path': CareerPathElement
  }
  // The widget's events, typed on every element (they bubble and are composed).
  interface HTMLElementEventMap extends CareerPathEventMap {}
}
