import {STATUS_CODES, type IncomingMessage, type ServerResponse} from 'node:http'

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.destroyed || res.headersSent) return
  const text = JSON.stringify(body)
  res.writeHead(status, {'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers})
  res.end(text)
}

/** The `{statusCode, error, message}` body the Content Lake uses for non-query errors (401, 404, 429, 5xx). */
export function plainError(status: number, message: string) {
  return {statusCode: status, error: STATUS_CODES[status] ?? 'Error', message}
}

const MAX_BODY_BYTES = 10 * 1024 * 1024

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) throw new Error(`Request body larger than ${MAX_BODY_BYTES} bytes`)
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** Resolves after `ms`, or as soon as the response is closed by the client (then `false`). */
export function waitUnlessClosed(res: ServerResponse, ms: number, timers: Set<NodeJS.Timeout>): Promise<boolean> {
  return new Promise((resolve) => {
    const onClose = () => {
      clearTimeout(timer)
      timers.delete(timer)
      resolve(false)
    }
    const timer = setTimeout(() => {
      timers.delete(timer)
      res.off('close', onClose)
      resolve(!res.destroyed)
    }, ms)
    timers.add(timer)
    res.once('close', onClose)
  })
}
