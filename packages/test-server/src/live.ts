/**
 * The Live Content API's event stream (`GET /v<version>/data/live/events/<dataset>`,
 * server-sent events, no token): `welcome` on connect, `message` with the sync
 * tags a publish invalidated (each with an id), `restart` when a `last-event-id`
 * is not a position this stream knows, and `goaway` when the server will not
 * stream (clients then poll). A reconnect with `last-event-id` gets the
 * messages it missed.
 */
import type {IncomingMessage, ServerResponse} from 'node:http'
import type {SyncTag} from './syncTags'

/** Event ids are opaque to clients; these sort in publish order. */
const eventId = (n: number) => `ev-${String(n).padStart(6, '0')}`

export interface LiveStream {
  handle(req: IncomingMessage, res: ServerResponse, dataset: string): void
  /** Sends one `message` with these tags to every open stream of the dataset, and keeps it for resuming clients. */
  publish(dataset: string, tags: readonly SyncTag[]): string
  /** From now on every stream gets `goaway` (open ones too) until `allow()`. */
  goAway(): void
  allow(): void
  /** Ends the open streams without `goaway`, as a dropped connection would (clients reconnect with `last-event-id`). */
  drop(): void
  /** Streams open right now. */
  readonly open: number
  close(): void
}

export function createLiveStream(): LiveStream {
  const log: {id: string; dataset: string; tags: readonly SyncTag[]}[] = []
  const streams = new Map<ServerResponse, string>()
  let away = false
  const send = (res: ServerResponse, event: string, data: unknown, id?: string) => res.write(`${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
  return {
    handle(req, res, dataset) {
      if (!/text\/event-stream/.test(String(req.headers.accept))) {
        res.writeHead(406, {'content-type': 'application/json'}).end(JSON.stringify({error: {description: 'Accept must include text/event-stream', type: 'httpNotAcceptable'}}))
        return
      }
      res.writeHead(200, {'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive'})
      // A short retry, so a dropped client is back quickly (browsers default to seconds).
      res.write('retry: 200\n\n')
      if (away) {
        send(res, 'goaway', {reason: 'connection limit reached'})
        res.end()
        return
      }
      send(res, 'welcome', {})
      const last = req.headers['last-event-id']
      if (typeof last === 'string' && last) {
        const at = log.findIndex((e) => e.id === last)
        if (at < 0) send(res, 'restart', {}, eventId(log.length))
        else for (const e of log.slice(at + 1)) if (e.dataset === dataset) send(res, 'message', {tags: e.tags}, e.id)
      }
      streams.set(res, dataset)
      req.on('close', () => streams.delete(res))
    },
    publish(dataset, tags) {
      const id = eventId(log.length + 1)
      log.push({id, dataset, tags})
      for (const [res, d] of streams) if (d === dataset) send(res, 'message', {tags}, id)
      return id
    },
    goAway() {
      away = true
      for (const res of streams.keys()) send(res, 'goaway', {reason: 'connection limit reached'}), res.end()
      streams.clear()
    },
    allow() {
      away = false
    },
    drop() {
      for (const res of streams.keys()) res.end()
      streams.clear()
    },
    get open() {
      return streams.size
    },
    close() {
      for (const res of streams.keys()) res.end()
      streams.clear()
    },
  }
}
