/**
 * Opt-in deep links (`history="hash"` or `history="query"`): the widget's
 * view, role, route and comparison in the page's URL as `cp-<attribute>`
 * parameters, restored on load and on Back/Forward. It works through the
 * element's attributes, so attributes, `el.data` and the URL stay in step.
 * Loaded only when the attribute is set (its own chunk in the module build).
 */
import type {UiState} from '../views/context'

/** What each view needs in the URL; the rest is left out. */
const NEEDS: Record<string, string[]> = {role: ['role-slug'], plan: ['from', 'to'], compare: ['compare-a', 'compare-b']}

export type Attrs = Record<string, string | null | undefined>

export interface HistorySync {
  /** Writes the state to the URL: a new entry when the visitor navigated, else the current one replaced. */
  write(push: boolean): void
  stop(): void
}

/**
 * `keys`: the attributes the URL carries and the state each mirrors (ui.ts, passed in so this chunk shares no code with the bundle).
 * `set(attrs, read)` sets the element's attributes without its usual reaction; with `read` it then reads them all and draws once.
 */
export function connectHistory(el: Element, mode: string, keys: Record<string, string>, ui: () => Readonly<UiState>, set: (attrs: Attrs, read?: boolean) => void): HistorySync {
  const KEYS = {view: 'view', ...keys} as Record<string, keyof UiState>
  const hash = mode === 'hash'
  const params = () => new URLSearchParams(hash ? location.hash.slice(1) : location.search)
  // What the page set: restored when Back leads to an address without widget state.
  const initial: Attrs = Object.fromEntries(Object.keys(KEYS).map((a) => [a, el.getAttribute(a)]))
  const restore = () => {
    const p = params()
    const has = Object.keys(KEYS).some((a) => p.has(`cp-${a}`))
    set(Object.fromEntries(Object.keys(KEYS).map((a) => [a, has ? p.get(`cp-${a}`) : initial[a]])), true)
  }
  restore()
  addEventListener('popstate', restore)
  return {
    write(push) {
      const s = ui()
      // The map is where the widget starts: no parameters for it, so the page's own address stays clean.
      const shown: Attrs = {view: s.view === 'ladders' ? null : s.view, track: s.track, ...Object.fromEntries((NEEDS[s.view] ?? []).map((a) => [a, s[KEYS[a]!] as string | undefined]))}
      const attrs = Object.fromEntries(Object.keys(KEYS).map((a) => [a, shown[a] || null]))
      set(attrs)
      const p = params()
      for (const [a, v] of Object.entries(attrs)) v ? p.set(`cp-${a}`, v) : p.delete(`cp-${a}`)
      const query = p.toString()
      const url = hash ? `${location.pathname}${location.search}${query ? `#${query}` : ''}` : `${location.pathname}${query ? `?${query}` : ''}${location.hash}`
      if (url !== location.pathname + location.search + location.hash) history[push ? 'pushState' : 'replaceState'](history.state, '', url)
    },
    stop: () => removeEventListener('popstate', restore),
  }
}
