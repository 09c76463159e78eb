/**
 * What surrounds every view (the view switcher, the fallback notice) and which
 * view draws what: shared by the element and the server render, so both
 * draw the same markup.
 */
import {h} from '../dom'
import type {SourceSpec} from '../data'
import {renderAssess} from './assess'
import {renderCompare} from './compare'
import type {RenderedView, ViewContext, ViewName} from './context'
import {renderMap} from './map'
import {renderPlan} from './plan'
import {renderRole} from './role'

const NAV: [ViewName, string][] = [
  ['ladders', 'Career map'],
  ['plan', 'Plan a route'],
  ['compare', 'Compare roles'],
  ['assess', 'Your skills'],
]

/** Draws a view; `role` shows the role in `ctx.ui.role`. */
export const renderView = (ctx: ViewContext, view: ViewName): RenderedView =>
  view === 'role' ? renderRole(ctx, ctx.ui.role!) : {ladders: renderMap, plan: renderPlan, compare: renderCompare, assess: renderAssess}[view](ctx)

/** The view switcher, and the one-line notice when the data is a fallback (`fallback` is its kind). */
export function renderFrame(current: ViewName, open: (view: ViewName) => void, hidden: (view: ViewName) => boolean, fallback?: SourceSpec['kind']): HTMLElement[] {
  const parts = [
    h(
      'nav.nav.row',
      {part: 'nav', 'aria-label': 'Career paths'},
      NAV.map(([name, text]) => !hidden(name) && h('button', {type: 'button', part: name === current ? 'nav-button nav-current' : 'nav-button', 'aria-pressed': String(name === current), onclick: () => open(name)}, text)),
    ),
  ]
  // Visitors get a plain sentence; what failed is in `data.fallbackReasons` for the site's developers.
  if (fallback) parts.push(h('p.notice', {part: 'notice', role: 'note'}, fallback === 'seed' ? 'Showing sample career paths: this site’s own could not be loaded just now.' : 'Showing a saved copy: the latest career paths could not be loaded just now.'))
  return parts
}
