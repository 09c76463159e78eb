// The widget's server render, when @careerpath/widget publishes one (widget v2 part 2, issue 14: a function such as
// `renderCareerPath(snapshot, options)` from its own entry point, returning the element's HTML with a declarative
// shadow root). Role pages call it when it is there; until then they draw their own static map inside the element,
// which the browser shows without JavaScript and the widget replaces when it upgrades.
import type {Snapshot} from '@careerpath/sdk/snapshot'

export interface WidgetRenderOptions {
  /** The element's attributes, as on the client (view, track, role-slug…). */
  attributes: Record<string, string>
}

export type WidgetServerRender = (snapshot: Snapshot, options: WidgetRenderOptions) => string | Promise<string>

/** Entry points the server render may be published under, tried in order. */
export const SSR_SPECIFIERS = ['@careerpath/widget/ssr', '@careerpath/widget/server'] as const

let found: Promise<WidgetServerRender | null> | undefined

/** The widget's server render function, or null while the widget has none. */
export function widgetServerRender(): Promise<WidgetServerRender | null> {
  found ??= (async () => {
    for (const specifier of SSR_SPECIFIERS) {
      try {
        // A variable specifier: the entry may not exist yet, so the bundler must not try to resolve it at build time.
        const mod = (await import(/* @vite-ignore */ specifier)) as {renderCareerPath?: unknown}
        if (typeof mod.renderCareerPath === 'function') return mod.renderCareerPath as WidgetServerRender
      } catch {
        // Not exported (yet): try the next name.
      }
    }
    return null
  })()
  return found
}
