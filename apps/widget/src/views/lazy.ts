/**
 * The views a visitor opens later (a role, the planner, the comparison, the
 * self-assessment) are chunks of their own: the map paints first without them.
 * Each loads once, on the first of: the visitor pointing at or focusing its
 * nav button, the browser going idle after the first render, or the view
 * being opened (a host's `view="plan"` or `role-slug` loads it alongside the data).
 */
import type {RenderedView, ViewContext, ViewName} from './context'
import {addStyles} from '../styles'
import {kit} from './kit'

export type Renderer = (ctx: ViewContext) => RenderedView
export type LazyView = 'role' | 'plan' | 'compare' | 'assess'

/** A view chunk's first run: its helpers and its styles in, then its renderer. */
const start = (m: {init(k: typeof kit): void; css: string}, render: Renderer): Renderer => (m.init(kit), addStyles(m.css), render)

const LOADERS: Readonly<Record<LazyView, () => Promise<Renderer>>> = {
  role: () => import('./role').then((m) => start(m, (ctx) => m.renderRole(ctx, ctx.ui.role!))),
  plan: () => import('./plan').then((m) => start(m, m.renderPlan)),
  compare: () => import('./compare').then((m) => start(m, m.renderCompare)),
  assess: () => import('./assess').then((m) => start(m, m.renderAssess)),
}
const ready = new Map<ViewName, Renderer>()
const loading = new Map<ViewName, Promise<Renderer>>()

export const isLazy = (view: ViewName): view is LazyView => view in LOADERS

/** The renderer if its chunk is here (then the view opens in the same task). */
export const loadedView = (view: LazyView): Renderer | undefined => ready.get(view)

export function loadView(view: LazyView): Promise<Renderer> {
  let p = loading.get(view)
  if (!p) {
    p = LOADERS[view]().then((render) => (ready.set(view, render), render))
    // A failed fetch may be retried on the next open.
    p.catch(() => loading.delete(view))
    loading.set(view, p)
  }
  return p
}

/** Loads every view chunk once the page is idle, so opening one is instant. */
export function prefetchViews(): void {
  const all = () => (Object.keys(LOADERS) as LazyView[]).forEach((v) => void loadView(v).catch(() => {}))
  const idle = (globalThis as {requestIdleCallback?: (f: () => void, o?: {timeout: number}) => number}).requestIdleCallback
  if (idle) idle(all, {timeout: 2000})
  else setTimeout(all, 200)
}
