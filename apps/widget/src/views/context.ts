import type {Curriculum, PlanInfo} from '../types'

export type ViewName = 'ladders' | 'role' | 'plan' | 'compare'
export const VIEWS: readonly ViewName[] = ['ladders', 'role', 'plan', 'compare']

/** What is on screen; attributes and the JS API write it, views read it. */
export interface UiState {
  view: ViewName
  track?: string | undefined
  role?: string | undefined
  from?: string | undefined
  to?: string | undefined
  a?: string | undefined
  b?: string | undefined
}

/** What a view gets: the data, the state and the actions it may trigger. */
export interface ViewContext {
  data: Curriculum
  ui: Readonly<UiState>
  openRole(slug: string): void
  open(view: ViewName): void
  /** Records the selection, emits `careerpath:plan` for a route, announces the result. */
  plan(from: string, to: string): PlanInfo | null
  compare(a: string, b: string): void
}

export interface RenderedView {
  el: HTMLElement
  /** Gets focus when the visitor moved here from inside the widget. */
  heading: HTMLElement
  /** Said by the live region. */
  announce: string
}
