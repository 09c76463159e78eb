// Finds broken internal links and #anchors in a built static site. Pure functions over HTML text,
// so the checker itself is unit-tested on small fixtures.
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs'
import {join, posix, relative, sep} from 'node:path'

export interface BrokenLink {
  /** Page (site path) holding the link. */
  page: string
  /** The link as written. */
  href: string
  reason: string
}

/** Removes text in which `href="…"` is content, not markup: code blocks and inline script/style bodies. */
function stripNonMarkup(html: string): string {
  return html
    .replace(/<pre[\s>][\s\S]*?<\/pre>/gi, '')
    .replace(/<code[\s>][\s\S]*?<\/code>/gi, '')
    .replace(/<textarea[\s>][\s\S]*?<\/textarea>/gi, '')
    .replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1</script>')
    .replace(/(<style\b[^>]*>)[\s\S]*?<\/style>/gi, '$1</style>')
    .replace(/<!--[\s\S]*?-->/g, '')
}

const decode = (s: string) =>
  s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')

/** Every href/src in markup. */
export function extractLinks(html: string): string[] {
  const out: string[] = []
  for (const m of stripNonMarkup(html).matchAll(/\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    out.push(decode(m[1] ?? m[2] ?? ''))
  }
  return out
}

/** Every id (and legacy name anchor) on the page. */
export function extractIds(html: string): Set<string> {
  const ids = new Set<string>()
  for (const m of html.matchAll(/\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) ids.add(decode(m[1] ?? m[2] ?? ''))
  return ids
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i

/** Resolves a site path to the file a static host would serve, or undefined when none exists. */
export function resolveSitePath(files: ReadonlySet<string>, path: string): string | undefined {
  const clean = path.replace(/^\/+/, '')
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`, `${clean}.html`]
  return candidates.find((c) => files.has(c))
}

/**
 * Checks every page's internal links. `pages` maps a file path relative to the site root ("roles/x/index.html")
 * to its HTML; `files` lists every file in the site.
 */
export function findBrokenLinks(pages: ReadonlyMap<string, string>, files: ReadonlySet<string>): BrokenLink[] {
  const idsCache = new Map<string, Set<string>>()
  const idsOf = (file: string) => {
    let ids = idsCache.get(file)
    if (!ids) idsCache.set(file, (ids = extractIds(pages.get(file) ?? '')))
    return ids
  }
  const broken: BrokenLink[] = []
  for (const [file, html] of pages) {
    const pagePath = '/' + file.replace(/index\.html$/, '')
    for (const href of extractLinks(html)) {
      if (href === '' ) {
        broken.push({page: pagePath, href, reason: 'empty link'})
        continue
      }
      if (EXTERNAL.test(href)) continue
      const [beforeHash, hash] = href.split('#', 2) as [string, string | undefined]
      const pathPart = beforeHash.split('?')[0]!
      let target: string | undefined = file
      if (pathPart !== '') {
        const absolute = pathPart.startsWith('/') ? pathPart : posix.join(posix.dirname(pagePath + 'x'), pathPart)
        let decoded = absolute
        try {
          decoded = decodeURIComponent(absolute)
        } catch {
          broken.push({page: pagePath, href, reason: 'malformed URL'})
          continue
        }
        target = resolveSitePath(files, decoded)
        if (!target) {
          broken.push({page: pagePath, href, reason: 'no such page or file'})
          continue
        }
      }
      if (hash !== undefined && hash !== '' && target.endsWith('.html')) {
        let anchor = hash
        try {
          anchor = decodeURIComponent(hash)
        } catch {
          /* keep raw */
        }
        if (!idsOf(target).has(anchor)) broken.push({page: pagePath, href, reason: `no element with id "${anchor}"`})
      }
    }
  }
  return broken
}

function walk(dir: string, root: string, out: string[]): string[] {
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry)
    if (statSync(full).isDirectory()) walk(full, root, out)
    else out.push(relative(root, full).split(sep).join('/'))
  }
  return out
}

/** Reads a built site from disk and checks it. */
export function checkSite(root: string): {pages: number; links: number; broken: BrokenLink[]} {
  if (!existsSync(root)) throw new Error(`No built site at ${root}: run the build first.`)
  const all = walk(root, root, [])
  const files = new Set(all)
  const pages = new Map<string, string>()
  let links = 0
  for (const f of all) {
    if (!f.endsWith('.html')) continue
    const html = readFileSync(join(root, f), 'utf8')
    pages.set(f, html)
    links += extractLinks(html).length
  }
  return {pages: pages.size, links, broken: findBrokenLinks(pages, files)}
}
