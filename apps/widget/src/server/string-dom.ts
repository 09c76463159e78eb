/**
 * The smallest DOM the views need to build on a server: elements, text,
 * attributes, classes, `dataset`, `style` and `select.value`, serialized to
 * HTML. Event listeners, focus and layout are no-ops (nothing runs there).
 * Not a general DOM: it holds exactly what `dom.ts`'s `h()` and the views call.
 */
type Child = SElement | SText

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;')
const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
/** Elements without an end tag. */
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'source', 'wbr'])

class SText {
  readonly nodeType = 3
  constructor(public data: string) {}
  get textContent(): string {
    return this.data
  }
}

export class SElement {
  readonly nodeType = 1
  readonly attributes = new Map<string, string>()
  childNodes: Child[] = []
  parentNode: SElement | null = null
  /** Inline declarations (the CSSOM positions the views set); serialized as a rule, never as a style attribute. */
  readonly styles = new Map<string, string>()
  readonly style: Record<string, string> & {setProperty(name: string, value: string): void}
  readonly dataset: Record<string, string>
  readonly classList = {
    add: (...names: string[]) => this.#classes((set) => names.forEach((n) => set.add(n))),
    remove: (...names: string[]) => this.#classes((set) => names.forEach((n) => set.delete(n))),
    contains: (name: string) => this.className.split(/\s+/).includes(name),
    toggle: (name: string, force?: boolean) => {
      const on = force ?? !this.classList.contains(name)
      this.#classes((set) => (on ? set.add(name) : set.delete(name)))
      return on
    },
  }

  constructor(readonly localName: string) {
    const styles = this.styles
    this.style = new Proxy({setProperty: (name: string, value: string) => void styles.set(name, value)} as SElement['style'], {
      set: (_, prop, value) => (styles.set(kebab(String(prop)), String(value)), true),
    })
    this.dataset = new Proxy({} as Record<string, string>, {
      get: (_, prop) => this.getAttribute(`data-${kebab(String(prop))}`) ?? undefined,
      set: (_, prop, value) => (this.setAttribute(`data-${kebab(String(prop))}`, String(value)), true),
    })
  }

  #classes(change: (set: Set<string>) => void): void {
    const set = new Set(this.className.split(/\s+/).filter(Boolean))
    change(set)
    this.className = [...set].join(' ')
  }

  setAttribute(name: string, value: string): void {
    this.attributes.set(name.toLowerCase(), String(value))
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name.toLowerCase()) ?? null
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name.toLowerCase())
  }
  hasAttribute(name: string): boolean {
    return this.attributes.has(name.toLowerCase())
  }
  get className(): string {
    return this.getAttribute('class') ?? ''
  }
  set className(value: string) {
    if (value) this.setAttribute('class', value)
    else this.removeAttribute('class')
  }
  get id(): string {
    return this.getAttribute('id') ?? ''
  }
  get hidden(): boolean {
    return this.hasAttribute('hidden')
  }
  set hidden(on: boolean) {
    if (on) this.setAttribute('hidden', '')
    else this.removeAttribute('hidden')
  }
  set tabIndex(n: number) {
    this.setAttribute('tabindex', String(n))
  }
  get textContent(): string {
    return this.childNodes.map((c) => c.textContent).join('')
  }
  set textContent(text: string) {
    this.replaceChildren(text)
  }
  /** A select's value: the selected option's (the first when none is); setting it selects the matching option. */
  get value(): string {
    const options = this.querySelectorAll('option')
    const on = options.find((o) => o.hasAttribute('selected')) ?? options[0]
    return this.localName === 'select' ? (on?.getAttribute('value') ?? '') : (this.getAttribute('value') ?? '')
  }
  set value(value: string) {
    if (this.localName !== 'select') this.setAttribute('value', value)
    else for (const o of this.querySelectorAll('option')) o.getAttribute('value') === value ? o.setAttribute('selected', '') : o.removeAttribute('selected')
  }
  get firstChild(): Child | null {
    return this.childNodes[0] ?? null
  }

  append(...nodes: (Child | string)[]): void {
    for (const n of nodes) {
      const node = typeof n === 'string' ? new SText(n) : n
      if (node instanceof SElement) {
        node.parentNode?.childNodes.splice(node.parentNode.childNodes.indexOf(node), 1)
        node.parentNode = this
      }
      this.childNodes.push(node)
    }
  }
  replaceChildren(...nodes: (Child | string)[]): void {
    for (const c of this.childNodes) if (c instanceof SElement) c.parentNode = null
    this.childNodes = []
    this.append(...nodes)
  }
  /** Simple selectors only: a tag name or `.class`. */
  querySelectorAll(selector: string): SElement[] {
    const match = (e: SElement) => (selector.startsWith('.') ? e.classList.contains(selector.slice(1)) : e.localName === selector)
    const out: SElement[] = []
    const walk = (e: SElement) => e.childNodes.forEach((c) => c instanceof SElement && (match(c) && out.push(c), walk(c)))
    walk(this)
    return out
  }
  querySelector(selector: string): SElement | null {
    return this.querySelectorAll(selector)[0] ?? null
  }
  closest(): null {
    return null
  }
  contains(): boolean {
    return false
  }
  // Nothing is interactive or laid out on a server.
  addEventListener(): void {}
  focus(): void {}
  getClientRects(): [] {
    return []
  }
  getBoundingClientRect() {
    return {left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0}
  }
}

/** What `h()` needs of a document. */
export const stringDocument = {
  createElement: (tag: string) => new SElement(tag.toLowerCase()),
  createElementNS: (_ns: string, tag: string) => new SElement(tag),
}

/**
 * HTML for a tree. Inline declarations become rules of `rules` keyed by a
 * `data-cp-s` attribute, so the markup has no style attributes (a strict CSP
 * with a nonce for the one <style> element still applies).
 */
export function serialize(node: Child, rules: string[]): string {
  if (node instanceof SText) return escapeText(node.data)
  let attrs = ''
  if (node.styles.size) {
    const n = rules.length
    rules.push(`[data-cp-s="${n}"]{${[...node.styles].map(([k, v]) => `${k}:${v}`).join(';')}}`)
    node.setAttribute('data-cp-s', String(n))
  }
  for (const [name, value] of node.attributes) attrs += value === '' ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`
  const open = `<${node.localName}${attrs}>`
  return VOID.has(node.localName) ? open : `${open}${node.childNodes.map((c) => serialize(c, rules)).join('')}</${node.localName}>`
}

export {escapeAttr}
