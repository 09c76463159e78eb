// A tiny static file server for dist/: used by `start`, the link check's sibling tests and the browser tests.
import {createServer, type Server} from 'node:http'
import {createReadStream} from 'node:fs'
import {stat} from 'node:fs/promises'
import {extname, join, normalize, resolve, sep} from 'node:path'
import type {AddressInfo} from 'node:net'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
}

export interface StaticServer {
  url: string
  server: Server
  close(): Promise<void>
}

/** Maps a URL path onto a file under root (directory URLs serve index.html); undefined when it escapes root. */
export function filePathFor(root: string, urlPath: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!)
  } catch {
    return undefined
  }
  const base = resolve(root)
  const target = normalize(join(base, decoded))
  if (target !== base && !target.startsWith(base + sep)) return undefined
  return decoded.endsWith('/') ? join(target, 'index.html') : target
}

/** Serves `root` on host:port (port 0 picks a free one). */
export async function serveStatic(root: string, {host = '127.0.0.1', port = 0} = {}): Promise<StaticServer> {
  const server = createServer(async (req, res) => {
    let file = filePathFor(root, req.url ?? '/')
    let status = 200
    let info = file ? await stat(file).catch(() => undefined) : undefined
    if (info?.isDirectory() && file) {
      // /foo -> /foo/ like a static host would do.
      res.writeHead(301, {location: `${(req.url ?? '/').split('?')[0]}/`})
      res.end()
      return
    }
    if (!info?.isFile()) {
      status = 404
      file = join(root, '404.html')
      info = await stat(file).catch(() => undefined)
      if (!info) {
        res.writeHead(404, {'content-type': 'text/plain'})
        res.end('Not found')
        return
      }
    }
    res.writeHead(status, {
      'content-type': TYPES[extname(file!)] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': 'no-cache',
    })
    if (req.method === 'HEAD') res.end()
    else createReadStream(file!).pipe(res)
  })
  await new Promise<void>((ok, fail) => {
    server.once('error', fail)
    server.listen(port, host, () => ok())
  })
  const {port: actual} = server.address() as AddressInfo
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}`,
    server,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  }
}
