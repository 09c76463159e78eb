/**
 * A tiny static server for browser tests: the built widget under /dist/, host
 * pages (pages.ts) and their CSS/JS under /pages/, and in-memory routes
 * (fixtures, failures). Pages' `__NAME__` placeholders are filled from `vars`
 * (the test-server's URL…).
 */
import {createServer, type IncomingMessage} from 'node:http'
import type {AddressInfo} from 'node:net'
import {readFile} from 'node:fs/promises'
import {gzipSync} from 'node:zlib'
import {extname, join, normalize} from 'node:path'
import {fileURLToPath} from 'node:url'
import {PAGES, renderPage} from './pages.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const DIRS: Record<string, string> = {'/dist/': join(root, 'dist'), '/pages/': join(root, 'test/pages')}
const TYPES: Record<string, string> = {'.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html; charset=utf-8', '.map': 'application/json', '.css': 'text/css'}

export interface Route {
  status?: number
  body: string
  type?: string
  headers?: Record<string, string>
}

export interface StaticServer {
  url: string
  /** Paths requested so far (with query strings), oldest first. */
  requests: string[]
  /** The Cookie header of the last request for each path (absent: none was sent). */
  cookies: Map<string, string | undefined>
  routes: Map<string, Route>
  vars: Record<string, string>
  close(): Promise<void>
}

/** Strict CSP for the host pages marked `csp`. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' http://127.0.0.1:*; img-src 'self'"

export async function startStaticServer(): Promise<StaticServer> {
  const requests: string[] = []
  const cookies = new Map<string, string | undefined>()
  const routes = new Map<string, Route>()
  const vars: Record<string, string> = {}
  const files = new Map<string, Buffer>()
  const server = createServer(async (req: IncomingMessage, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    requests.push(url.pathname + url.search)
    cookies.set(url.pathname, req.headers.cookie)
    if (url.pathname === '/favicon.ico') return res.writeHead(204).end()
    const route = routes.get(url.pathname)
    if (route) {
      res.writeHead(route.status ?? 200, {'content-type': route.type ?? 'application/json', 'cache-control': 'no-store', ...route.headers})
      return res.end(route.body)
    }
    const page = url.pathname.startsWith('/pages/') ? PAGES[url.pathname.slice('/pages/'.length)] : undefined
    if (page) {
      const headers: Record<string, string> = {'content-type': TYPES['.html']!, 'cache-control': 'no-store'}
      if (page.csp) headers['content-security-policy'] = STRICT_CSP
      return res.writeHead(200, headers).end(renderPage(page).replace(/__([A-Z_]+)__/g, (m, name: string) => vars[name] ?? m))
    }
    const prefix = Object.keys(DIRS).find((p) => url.pathname.startsWith(p))
    const file = prefix && normalize(join(DIRS[prefix]!, url.pathname.slice(prefix.length)))
    if (!file || !file.startsWith(DIRS[prefix!]!)) return res.writeHead(404).end('not found')
    try {
      // Files are read once per server, as a CDN serves them from memory: the bench times the widget, not the disk.
      let body = files.get(file)
      if (!body) files.set(file, (body = await readFile(file)))
      const headers: Record<string, string> = {'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store'}
      // Scripts and data go out gzip-encoded when the browser accepts it, as any web server or CDN sends them.
      if (/\.(js|json)$/.test(file) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
        let zipped = files.get(`${file}.gz`)
        if (!zipped) files.set(`${file}.gz`, (zipped = gzipSync(body)))
        body = zipped
        headers['content-encoding'] = 'gzip'
      }
      res.writeHead(200, headers).end(body)
    } catch {
      res.writeHead(404, {'content-type': 'text/plain'}).end('not found')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    cookies,
    routes,
    vars,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
