// The table of contents of a generated page, read from its rendered HTML: every h2/h3 with an id, in order.
// Generated pages hand this to StarlightPage so the right rail lists them as it does for Markdown pages.

export interface PageHeading {
  depth: number
  slug: string
  text: string
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')

/** h2 and h3 elements that carry an id; their text without markup. Headings marked `data-toc="skip"` are left out. */
export function headingsOf(html: string): PageHeading[] {
  const out: PageHeading[] = []
  // A <template> (the widget's server-rendered shadow root) is not part of the page's outline: its headings belong to the widget.
  const page = html.replace(/<template\b[\s\S]*?<\/template>/g, '')
  for (const m of page.matchAll(/<h([23])\b([^>]*)>([\s\S]*?)<\/h\1>/g)) {
    const attrs = m[2]!
    const id = /\sid="([^"]+)"/.exec(attrs)?.[1]
    if (!id || /data-toc="skip"/.test(attrs)) continue
    // Parts marked data-toc-omit (a kind badge, a count) stay in the heading but not in the table of contents.
    const inner = m[3]!.replace(/<(\w+)[^>]*\sdata-toc-omit[^>]*>[\s\S]*?<\/\1>/g, '')
    const text = decode(inner.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim()
    if (text) out.push({depth: Number(m[1]), slug: decode(id), text})
  }
  return out
}
