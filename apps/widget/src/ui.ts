import {VIEWS, type Hideable, type UiState, type ViewName} from './views/context'

/** Attributes that restrict what is shown (host/restrict.ts): changing one rebuilds the data. */
export const RESTRICT_ATTRS = ['tracks', 'families', 'hide']
/** Attributes that name tracks or roles, checked once data is there (host/restrict.ts). */
export const SLUG_ATTRS = [...RESTRICT_ATTRS, 'track', 'role-slug', 'from', 'to', 'compare-a', 'compare-b']

/** True when the host hid the view or section (`hide="plan,compare,resources"`): nothing offers it. */
export const hidden = (attr: (name: string) => string | undefined, name: Hideable | ViewName): boolean => !!attr('hide')?.split(',').some((s) => s.trim() === name)

/** Attributes that say what is shown, and the state each sets. */
export const UI_ATTRS: Record<string, 'track' | 'role' | 'from' | 'to' | 'a' | 'b'> = {track: 'track', 'role-slug': 'role', from: 'from', to: 'to', 'compare-a': 'a', 'compare-b': 'b'}

/**
 * Reads the state from the attributes (all, or only the one that changed) into
 * `ui`: the element on every change, the server render once.
 */
export function readUi(ui: UiState, attr: (name: string) => string | undefined, only?: string): void {
  for (const [name, key] of Object.entries(UI_ATTRS)) if (!only || only === name) ui[key] = attr(name)
  const route = only === 'from' || only === 'to'
  if (route) ui.route = 0
  if (!only || only === 'view') {
    const view = attr('view') as ViewName | undefined
    ui.view = view && VIEWS.includes(view) ? view : ui.role ? 'role' : ui.from && ui.to ? 'plan' : ui.a && ui.b ? 'compare' : 'ladders'
  } else if (only === 'role-slug' && ui.role) ui.view = 'role'
  // Setting both ends of a route (or of a comparison) after load opens the planner (the comparison), as before load.
  else if (route && ui.from && ui.to && !attr('view')) ui.view = 'plan'
  else if (only?.startsWith('compare-') && ui.a && ui.b && !attr('view')) ui.view = 'compare'
}
