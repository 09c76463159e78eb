/**
 * The views a visitor opens later (a role, the planner, the comparison, the
 * self-assessment) come in one chunk (`later.ts`): the map paints first
 * without them. It loads once, on the first of: the visitor pointing at or
 * focusing a nav button, the browser going idle after the first render, or a
 * view being opened (a host's `view="plan"` or `role-slug` loads it alongside
 * the data).
 */
import {addEnglish} from '../i18n/locale'
import {loadLater} from '../sdk'
import {addStyles} from '../styles'
import type {RenderedView, ViewContext, ViewName} from './context'
import {kit} from './kit'

export type Renderer = (ctx: ViewContext) => RenderedView
export type LazyView = Exclude<ViewName, 'ladders'>

let views: Readonly<Record<LazyView, Renderer>> | undefined
let started: Promise<unknown> | undefined

export const isLazy = (view: ViewName): view is LazyView => view !== 'ladders'

/** The renderer if the chunk is here (then the view opens in the same task). */
export const loadedView = (view: LazyView): Renderer | undefined => views?.[view]

export function loadView(view: LazyView): Promise<Renderer> {
  // The chunk's first run: its helpers, styles and English words in, once.
  started ??= loadLater().then((m) => {
    m.init(kit)
    addStyles(m.css)
    addEnglish(m.EN_VIEWS)
    views = m.views
  })
  // A failed fetch may be tried again on the next open.
  started.catch(() => (started = undefined))
  return started.then(() => views![view])
}

/** Loads the chunk once the page is idle, so opening a view is instant. */
export function prefetchViews(): void {
  const load = () => void loadView('role').catch(() => {})
  const idle = (globalThis as {requestIdleCallback?: (f: () => void, o?: {timeout: number}) => number}).requestIdleCallback
  if (idle) idle(load, {timeout: 2000})
  else setTimeout(load, 200)
}
