/** Text of a built page's Markdown body (Starlight's .sl-markdown-content), markup stripped. */
export function bodyText(html: string): string {
  const start = html.indexOf('sl-markdown-content')
  if (start === -1) return ''
  const end = html.indexOf('<footer', start)
  return html
    .slice(html.indexOf('>', start) + 1, end === -1 ? undefined : end)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Slugs of pages whose body has fewer than `min` characters of text. */
export function emptyPages(pages: readonly {slug: string; html: string}[], min = 200): string[] {
  return pages.filter((p) => bodyText(p.html).length < min).map((p) => p.slug)
}
