/**
 * The server render: the element's HTML with a declarative shadow root, drawn
 * by the same view code as in the browser (through `h()` on a string DOM), so
 * the map is on screen and readable before any JavaScript runs. The documents
 * it drew from ride along in a `<script type="application/json">` child: the
 * element builds its views from them on upgrade and swaps them in, in the same
 * task, instead of fetching the data again.
 */
import {createSnapshot, parseSnapshot} from '@careerpath/sdk/snapshot'
import {h, setDocument} from '../dom'
import {roleActions, roleHref} from '../host/links'
import {restrictDocuments} from '../host/restrict'
import {addEnglish, createLocale, languageDirection, loadMessages, pickLanguage} from '../i18n/locale'
import {createCurriculum, loadLater} from '../sdk'
import {cssText} from '../styles'
import {hidden, readUi} from '../ui'
import type {RenderedView, UiState, ViewContext} from '../views/context'
import {renderNav} from '../views/frame'
import {kit} from '../views/kit'
import {renderMap} from '../views/map'
import {slimDocuments} from './slim'
import {escapeAttr, serialize, stringDocument, type SElement} from './string-dom'

export interface RenderOptions {
  /** The element's attributes, as on the client (`view`, `track`, `role-slug`, `lang`, `theme`, `src`…). */
  attributes?: Record<string, string | undefined>
  /** The registered tag (default `career-path`), as given to `define({tagName})`. */
  tagName?: string
  /** A CSP nonce for the one `<style>` element (the markup has no style attributes). */
  nonce?: string
}

/** Thrown for options the render cannot honour (a tag that is not a custom element name). */
export class RenderOptionsError extends Error {
  override readonly name = 'RenderOptionsError'
  readonly code = 'render-options'
}

const TAG = /^[a-z][a-z0-9._-]*-[a-z0-9._-]*$/

/**
 * `<career-path …><template shadowrootmode="open">…</template><script …></career-path>`
 * for a snapshot (the object or its JSON text, as `careerpath snapshot` writes it),
 * in the language of the `lang` attribute (English without one). Throws the SDK's
 * SnapshotFormatError for anything that is not a snapshot.
 */
export async function renderCareerPath(snapshot: string | object, options: RenderOptions = {}): Promise<string> {
  const {attributes = {}, tagName = 'career-path', nonce} = options
  if (!TAG.test(tagName)) throw new RenderOptionsError(`"${tagName}" is not a custom element name (lowercase, with a hyphen).`)
  const attr = (name: string) => attributes[name] || undefined
  const parsed = parseSnapshot(snapshot)
  const lang = pickLanguage(attr('lang'), false)
  const documents = slimDocuments(parsed.documents, lang)
  // The views a visitor opens later, and the route questions, are a chunk in the browser; here they are simply loaded.
  const later = await loadLater()
  later.init(kit)
  addEnglish(later.EN_VIEWS)
  const l = createLocale(lang, await loadMessages(lang), (attr('dir') as 'ltr' | 'rtl' | undefined) ?? languageDirection(lang) ?? 'ltr')
  const data = createCurriculum(restrictDocuments(documents, attr), lang)
  const ui: UiState = {view: 'ladders'}
  readUi(ui, attr)
  const view = (ui.view === 'role' && !ui.role) || hidden(attr, ui.view) ? 'ladders' : ui.view
  const ignore = () => {}
  const ctx: ViewContext = {
    data,
    l,
    ui,
    me: undefined,
    stored: false,
    // Not the drawn map's layout: the moves are listed in words, as in narrow layouts (the stylesheet decides what shows).
    wide: false,
    openRole: ignore,
    open: ignore,
    keep: (patch) => void Object.assign(ui, patch),
    plan: (from, to, route = 0) => data.plan(from, to, {route}),
    compare: ignore,
    assess: ignore,
    say: ignore,
    hidden: (v) => hidden(attr, v),
    href: (slug) => roleHref(attr('role-href'), undefined, slug),
    follow: ignore,
    actions: (slug) => roleActions(ctx, slug),
  }
  const rules: string[] = []
  let markup: string
  setDocument(stringDocument as never)
  try {
    const rendered: RenderedView = view === 'ladders' ? renderMap(ctx) : later.views[view](ctx)
    const main = h('div.main', renderNav(l, view, ignore, ctx.hidden), rendered.el)
    const root = h('div.root', {part: 'root', lang: l.lang, dir: l.dir}, main, h('div.sr', {role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true'}))
    markup = serialize(root as unknown as SElement, rules)
  } finally {
    setDocument(undefined)
  }
  const attrs = Object.entries(attributes).flatMap(([k, v]) => (v == null ? [] : [` ${k.toLowerCase()}${v === '' ? '' : `="${escapeAttr(v)}"`}`]))
  // `<` escaped: no text in the data can close the script element.
  const json = JSON.stringify(createSnapshot(documents, {...parsed.source, language: lang}, new Date(parsed.takenAt))).replace(/</g, '\\u003c')
  const style = `<style${nonce ? ` nonce="${escapeAttr(nonce)}"` : ''}>${cssText()}${later.css}${rules.join('')}</style>`
  return `<${tagName}${attrs.join('')}><template shadowrootmode="open">${style}${markup}</template><script type="application/json" data-careerpath-ssr>${json}</script></${tagName}>`
}
