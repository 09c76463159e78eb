/**
 * @careerpath/widget for bundlers: import, then call `define()` once.
 * Importing this module defines nothing by itself.
 */
import {CareerPathElement, setSeedUrl, type CareerPathEventMap} from './element'
import {addMessages, type PartialMessages} from './i18n/locale'

export {CareerPathElement} from './element'
export {NotReadyError} from './sdk'
export type {CareerPathEventMap, CareerPathState, LoadStatus, SourceKind, ViewName} from './element'
export type {Messages, MessageKey} from './i18n/en'
export type {PartialMessages} from './i18n/locale'
export type {Fallback} from './i18n/fallbacks'
export type {Assessment, CertificationInfo, CompareInfo, Curriculum, Milestone, PlanInfo, PlanOptions, PlanStep, ResourceInfo, ResourcePick, RoleInfo, RoleRef, RouteChoice, SkillGap, TrackInfo} from './types'

export const TAG_NAME = 'career-path'

export interface DefineOptions {
  /** Tag to register (default `career-path`). */
  tagName?: string
  /**
   * URL of the embedded seed curriculum, used when an element has neither
   * `src` nor `project-id`. Defaults to `careerpath-seed.json` beside this module.
   */
  seedUrl?: string | URL
  /**
   * Words for every element on the page, by language: overrides of the
   * shipped ones (`{en: {navMap: 'Our careers'}}`) or a language the widget
   * does not ship (`{fr: {...}}`; keys left out stay English).
   */
  messages?: Readonly<Record<string, PartialMessages>>
}

/** Registers the element; calling it again is harmless. */
export function define(options: DefineOptions = {}): typeof CareerPathElement {
  // Each seed named in full, so bundlers (Vite, webpack 5, esbuild) copy all three as assets.
  const seeds = options.seedUrl ? undefined : {es: String(new URL('./careerpath-seed.es.json', import.meta.url)), de: String(new URL('./careerpath-seed.de.json', import.meta.url))}
  setSeedUrl(String(options.seedUrl ?? new URL('./careerpath-seed.json', import.meta.url)), seeds)
  if (options.messages) addMessages(options.messages)
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
