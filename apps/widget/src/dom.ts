/**
 * A tiny DOM builder. Content only ever becomes text nodes (never markup), and
 * there is no way to set a `style` attribute, so a strict CSP page is safe.
 */
export type Child = Node | string | number | null | undefined | false | Child[]
type AttrValue = string | number | boolean | null | undefined
export type Attrs = {style?: never} & Record<string, AttrValue | ((event: any) => void)>

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (typeof value === 'function') el.addEventListener(name.slice(2), value)
    else if (value === true) el.setAttribute(name, '')
    else if (value !== false && value != null) el.setAttribute(name, String(value))
  }
  append(el, children)
  return el
}

function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (Array.isArray(c)) append(el, c)
    else if (c instanceof Node) el.append(c)
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

/** A link that opens in a new tab when the URL is a web address, plain text otherwise. */
export function link(url: unknown, text: string, part = 'link'): HTMLElement {
  const href = safeUrl(url)
  if (!href) return h('span', {class: 'nolink'}, text)
  return h('a', {href, target: '_blank', rel: 'noopener noreferrer', part}, text, h('span', {class: 'sr'}, ' (opens in a new tab)'))
}

let counter = 0
/** Ids unique within the page, for aria-labelledby and label/for pairs. */
export const uid = (prefix: string) => `cp-${prefix}-${++counter}`
