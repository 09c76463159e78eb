/**
 * A tiny DOM builder. Content only ever becomes text nodes (never markup), and
 * there is no way to write a `style` attribute: the few computed positions go
 * through the CSSOM (`el.style.setProperty`), which a strict CSP allows.
 */
export type Child = Node | string | number | null | undefined | false | Child[]
type AttrValue = string | number | boolean | null | undefined
export type Attrs = {style?: never} & Record<string, AttrValue | ((event: any) => void)>

/** A node of the page's DOM or of the server's string DOM (there is no `Node` global on a server). */
const isNode = (x: unknown): x is Node => !!x && typeof x === 'object' && 'nodeType' in x
const isAttrs = (x: unknown): x is Attrs => !!x && typeof x === 'object' && !isNode(x) && !Array.isArray(x)

/** Where elements are made: the page's document, or a server's string DOM (server/string-dom.ts). */
let doc: Pick<Document, 'createElement' | 'createElementNS'> | undefined
export const setDocument = (d: typeof doc): void => void (doc = d)

function build<E extends Element>(el: E, rest: (Attrs | Child)[]): E {
  const attrs = isAttrs(rest[0]) ? (rest.shift() as Attrs) : undefined
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (typeof value === 'function') el.addEventListener(name.slice(2), value)
    else if (value === true) el.setAttribute(name, '')
    else if (value !== false && value != null) el.setAttribute(name, String(value))
  }
  append(el, rest as Child[])
  return el
}

/** `h('li.cell.on', {part: 'x'}, ...children)`: a tag with optional classes, optional attributes, then children. */
export function h<K extends keyof HTMLElementTagNameMap>(sel: K | `${K}.${string}`, ...rest: (Attrs | Child)[]): HTMLElementTagNameMap[K] {
  const [tag, ...classes] = sel.split('.')
  const el = (doc ?? document).createElement(tag!)
  if (classes.length) el.className = classes.join(' ')
  return build(el as HTMLElementTagNameMap[K], rest)
}

/** An SVG element (the map's drawn moves). */
export const svg = <K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs): SVGElementTagNameMap[K] => build((doc ?? document).createElementNS('http://www.w3.org/2000/svg', tag), [attrs])

function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (Array.isArray(c)) append(el, c)
    else if (isNode(c)) el.append(c)
    else if (c != null && c !== false) el.append(String(c))
  }
}

/** Only absolute http(s) URLs; anything else (javascript:, data:, relative) is refused. */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined
  } catch {
    return undefined
  }
}

/** A link that opens in a new tab when the URL is a web address (`newTab` says so to screen readers), plain text otherwise. */
export function link(url: unknown, text: Child, newTab: string): HTMLElement {
  const href = safeUrl(url)
  return href ? h('a', {href, target: '_blank', rel: 'noopener noreferrer', part: 'link'}, text, h('span.sr', ` ${newTab}`)) : h('span.nolink', text)
}

/** A native button; `part` names it for `::part` styling (every actionable element has one). */
export const button = (text: Child, onclick: () => void, part = 'button', cls = 'btn', attrs?: Attrs): HTMLButtonElement => h('button', {type: 'button', class: cls, part, onclick, ...attrs}, text)

let counter = 0
/** Ids unique within the page, for aria-labelledby and label/for pairs. */
export const uid = (prefix: string) => `cp-${prefix}-${++counter}`
