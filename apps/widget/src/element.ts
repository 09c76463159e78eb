import {describeSource, DEFAULT_API_VERSION, isWidgetLoadError, loadDocuments, type SourceSpec} from './data'
import {h} from './dom'
import {aboutYears} from './estimates'
import {createCurriculum} from './sdk'
import {styleSheet} from './styles'
import type {Curriculum, PlanInfo} from './types'
import {renderCompare} from './views/compare'
import {VIEWS, type RenderedView, type UiState, type ViewContext, type ViewName} from './views/context'
import {renderLadders} from './views/ladders'
import {renderPlan} from './views/plan'
import {renderRole} from './views/role'
import {renderError, renderSkeleton} from './views/states'

export type {ViewName} from './views/context'
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'
export type SourceKind = SourceSpec['kind']

/** What `el.data` returns: a read-only picture of the widget's state. */
export interface CareerPathState {
  readonly status: LoadStatus
  /** The source the shown data came from, once loaded. */
  readonly source: {readonly kind: SourceKind; readonly description: string} | undefined
  /** Why earlier sources were skipped, when the widget fell back to a later one. */
  readonly fallbackReasons: readonly string[]
  /** What went wrong when status is "error". */
  readonly errors: readonly string[]
  readonly curriculum: Curriculum | undefined
  readonly view: ViewName
  readonly role: string | undefined
  readonly from: string | undefined
  readonly to: string | undefined
}

export interface CareerPathEventMap {
  'careerpath:role-select': CustomEvent<{slug: string}>
  'careerpath:plan': CustomEvent<{from: string; to: string; plan: PlanInfo}>
  'careerpath:load': CustomEvent<{source: SourceKind; description: string; fallback: boolean; roles: number; tracks: number}>
  'careerpath:error': CustomEvent<{message: string; errors: string[]}>
}

const NAV: [ViewName, string][] = [
  ['ladders', 'Ladders'],
  ['plan', 'Plan a route'],
  ['compare', 'Compare roles'],
]

const SOURCE_ATTRS = ['src', 'project-id', 'dataset', 'api-version', 'api-host', 'fallback']
const UI_ATTRS: Record<string, keyof Omit<UiState, 'view'>> = {track: 'track', 'role-slug': 'role', from: 'from', to: 'to', 'compare-a': 'a', 'compare-b': 'b'}

let seedUrl: string | undefined
/** Where the embedded seed curriculum lives; set by each entry point. */
export function setSeedUrl(url: string | undefined): void {
  seedUrl = url
}

/**
 * `<career-path>`: career ladders, role details, route plans and comparisons.
 * Nothing is fetched or parsed until the element scrolls near the viewport.
 */
export class CareerPathElement extends HTMLElement {
  static readonly observedAttributes = [...SOURCE_ATTRS, ...Object.keys(UI_ATTRS), 'view']

  #ui: UiState = {view: 'ladders'}
  #status: LoadStatus = 'idle'
  #curriculum: Curriculum | undefined
  #source: SourceSpec | undefined
  #fallbackReasons: string[] = []
  #errors: string[] = []
  #observer: IntersectionObserver | undefined
  #abort: AbortController | undefined
  #loading: Promise<void> | undefined
  #reloadQueued = false
  #rendered = false
  readonly #root: HTMLDivElement
  readonly #live: HTMLDivElement
  readonly #main: HTMLDivElement

  constructor() {
    super()
    const shadow = this.attachShadow({mode: 'open'})
    shadow.adoptedStyleSheets = [styleSheet()]
    this.#live = h('div', {class: 'sr', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true'})
    this.#main = h('div', {class: 'main'}, renderSkeleton())
    this.#root = h('div', {class: 'root', part: 'root', lang: 'en', dir: 'ltr'}, this.#main, this.#live)
    shadow.append(this.#root)
  }

  connectedCallback(): void {
    if (this.#status !== 'idle') return
    performance.mark('careerpath:connected')
    this.#readUi()
    if (this.getAttribute('loading') === 'eager' || typeof IntersectionObserver === 'undefined') return void this.#start()
    this.#observer?.disconnect()
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) this.#start()
      },
      {rootMargin: '200px'},
    )
    this.#observer.observe(this)
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect()
    this.#observer = undefined
    if (this.#status === 'loading') {
      this.#abort?.abort()
      this.#status = 'idle'
      this.#loading = undefined
    }
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (old === value) return
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
    if (this.#status === 'ready') this.#render(false)
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
    })
  }

  /** Opens a role's details (loading data first if needed). */
  showRole(slug: string): void {
    this.#ui = {...this.#ui, view: 'role', role: slug}
    this.#emitRole(slug)
    this.#afterApi()
  }

  /** Opens the planner on a route; resolves with the plan (null when no route leads there). */
  async planRoute(from: string, to: string): Promise<PlanInfo | null> {
    this.#ui = {...this.#ui, view: 'plan', from, to}
    this.#afterApi()
    await this.#loading
    return this.#curriculum ? this.#plan(from, to) : null
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

  #readUi(only?: string): void {
    for (const [attr, key] of Object.entries(UI_ATTRS)) {
      if (only && only !== attr) continue
      this.#ui[key] = this.getAttribute(attr) || undefined
    }
    if (!only || only === 'view') {
      const view = this.getAttribute('view') as ViewName | null
      this.#ui.view = view && VIEWS.includes(view) ? view : this.#ui.role ? 'role' : this.#ui.from && this.#ui.to ? 'plan' : 'ladders'
    } else if (only === 'role-slug' && this.#ui.role) this.#ui.view = 'role'
    // Setting both ends of a route after load opens the planner, as it does before load.
    else if ((only === 'from' || only === 'to') && this.#ui.from && this.#ui.to && !this.getAttribute('view')) this.#ui.view = 'plan'
  }

  #currentView(): ViewName {
    return this.#ui.view === 'role' && !this.#ui.role ? 'ladders' : this.#ui.view
  }

  /** The sources to try, best first; an absent `src`/`project-id` means the seed. */
  #sources(): SourceSpec[] {
    const list: SourceSpec[] = []
    const src = this.getAttribute('src')
    const projectId = this.getAttribute('project-id')
    if (src) list.push({kind: 'snapshot', url: new URL(src, document.baseURI).href})
    if (projectId) {
      list.push({
        kind: 'sanity',
        projectId,
        dataset: this.getAttribute('dataset') || 'production',
        apiVersion: this.getAttribute('api-version') || DEFAULT_API_VERSION,
        apiHost: this.getAttribute('api-host') || undefined,
      })
    }
    const fallback = this.getAttribute('fallback')
    const seed = seedUrl ? ({kind: 'seed', url: seedUrl} as const) : undefined
    if (!list.length || fallback === 'seed') {
      if (seed) list.push(seed)
    } else if (fallback) list.push({kind: 'snapshot', url: new URL(fallback, document.baseURI).href})
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
    return this.#loading
  }

  async #load(signal: AbortSignal): Promise<void> {
    const errors: string[] = []
    const sources = this.#sources()
    if (!sources.length) errors.push('No data source is configured: set the "src" or "project-id" attribute.')
    for (const source of sources) {
      try {
        const documents = await loadDocuments(source, signal)
        if (signal.aborted) return
        const curriculum = createCurriculum(documents)
        if (!curriculum.roles.length) throw new Error(`${capitalise(describeSource(source))} has no published roles.`)
        this.#curriculum = curriculum
        this.#source = source
        this.#fallbackReasons = errors
        this.#errors = []
        this.#status = 'ready'
        // After a fallback the first announcement also says what failed.
        this.#render(false, errors.length > 0)
        performance.mark('careerpath:rendered')
        this.#emit('careerpath:load', {source: source.kind, description: describeSource(source), fallback: errors.length > 0, roles: curriculum.roles.length, tracks: curriculum.tracks.length})
        return
      } catch (error) {
        if (signal.aborted) return
        errors.push(isWidgetLoadError(error) ? capitalise(error.message) : error instanceof Error ? error.message : String(error))
      }
    }
    this.#status = 'error'
    this.#errors = errors
    this.#curriculum = undefined
    this.#show(renderError(errors, () => void this.reload()), false)
    this.#emit('careerpath:error', {message: errors.join(' '), errors})
  }

  #context(): ViewContext {
    return {
      data: this.#curriculum!,
      ui: this.#ui,
      openRole: (slug) => {
        this.#ui = {...this.#ui, view: 'role', role: slug}
        this.#emitRole(slug)
        this.#render(true)
      },
      open: (view) => {
        this.#ui = {...this.#ui, view}
        this.#render(true)
      },
      plan: (from, to) => {
        const plan = this.#plan(from, to)
        if (this.#rendered && this.#currentView() === 'plan') this.#announce(plan ? `Plan: ${plan.steps.length} ${plan.steps.length === 1 ? 'step' : 'steps'}, ${aboutYears(plan.years, plan.estimated ? 'estimate' : undefined)}.` : 'No plan for this choice.')
        return plan
      },
      compare: (a, b) => {
        this.#ui = {...this.#ui, a: a || undefined, b: b || undefined}
        if (a && b && this.#currentView() === 'compare') this.#announce('Comparison updated.')
      },
    }
  }

  #plan(from: string, to: string): PlanInfo | null {
    this.#ui = {...this.#ui, from: from || undefined, to: to || undefined}
    if (!from || !to || !this.#curriculum) return null
    let plan: PlanInfo | null
    try {
      plan = this.#curriculum.plan(from, to)
    } catch {
      return null
    }
    if (plan) this.#emit('careerpath:plan', {from, to, plan})
    return plan
  }

  #render(focus: boolean, announceNotice = false): void {
    const ctx = this.#context()
    const view = this.#currentView()
    const rendered = view === 'role' ? renderRole(ctx, this.#ui.role!) : view === 'plan' ? renderPlan(ctx) : view === 'compare' ? renderCompare(ctx) : renderLadders(ctx)
    this.#show(rendered, focus, view, announceNotice)
  }

  #show(view: RenderedView, focus: boolean, current?: ViewName, announceNotice = false): void {
    const parts: Node[] = []
    let notice = ''
    if (current) {
      parts.push(
        h(
          'nav',
          {class: 'nav', part: 'nav', 'aria-label': 'Career path views'},
          NAV.map(([name, text]) => h('button', {type: 'button', part: 'nav-button', 'aria-current': name === current ? 'page' : null, onclick: () => this.#context().open(name)}, text)),
        ),
      )
      if (this.#fallbackReasons.length && this.#source) {
        notice = `${this.#fallbackReasons.join(' ')} Showing ${describeSource(this.#source)} instead.`
        parts.push(h('p', {class: 'notice', part: 'notice', role: 'note'}, notice))
      }
    }
    parts.push(view.el)
    // Replacing the view would drop focus to <body> if it was inside: keep it in the widget.
    const hadFocus = this.shadowRoot!.activeElement !== null
    this.#main.replaceChildren(...parts)
    this.#rendered = true
    if (focus || hadFocus) view.heading.focus()
    this.#announce(announceNotice && notice ? `${notice} ${view.announce}` : view.announce)
  }

  #announce(text: string): void {
    // Clearing first makes screen readers repeat an identical message.
    this.#live.textContent = ''
    requestAnimationFrame(() => (this.#live.textContent = text))
  }

  #emitRole(slug: string): void {
    if (this.#curriculum?.roles.some((r) => r.slug === slug) ?? true) this.#emit('careerpath:role-select', {slug})
  }

  #emit<K extends keyof CareerPathEventMap>(type: K, detail: CareerPathEventMap[K]['detail']): void {
    this.dispatchEvent(new CustomEvent(type, {detail, bubbles: true, composed: true}))
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
