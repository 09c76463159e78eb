import type {Child} from '../dom'
import type {Locale} from '../i18n/locale'
import type {Assessment, Curriculum, PlanInfo} from '../types'

export type ViewName = 'ladders' | 'role' | 'plan' | 'compare' | 'assess'
export const VIEWS: readonly ViewName[] = ['ladders', 'role', 'plan', 'compare', 'assess']
// What a host can hide (`hide`): listed once, in host/restrict.ts (a type import: the list stays in its lazy chunk).
import type {Hideable} from '../host/restrict'
export type {Hideable}

/** What is on screen; attributes and the JS API write it, views read it. */
export interface UiState {
  view: ViewName
  track?: string | undefined
  role?: string | undefined
  from?: string | undefined
  to?: string | undefined
  a?: string | undefined
  b?: string | undefined
  /** Which of the planner's routes is shown (0 = best). */
  route?: number | undefined
  /** The role the visitor opened from the map: focus returns to it. */
  back?: string | undefined
  /** The track shown when the map draws one track at a time (narrow layouts). */
  col?: number | undefined
}

/** What a view gets: the data, the state and the actions it may trigger. */
export interface ViewContext {
  data: Curriculum
  /** The widget's words, numbers and dates in its language. */
  l: Locale
  ui: Readonly<UiState>
  /** The visitor's self-assessment, checked against the data. */
  me: Assessment | undefined
  /** True when the host lets the assessment live in localStorage. */
  stored: boolean
  /** True when the widget is wide enough for the drawn map (its container query's breakpoint). */
  wide: boolean
  openRole(slug: string): void
  /** Shows another view; focus moves to it. */
  open(view: ViewName, patch?: Partial<UiState>): void
  /** Records state a view changes in place, without rendering again. */
  keep(patch: Partial<UiState>): void
  /** Records the selection, emits `careerpath:plan` for a route, announces the result unless `quiet`. */
  plan(from: string, to: string, route?: number, quiet?: boolean): PlanInfo | null
  compare(a: string, b: string): void
  /** Sets or clears the self-assessment (emits `careerpath:assessment`, stores it when allowed). */
  assess(a: Assessment | undefined): void
  /** Says something through the live region (once per change). */
  say(text: string): void
  /** True for a view or section the host hid (`hide`): nothing offers it or speaks of it. */
  hidden(name: Hideable | ViewName): boolean
  /** The host's link for a role (`role-href`, `roleHrefs`), if any. */
  href(slug: string): string | undefined
  /** The visitor follows a host link: emits the cancelable `careerpath:link`; a host that cancels it routes itself. */
  follow(event: Event, slug: string, url: string): void
  /** The role view's host actions: its link to open positions, the `role-actions` slot (host/links.ts, in the entry). */
  actions(slug: string): Child[]
}

export interface RenderedView {
  el: HTMLElement
  /** Gets focus when the visitor moved here from inside the widget. */
  heading: HTMLElement
  /** Where focus goes instead of the heading (the role the visitor came back from). */
  focus?: HTMLElement | undefined
  /** Said by the live region when the view changes without moving focus. */
  announce: string
  /** Runs when the view is replaced. */
  cleanup?: () => void
}
