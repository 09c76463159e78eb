import {checked, clearHash, fromHash, shareUrl, store, stored} from './assessment'
import {describeSource, DEFAULT_API_VERSION, isWidgetLoadError, loadDocuments, sanityQueryUrl, type SourceSpec} from './data'
import {h} from './dom'
import {aboutYears} from './estimates'
import type {Attrs, HistorySync} from './host/history'
import {roleHref, roleActions} from './host/links'
import {EN} from './i18n/en'
import type {Fallback} from './i18n/fallbacks'
import {createLocale, languageDirection, loadMessages, pickLanguage, type Locale, type PartialMessages} from './i18n/locale'
import {createCurriculum, loadRoutes} from './sdk'
import {styleSheets} from './styles'
import type {Assessment, Curriculum, PlanInfo} from './types'
import {hidden, readUi, RESTRICT_ATTRS, SLUG_ATTRS, UI_ATTRS} from './ui'
import type {Hideable, RenderedView, UiState, ViewContext, ViewName} from './views/context'
import {isLazy, loadedView, loadView, prefetchViews, type LazyView} from './views/lazy'
import {renderNav} from './views/frame'
import {renderMap} from './views/map'
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
  /** The language shown (`es` for `lang="es-MX"`; `en` when the widget has no words for the one asked for) and its direction. */
  readonly language: string
  readonly dir: 'ltr' | 'rtl'
  /** Content shown in English because it is not translated into `language` (marked `lang="en"` where it appears). */
  readonly fallbacks: readonly Fallback[]
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

const ENGLISH = createLocale('en', EN, 'ltr')
/** Languages with a seed of their own beside `careerpath-seed.json` (`careerpath-seed.es.json`): each visitor fetches one. */
const SEED_LANGUAGES = ['es', 'de']
const seedFor = (url: string, lang: string) => seedUrls?.[lang] ?? (SEED_LANGUAGES.includes(lang) ? url.replace(/\.json$/, `.${lang}.json`) : url)

// The restriction is applied as the data is built: changing it rebuilds the data.
const SOURCE_ATTRS = ['src', 'project-id', 'dataset', 'api-version', 'api-host', 'fallback', 'live', ...RESTRICT_ATTRS]
/** Start loading this far outside the viewport. */
const MARGIN = 200

let seedUrl: string | undefined
let seedUrls: Readonly<Record<string, string>> | undefined
let seedLoad: ((lang: string) => Promise<unknown>) | undefined
/**
 * Where the embedded seed curriculum lives, set by each entry point; the other languages' seeds beside it unless
 * given. Or a loader (`define({seed})`: `(lang) => import(...)`), which every bundler splits into a chunk.
 */
export function setSeedUrl(url: string | undefined, languages?: Readonly<Record<string, string>>, load?: (lang: string) => Promise<unknown>): void {
  seedUrl = url
  seedUrls = languages
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
  static readonly observedAttributes = [...SOURCE_ATTRS, ...Object.keys(UI_ATTRS), 'view', 'lang', 'dir', 'messages', 'role-href']

  #ui: UiState = {view: 'ladders'}
  #status: LoadStatus = 'idle'
  #curriculum: Curriculum | undefined
  #source: SourceSpec | undefined
  #fallbackReasons: string[] = []
  #errors: string[] = []
  #me: Assessment | undefined
  #readMe = false
  #observer: IntersectionObserver | undefined
  #abort: AbortController | undefined
  #loading: Promise<void> | undefined
  #reloadQueued = false
  #rendered = false
  #cleanup: (() => void) | undefined
  #locale: Locale = ENGLISH
  #messages: PartialMessages | undefined
  #documents: readonly unknown[] = []
  #fallbacks: Fallback[] = []
  /** How fallbacks are found and marked: a chunk, loaded with the words of any language but English. */
  #fallbackKit: typeof import('./i18n/fallbacks') | undefined
  #marks: MutationObserver | undefined
  /** Counts renders, so a view whose chunk arrives late does not replace a newer one. */
  #renders = 0
  #hrefs: Readonly<Record<string, string>> | undefined
  #history: HistorySync | undefined
  #historyReady: Promise<unknown> | undefined
  #quiet = false
  #stopLive: (() => void) | undefined
  #ssr: unknown
  readonly #live: HTMLDivElement
  readonly #main: HTMLDivElement
  readonly #root: HTMLDivElement

  constructor() {
    super()
    // A server render (ssr.ts) left a declarative shadow root: it stays painted until the first render replaces it.
    const shadow = this.shadowRoot ?? this.attachShadow({mode: 'open'})
    const server = shadow.firstChild
    shadow.adoptedStyleSheets = styleSheets(false)
    this.#live = h('div.sr', {role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true'})
    this.#main = h('div.main', !server && renderSkeleton(EN.loading))
    this.#root = h('div.root', {part: 'root', lang: 'en', dir: 'ltr'}, this.#main, this.#live)
    if (!server) shadow.append(this.#root)
  }

  /** The host's own words (a partial catalogue) for the language shown, over the widget's; also settable as the `messages` attribute (JSON). */
  get messages(): PartialMessages | undefined {
    return this.#messages
  }

  set messages(value: PartialMessages | undefined) {
    this.#messages = value ?? undefined
    this.#relocalize()
  }

  connectedCallback(): void {
    const mode = this.#attr('history')
    if (mode && !this.#historyReady) this.#historyReady = import('./host/history').then((m) => (this.#history = m.connectHistory(this, mode, UI_ATTRS, () => ({...this.#ui, view: this.#currentView()}), (a, read) => this.#set(a, read))))
    if (this.#status === 'ready') this.#goLive()
    if (this.#status !== 'idle') return
    performance.mark('careerpath:connected')
    this.#readUi()
    // Already near the viewport: the request goes first (the rest runs while it travels), not a frame later, when the observer would first report.
    const r = this.getBoundingClientRect()
    if (this.#attr('loading') === 'eager' || this.#embedded() || typeof IntersectionObserver === 'undefined' || ((r.width || r.height) && r.top < innerHeight + MARGIN && r.bottom > -MARGIN)) void this.#start()
    else {
      this.#observer?.disconnect()
      this.#observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && this.#start(), {rootMargin: `${MARGIN}px`})
      this.#observer.observe(this)
    }
    if (!this.#readMe) {
      // A shared link wins over what this browser kept (only kept when the host allows it).
      this.#me = fromHash() ?? (this.#storage() ? stored() : undefined)
      this.#readMe = true
    }
  }

  disconnectedCallback(): void {
    this.#history?.stop()
    this.#history = this.#historyReady = undefined
    this.#stopLive?.()
    this.#stopLive = undefined
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
    if (name === 'lang' || name === 'dir' || name === 'messages') return this.#relocalize()
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
      language: this.#locale.lang,
      dir: this.#locale.dir,
      fallbacks: Object.freeze(this.#fallbacks.map((f) => Object.freeze({...f}))),
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
      await loadRoutes()
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
      const data = (this.#ssr ??= JSON.parse(script.textContent!)) as {source?: {language?: string}}
      // Rendered in another language than the one shown here: fetched instead, in this one.
      return (data.source?.language ?? 'en') === this.#language() ? data : undefined
    } catch {
      return undefined
    }
  }

  #currentView(): ViewName {
    const view = this.#ui.view
    return (view === 'role' && !this.#ui.role) || this.#hidden(view) ? 'ladders' : view
  }

  #hidden(name: Hideable | ViewName): boolean {
    return hidden((n) => this.#attr(n), name)
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
    const lang = this.#language()
    if (!list.length || fallback === 'seed') (seedUrl || seedLoad) && list.push({kind: 'seed', url: seedUrl ? seedFor(seedUrl, lang) : lang, load: seedLoad && (() => seedLoad!(lang))})
    else if (fallback) snapshot(fallback)
    return list
  }

  #start(): Promise<void> {
    this.#observer?.disconnect()
    this.#observer = undefined
    if (this.#loading) return this.#loading
    this.#status = 'loading'
    if (this.#rendered) this.#main.replaceChildren(renderSkeleton(this.#locale.t('loading')))
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
    // The words load while the data travels (English is already here).
    const locale = this.#localize()
    if (!sources.length) errors.push('No data source is configured: set the "src" or "project-id" attribute.')
    for (const source of sources) {
      try {
        // A first view from a chunk (a host's view="plan") loads alongside too.
        const view = this.#currentView()
        const [documents] = await Promise.all([loadDocuments(source, signal), locale, isLazy(view) && loadView(view).catch(() => {}), this.#historyReady])
        if (signal.aborted) return
        const started = performance.now()
        const curriculum = this.#build(await this.#restrict(documents))
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
        prefetchViews()
        this.#emit('careerpath:load', {source: source.kind, description: describeSource(source), fallback: errors.length > 0, roles: curriculum.roles.length, tracks: curriculum.tracks.length})
        void this.#check()
        this.#goLive()
        return
      } catch (error) {
        if (signal.aborted) return
        errors.push(isWidgetLoadError(error) ? capitalise(error.message) : error instanceof Error ? error.message : String(error))
      }
    }
    await locale
    if (signal.aborted) return
    this.#status = 'error'
    this.#errors = errors
    this.#curriculum = undefined
    this.#show(renderError(this.#locale, () => void this.reload()), false)
    this.#emit('careerpath:error', {message: errors.join(' '), errors})
  }

  /** The language asked for (the closest `lang`, normally the page's), as the widget can show it. */
  #language(): string {
    return pickLanguage(this.closest('[lang]')?.getAttribute('lang'), !!this.#own())
  }

  #own(): PartialMessages | undefined {
    if (this.#messages) return this.#messages
    const json = this.getAttribute('messages')
    try {
      return json ? (JSON.parse(json) as PartialMessages) : undefined
    } catch {
      console.warn('<career-path>: the "messages" attribute is not JSON; it is ignored.')
      return undefined
    }
  }

  /**
   * Direction: the element's own `dir`; with a `lang` of its own, that
   * language's; else the page's (closest `dir`), else the language's. English
   * shown instead of an unknown language is left to right.
   */
  #direction(lang: string): 'ltr' | 'rtl' {
    const valid = (d: string | null | undefined) => (d === 'rtl' || d === 'ltr' ? d : undefined)
    const requested = (this.closest('[lang]')?.getAttribute('lang') ?? 'en').toLowerCase()
    if (lang === 'en' && !requested.startsWith('en')) return 'ltr'
    const own = valid(this.getAttribute('dir'))
    const fromLang = languageDirection(lang)
    return own ?? (this.hasAttribute('lang') ? fromLang : undefined) ?? valid(this.closest('[dir]')?.getAttribute('dir')) ?? fromLang ?? 'ltr'
  }

  /** Loads the words for the language asked for and applies them to the root (and the skeleton, if it shows). */
  async #localize(): Promise<Locale> {
    const lang = this.#language()
    const [messages, kit] = await Promise.all([loadMessages(lang, this.#own()), lang === 'en' ? undefined : import('./i18n/fallbacks').catch(() => undefined)])
    this.#fallbackKit = kit
    const l = (this.#locale = createLocale(lang, messages, this.#direction(lang)))
    this.#root.lang = l.lang
    this.#root.dir = l.dir
    this.#main.querySelector('[part=skeleton]')?.setAttribute('aria-label', l.t('loading'))
    return l
  }

  /** The documents the host shows (`tracks`, `families`, `hide`: host/restrict.ts, loaded only then). */
  async #restrict(documents: unknown[]): Promise<unknown[]> {
    return RESTRICT_ATTRS.some((n) => this.#attr(n)) ? (await import('./host/restrict')).restrictDocuments(documents, (n) => this.#attr(n)) : documents
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
        const curriculum = this.#build(await this.#restrict(documents))
        if (this.#source !== source || !curriculum.roles.length) return
        this.#curriculum = curriculum
        this.#me = checked(this.#me, curriculum)
        this.#render(false)
      })
    })
  }

  /** The curriculum in the shown language, and which of its content fell back to English (marked as such wherever it appears). */
  #build(documents: readonly unknown[]): Curriculum {
    const lang = this.#locale.lang
    const curriculum = createCurriculum(documents, lang)
    this.#documents = documents
    const kit = this.#fallbackKit
    this.#fallbacks = kit?.findFallbacks(documents, lang) ?? []
    this.#marks?.disconnect()
    this.#marks = undefined
    if (kit && this.#fallbacks.length) {
      const mark = kit.englishMarker(this.#fallbacks.map((f) => f.text))
      this.#marks = new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach(mark)))
      this.#marks.observe(this.#main, {childList: true, subtree: true})
    }
    return curriculum
  }

  /** `lang`, `dir` or the messages changed: new words, the content in the new language (a seed has one file per language). */
  #relocalize(): void {
    if (this.#status === 'idle') return
    const lang = this.#language()
    if (this.#status === 'loading' || (this.#source?.kind === 'seed' && seedUrl && this.#source.url !== seedFor(seedUrl, lang))) return void this.reload()
    const before = this.#locale.lang
    void this.#localize().then(() => {
      if (this.#status === 'ready') {
        if (this.#locale.lang !== before) this.#curriculum = this.#build(this.#documents)
        this.#render(false)
      } else if (this.#status === 'error') this.#show(renderError(this.#locale, () => void this.reload()), false)
    })
  }

  #context(): ViewContext {
    return {
      data: this.#curriculum!,
      l: this.#locale,
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
      actions: (slug) => roleActions(this.#context(), slug),
      keep: (patch) => void Object.assign(this.#ui, patch),
      plan: (from, to, route = 0, quiet) => {
        const plan = this.#plan(from, to, route)
        const l = this.#locale
        if (!quiet) this.#say(plan ? l.t('planSaid', {moves: l.t('moves', {count: plan.steps.length}), about: aboutYears(l, plan.years)}) : l.t('noPlan')), this.#history?.write(false)
        return plan
      },
      compare: (a, b) => {
        this.#ui = {...this.#ui, a: a || undefined, b: b || undefined}
        if (a && b) this.#say(this.#locale.t('compareUpdated')), this.#emit('careerpath:compare', {a, b})
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
    const render = view === 'ladders' ? renderMap : loadedView(view)
    const token = ++this.#renders
    if (!render) {
      // Its chunk is on its way (it is usually here already, prefetched): render when it arrives unless another render came first.
      loadView(view as LazyView).then(
        () => token === this.#renders && this.#status === 'ready' && this.#render(focus),
        () => token === this.#renders && this.#show(renderError(this.#locale, () => this.#render(true)), focus),
      )
      return
    }
    this.#show(render(this.#context()), focus, view)
    // A visitor's move is a new history entry; anything else replaces the current one.
    this.#history?.write(focus)
  }

  #show(view: RenderedView, focus: boolean, current?: ViewName): void {
    this.#cleanup?.()
    this.#cleanup = view.cleanup
    const parts: Node[] = []
    if (current) {
      parts.push(renderNav(this.#locale, current, (name) => this.#context().open(name), (v) => this.#hidden(v), prefetch))
      // Visitors get a plain sentence; what failed is in `data.fallbackReasons` for the site's developers.
      if (this.#fallbackReasons.length && this.#source) {
        parts.push(h('p.notice', {part: 'notice', role: 'note'}, this.#locale.t(this.#source.kind === 'seed' ? 'noticeSeed' : 'noticeSaved')))
      }
    }
    parts.push(view.el)
    // A view from a chunk brought its styles: adopt them before it shows.
    const sheets = styleSheets(true)
    if (this.shadowRoot!.adoptedStyleSheets.length !== sheets.length) this.shadowRoot!.adoptedStyleSheets = sheets
    // Replacing the view would drop focus to <body> if it was inside: keep it in the widget.
    const hadFocus = this.shadowRoot!.activeElement !== null
    const first = !this.#rendered
    this.#main.replaceChildren(...parts)
    // Replaces the server render in one step, in its final state (no fade-in): the same markup, so nothing moves.
    if (!this.#main.isConnected) this.shadowRoot!.replaceChildren(this.#root), view.el.getAnimations().forEach((a) => a.finish())
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

const prefetch = (view: ViewName) => isLazy(view) && void loadView(view).catch(() => {})
/** Messages already warned about on this page (each once). */
const warned = new Set<string>()
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
/** Yields to the page between chunks of work (scheduler.yield where it exists). */
const pause = (): Promise<unknown> => (globalThis as {scheduler?: {yield?: () => Promise<void>}}).scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve))
