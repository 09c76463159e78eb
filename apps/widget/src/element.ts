import {checked, clearHash, fromHash, shareUrl, store, stored} from './assessment'
import {describeSource, DEFAULT_API_VERSION, isWidgetLoadError, loadDocuments, sanityQueryUrl, type SourceSpec} from './data'
import {h} from './dom'
import {aboutYears} from './estimates'
import type {Attrs, HistorySync} from './host/history'
import {roleHref} from './host/links'
import {createCurriculum} from './sdk'
import {styleSheets} from './styles'
import type {Assessment, Curriculum, PlanInfo} from './types'
import {hidden, readUi, RESTRICT_ATTRS, SLUG_ATTRS, UI_ATTRS} from './ui'
import type {RenderedView, UiState, ViewContext, ViewName} from './views/context'
import {renderFrame, renderView} from './views/frame'
import {renderError, renderSkeleton} from './views/states'

export type {ViewName} from './views/context'
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'
export type SourceKind = SourceSpec['kind']

/** What `el.data` returns: a read-only picture of the widget's state. */
export interface CareerPathState {
  readonly status: LoadStatus
  /** The source the shown data came from, once loaded. */
  readonly source: {readonly kind: SourceKind; readonly description: string} | undefined
  /** Why earlier sources were skipped, when the widget fell back to a later one (for developers: never shown to visitors). */
  readonly fallbackReasons: readonly string[]
  /** What went wrong when status is "error" (for developers: visitors see a short, friendly card). */
  readonly errors: readonly string[]
  readonly curriculum: Curriculum | undefined
  readonly view: ViewName
  readonly role: string | undefined
  readonly from: string | undefined
  readonly to: string | undefined
  /** The visitor's self-assessment, if they gave one. */
  readonly assessment: Assessment | undefined
}

/**
 * Every event the widget fires, with its `detail`. All bubble and are composed;
 * the navigation ones (`role-select`, `view`, `link`) are cancelable when a
 * visitor caused them: `preventDefault()` and the widget stays where it is.
 */
export interface CareerPathEventMap {
  /** A role is about to open (a click, or `showRole`: not cancelable from the API). */
  'careerpath:role-select': CustomEvent<{slug: string}>
  /** The visitor is about to switch views (`role` with the role opened). */
  'careerpath:view': CustomEvent<{view: ViewName; previous: ViewName; role: string | undefined}>
  /** Two roles are compared. */
  'careerpath:compare': CustomEvent<{a: string; b: string}>
  /** The visitor follows the host's link for a role (`role-href`, `roleHrefs`). */
  'careerpath:link': CustomEvent<{slug: string; url: string}>
  'careerpath:plan': CustomEvent<{from: string; to: string; plan: PlanInfo}>
  'careerpath:load': CustomEvent<{source: SourceKind; description: string; fallback: boolean; roles: number; tracks: number}>
  'careerpath:error': CustomEvent<{message: string; errors: string[]}>
  /** The self-assessment changed; `assessment` is null once the visitor cleared it. `url` shares it (state in the fragment). */
  'careerpath:assessment': CustomEvent<{assessment: Assessment | null; url: string | null}>
}

// The restriction is applied as the data is built: changing it rebuilds the data.
const SOURCE_ATTRS = ['src', 'project-id', 'dataset', 'api-version', 'api-host', 'fallback', 'live', ...RESTRICT_ATTRS]
/** Start loading this far outside the viewport. */
const MARGIN = 200

let seedUrl: string | undefined
let seedLoad: (() => Promise<unknown>) | undefined
/** Where the embedded seed curriculum lives (a URL, or a loader such as `() => import('@careerpath/widget/seed')`); set by each entry point. */
export function setSeedUrl(url: string | undefined, load?: () => Promise<unknown>): void {
  seedUrl = url
  seedLoad = load
}

/** Importing in Node (server rendering frameworks) must not throw: there is no HTMLElement to extend there. */
const Base = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement

/**
 * `<career-path>`: a career map, role details, route plans, comparisons and
 * the visitor's self-assessment. Nothing is fetched or parsed until the
 * element comes near the viewport.
 */
export class CareerPathElement extends Base {
  static readonly observedAttributes = [...SOURCE_ATTRS, ...Object.keys(UI_ATTRS), 'view', 'role-href']

  #ui: UiState = {view: 'ladders'}
  #status: LoadStatus = 'idle'
  #curriculum: Curriculum | undefined
  #source: SourceSpec | undefined
  #fallbackReasons: string[] = []
  #errors: string[] = []
  #me: Assessment | undefined
  #readMe = false
  #ssr: unknown
  #observer: IntersectionObserver | undefined
  #abort: AbortController | undefined
  #loading: Promise<void> | undefined
  #reloadQueued = false
  #rendered = false
  #cleanup: (() => void) | undefined
  readonly #live: HTMLDivElement
  #hrefs: Readonly<Record<string, string>> | undefined
  #history: HistorySync | undefined
  #historyReady: Promise<unknown> | undefined
  #quiet = false
  #stopLive: (() => void) | undefined
  readonly #main: HTMLDivElement

  constructor() {
    super()
    // A server render (ssr.ts) left a declarative shadow root: it stays painted until the first render replaces it.
    const shadow = this.shadowRoot ?? this.attachShadow({mode: 'open'})
    const server = shadow.firstChild
    shadow.adoptedStyleSheets = styleSheets(false)
    this.#live = h('div.sr', {role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true'})
    this.#main = h('div.main', !server && renderSkeleton())
    const root = h('div.root', {part: 'root', lang: 'en', dir: 'ltr'}, this.#main, this.#live)
    if (!server) shadow.append(root)
  }

  connectedCallback(): void {
    const mode = this.#attr('history')
    if (mode && !this.#historyReady) this.#historyReady = import('./host/history').then((m) => (this.#history = m.connectHistory(this, mode, UI_ATTRS, () => ({...this.#ui, view: this.#currentView()}), (a, read) => this.#set(a, read))))
    if (this.#status === 'ready') this.#goLive()
    if (this.#status !== 'idle') return
    performance.mark('careerpath:connected')
    this.#readUi()
    if (!this.#readMe) {
      // A shared link wins over what this browser kept (only kept when the host allows it).
      this.#me = fromHash() ?? (this.#storage() ? stored() : undefined)
      this.#readMe = true
    }
    // Already near the viewport: start now rather than a frame later, when the observer would first report.
    const r = this.getBoundingClientRect()
    if (this.#attr('loading') === 'eager' || this.#embedded() || typeof IntersectionObserver === 'undefined' || ((r.width || r.height) && r.top < innerHeight + MARGIN && r.bottom > -MARGIN)) return void this.#start()
    this.#observer?.disconnect()
    this.#observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && this.#start(), {rootMargin: `${MARGIN}px`})
    this.#observer.observe(this)
  }

  disconnectedCallback(): void {
    this.#stopLive?.()
    this.#stopLive = undefined
    this.#history?.stop()
    this.#history = this.#historyReady = undefined
    this.#observer?.disconnect()
    this.#observer = undefined
    if (this.#status === 'loading') {
      this.#abort?.abort()
      this.#status = 'idle'
      this.#loading = undefined
    }
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (old === value || this.#quiet) return
    if (SOURCE_ATTRS.includes(name)) {
      // Before the first load the new sources are simply read when it starts.
      if (this.#status === 'idle') return
      // Several source attributes often change together: reload once.
      if (!this.#reloadQueued) {
        this.#reloadQueued = true
        queueMicrotask(() => {
          this.#reloadQueued = false
          void this.reload()
        })
      }
      return
    }
    this.#readUi(name)
    if (this.#status === 'ready') this.#render(false), void this.#check()
  }

  /** Sets attributes without reacting to each (history.ts); with `read`, reads them all and draws once. */
  #set(attrs: Attrs, read?: boolean): void {
    this.#quiet = true
    for (const [k, v] of Object.entries(attrs)) v == null ? this.removeAttribute(k) : this.setAttribute(k, v)
    this.#quiet = false
    if (read) this.#readUi(), this.#status === 'ready' && this.#render(false)
  }

  /** A read-only picture of what the widget holds and shows. */
  get data(): CareerPathState {
    return Object.freeze({
      status: this.#status,
      source: this.#source && this.#status === 'ready' ? Object.freeze({kind: this.#source.kind, description: describeSource(this.#source)}) : undefined,
      fallbackReasons: Object.freeze([...this.#fallbackReasons]),
      errors: Object.freeze([...this.#errors]),
      curriculum: this.#curriculum,
      view: this.#currentView(),
      role: this.#ui.role,
      from: this.#ui.from,
      to: this.#ui.to,
      assessment: this.#me && Object.freeze({role: this.#me.role, skills: Object.freeze({...this.#me.skills})}),
    })
  }

  /** Links from roles to the host's pages (`{slug: url}`), before the `role-href` template. */
  get roleHrefs(): Readonly<Record<string, string>> | undefined {
    return this.#hrefs
  }
  set roleHrefs(hrefs: Readonly<Record<string, string>> | undefined) {
    this.#hrefs = hrefs && Object.freeze({...hrefs})
    if (this.#status === 'ready') this.#render(false)
  }

  /** Opens a role's details (loading data first if needed). */
  showRole(slug: string): void {
    this.#ui = {...this.#ui, view: 'role', role: slug}
    this.#emitRole(slug)
    this.#afterApi()
  }

  /** Opens the planner on a route; resolves with the plan (null when no route leads there). */
  async planRoute(from: string, to: string): Promise<PlanInfo | null> {
    this.#ui = {...this.#ui, view: 'plan', from, to, route: 0}
    this.#afterApi()
    await this.#loading
    try {
      return this.#curriculum ? this.#plan(from, to, 0, false) : null
    } catch {
      return null
    }
  }

  /** Sets the visitor's self-assessment (for example from an internal-mobility profile), or clears it with null. */
  setAssessment(assessment: Assessment | null): void {
    this.#assess(assessment ?? undefined)
    if (this.#status === 'ready') this.#render(false)
  }

  /** Loads the data again from the configured sources. */
  reload(): Promise<void> {
    this.#abort?.abort()
    this.#status = 'idle'
    this.#loading = undefined
    return this.#start()
  }

  #afterApi(): void {
    if (this.#status === 'ready') this.#render(false)
    else void this.#start()
  }

  #attr(name: string): string | undefined {
    return this.getAttribute(name) || undefined
  }

  #storage(): boolean {
    return this.#attr('storage') === 'local'
  }

  #assess(a: Assessment | undefined): void {
    this.#me = a && this.#curriculum ? checked(a, this.#curriculum) : a
    if (this.#storage()) store(this.#me)
    if (!this.#me) clearHash()
    this.#emit('careerpath:assessment', {assessment: this.#me ?? null, url: this.#me ? shareUrl(this.#me) : null})
  }

  #readUi(only?: string): void {
    readUi(this.#ui, (name) => this.#attr(name), only)
  }

  /** The data a server render embedded (ssr.ts): used once, instead of fetching it again. */
  #embedded(): unknown {
    const script = this.querySelector(':scope>script[data-careerpath-ssr]')
    if (!script || this.#rendered) return
    try {
      return (this.#ssr ??= JSON.parse(script.textContent!))
    } catch {
      return undefined
    }
  }

  #currentView(): ViewName {
    const view = this.#ui.view
    return (view === 'role' && !this.#ui.role) || this.#hidden(view) ? 'ladders' : view
  }

  #hidden(view: ViewName): boolean {
    return hidden((n) => this.#attr(n), view)
  }

  /** Attributes naming something not shown: said once to the developers (console, `careerpath:error`), never silently ignored. */
  async #check(): Promise<void> {
    if (!SLUG_ATTRS.some((n) => this.#attr(n))) return
    const data = this.#curriculum!
    const errors = (await import('./host/restrict')).unknownSlugs(data, (n) => this.#attr(n)).filter((e) => !warned.has(e) && warned.add(e))
    if (errors.length) console.warn(`<career-path>: ${errors.join(' ')}`), this.#emit('careerpath:error', {message: errors.join(' '), errors})
  }

  /** The sources to try, best first; an absent `src`/`project-id` means the seed. */
  #sources(): SourceSpec[] {
    const list: SourceSpec[] = []
    const snapshot = (url: string) => list.push({kind: 'snapshot', url: new URL(url, document.baseURI).href})
    const [src, projectId, fallback] = ['src', 'project-id', 'fallback'].map((n) => this.#attr(n))
    const embedded = this.#embedded()
    if (embedded) list.push({kind: 'snapshot', url: '', data: embedded})
    if (src) snapshot(src)
    if (projectId) list.push({kind: 'sanity', projectId, dataset: this.#attr('dataset') ?? 'production', apiVersion: this.#attr('api-version') ?? DEFAULT_API_VERSION, apiHost: this.#attr('api-host')})
    if (!list.length || fallback === 'seed') (seedUrl || seedLoad) && list.push({kind: 'seed', url: seedUrl ?? '', load: seedLoad})
    else if (fallback) snapshot(fallback)
    return list
  }

  #start(): Promise<void> {
    this.#observer?.disconnect()
    this.#observer = undefined
    if (this.#loading) return this.#loading
    this.#status = 'loading'
    if (this.#rendered) this.#main.replaceChildren(renderSkeleton())
    const abort = (this.#abort = new AbortController())
    this.#loading = this.#load(abort.signal).catch((error: unknown) => {
      if (!abort.signal.aborted) throw error
    })
    // The request is on its way: now the rest of the styles, parsed and matched while it travels.
    this.shadowRoot!.adoptedStyleSheets = styleSheets(true)
    return this.#loading
  }

  async #load(signal: AbortSignal): Promise<void> {
    const errors: string[] = []
    const sources = this.#sources()
    if (!sources.length) errors.push('No data source is configured: set the "src" or "project-id" attribute.')
    for (const source of sources) {
      try {
        const documents = await loadDocuments(source, signal)
        await this.#historyReady
        if (signal.aborted) return
        const started = performance.now()
        const curriculum = await this.#build(documents)
        // On a slow or busy device the career graph and the first render get a task each, so neither blocks the page long.
        if (performance.now() - started > 20) await pause()
        if (signal.aborted) return
        if (!curriculum.roles.length) throw new Error(`${capitalise(describeSource(source))} has no published roles.`)
        this.#curriculum = curriculum
        this.#source = source
        this.#fallbackReasons = errors
        this.#errors = []
        this.#status = 'ready'
        this.#me = checked(this.#me, curriculum)
        this.#render(false)
        performance.mark('careerpath:rendered')
        this.#emit('careerpath:load', {source: source.kind, description: describeSource(source), fallback: errors.length > 0, roles: curriculum.roles.length, tracks: curriculum.tracks.length})
        void this.#check()
        this.#goLive()
        return
      } catch (error) {
        if (signal.aborted) return
        errors.push(isWidgetLoadError(error) ? capitalise(error.message) : error instanceof Error ? error.message : String(error))
      }
    }
    this.#status = 'error'
    this.#errors = errors
    this.#curriculum = undefined
    this.#show(renderError(() => void this.reload()), false)
    this.#emit('careerpath:error', {message: errors.join(' '), errors})
  }

  /** The curriculum from raw documents, restricted to what the host shows. */
  async #build(documents: unknown[]): Promise<Curriculum> {
    return createCurriculum(RESTRICT_ATTRS.some((n) => this.#attr(n)) ? (await import('./host/restrict')).restrictDocuments(documents, (n) => this.#attr(n)) : documents)
  }

  /** `live` on a Sanity source: follow published changes (host/live.ts) while on the page. */
  #goLive(): void {
    const source = this.#source
    this.#stopLive?.()
    this.#stopLive = undefined
    if (source?.kind !== 'sanity' || !this.hasAttribute('live')) return
    void import('./host/live').then((m) => {
      if (this.#source !== source || !this.isConnected || this.#stopLive) return
      this.#stopLive = m.connectLive(sanityQueryUrl(source), source.syncTags, Number(this.#attr('live')) || 60, async (documents) => {
        const curriculum = await this.#build(documents)
        if (this.#source !== source || !curriculum.roles.length) return
        this.#curriculum = curriculum
        this.#me = checked(this.#me, curriculum)
        this.#render(false)
      })
    })
  }

  #context(): ViewContext {
    return {
      data: this.#curriculum!,
      ui: this.#ui,
      me: this.#me,
      stored: this.#storage(),
      // Layout is clean by now (the skeleton has been painted), so reading the width costs nothing.
      wide: this.clientWidth >= 50 * parseFloat(getComputedStyle(document.documentElement).fontSize),
      openRole: (slug) => this.#go({view: 'role', role: slug}),
      open: (view, patch) => this.#go({back: undefined, ...patch, view}),
      hidden: (view) => this.#hidden(view),
      href: (slug) => roleHref(this.#attr('role-href'), this.#hrefs, slug),
      follow: (event, slug, url) => this.#emit('careerpath:link', {slug, url}, true) || event.preventDefault(),
      keep: (patch) => void Object.assign(this.#ui, patch),
      plan: (from, to, route = 0, quiet) => {
        const plan = this.#plan(from, to, route)
        if (!quiet) this.#say(plan ? `Plan: ${plan.steps.length} ${plan.steps.length === 1 ? 'move' : 'moves'}, ${aboutYears(plan.years)}.` : 'No plan for this choice.'), this.#history?.write(false)
        return plan
      },
      compare: (a, b) => {
        this.#ui = {...this.#ui, a: a || undefined, b: b || undefined}
        if (a && b) this.#say('Comparison updated.'), this.#emit('careerpath:compare', {a, b})
        this.#history?.write(false)
      },
      assess: (a) => this.#assess(a),
      say: (text) => this.#say(text),
    }
  }

  /** Records the route, plans it from the visitor's own levels when they assessed the starting role, and emits it. Throws for unknown slugs. */
  #plan(from: string, to: string, route: number, emit = true): PlanInfo | null {
    this.#ui = {...this.#ui, from: from || undefined, to: to || undefined, route}
    const me = this.#me
    const plan = this.#curriculum!.plan(from, to, {route, have: me?.role === from ? me.skills : undefined})
    if (plan && emit) this.#emit('careerpath:plan', {from, to, plan})
    return plan
  }

  #render(focus: boolean): void {
    const view = this.#currentView()
    this.#show(renderView(this.#context(), view), focus, view)
    // A visitor's move is a new history entry; anything else replaces the current one.
    this.#history?.write(focus)
  }

  #show(view: RenderedView, focus: boolean, current?: ViewName): void {
    this.#cleanup?.()
    this.#cleanup = view.cleanup
    const parts: Node[] = current ? renderFrame(current, (name) => this.#context().open(name), (v) => this.#hidden(v), this.#fallbackReasons.length ? this.#source?.kind : undefined) : []
    parts.push(view.el)
    // Replacing the view would drop focus to <body> if it was inside: keep it in the widget.
    const hadFocus = this.shadowRoot!.activeElement !== null
    const first = !this.#rendered
    this.#main.replaceChildren(...parts)
    // Replaces the server render in one step, in its final state (no fade-in): the same markup, so nothing moves.
    if (!this.#main.isConnected) this.shadowRoot!.replaceChildren(this.#main.parentNode!), view.el.getAnimations().forEach((a) => a.finish())
    this.#rendered = true
    // One announcement per change: a focus move speaks for itself; the first (lazy) render says nothing.
    if (focus || hadFocus) (view.focus ?? view.heading).focus()
    else if (!first) this.#say(view.announce)
  }

  #say(text: string): void {
    // Clearing first makes screen readers repeat an identical message.
    this.#live.textContent = ''
    requestAnimationFrame(() => (this.#live.textContent = text))
  }

  /** A visitor's move to another view or role: the host may cancel it (and route itself). */
  #go(patch: Partial<UiState>): void {
    const next = {...this.#ui, ...patch}
    if (next.view === 'role' && !this.#emitRole(next.role!, true)) return
    if (!this.#emit('careerpath:view', {view: next.view, previous: this.#currentView(), role: next.role}, true)) return
    this.#ui = next
    this.#render(true)
  }

  /** False when the host cancelled it. */
  #emitRole(slug: string, cancelable?: boolean): boolean {
    return !(this.#curriculum?.roles.some((r) => r.slug === slug) ?? true) || this.#emit('careerpath:role-select', {slug}, cancelable)
  }

  /** False when the host cancelled it. */
  #emit<K extends keyof CareerPathEventMap>(type: K, detail: CareerPathEventMap[K]['detail'], cancelable?: boolean): boolean {
    return this.dispatchEvent(new CustomEvent(type, {detail, bubbles: true, composed: true, cancelable}))
  }
}

/** Messages already warned about on this page (each once). */
const warned = new Set<string>()
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
/** Yields to the page between chunks of work (scheduler.yield where it exists). */
const pause = (): Promise<unknown> => (globalThis as {scheduler?: {yield?: () => Promise<void>}}).scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve))
