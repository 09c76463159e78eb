/**
 * @careerpath/widget for bundlers: import, then call `define()` once.
 * Importing this module defines nothing by itself.
 */
import {CareerPathElement, setSeedUrl, type CareerPathEventMap} from './element'

export {CareerPathElement} from './element'
export type {CareerPathEventMap, CareerPathState, LoadStatus, SourceKind, ViewName} from './element'
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
}

/** Registers the element; calling it again is harmless. */
export function define(options: DefineOptions = {}): typeof CareerPathElement {
  setSeedUrl(String(options.seedUrl ?? new URL('./careerpath-seed.json', import.meta.url)))
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
