/**
 * Opt-in live content (`live`, on a Sanity source): the Live Content API's
 * event stream for published content (`/data/live/events/<dataset>`, no token),
 * a refetch when a message names a sync tag the last answer carried (with
 * `lastLiveEventId`, so the API CDN answers fresh), and everything again on
 * `restart`. The browser's EventSource resumes a dropped stream with
 * `Last-Event-ID` by itself; on `goaway`, or when it gives up, the widget polls
 * every `pollSeconds` instead. Its own chunk: loaded only when used, sharing no
 * code with the bundle.
 */
export function connectLive(queryUrl: string, syncTags: readonly string[] | undefined, pollSeconds: number, update: (documents: unknown[]) => void): () => void {
  let tags = new Set(syncTags)
  let last: string | undefined
  let stopped = false
  let timer: ReturnType<typeof setInterval> | undefined
  const refetch = async (eventId?: string) => {
    try {
      const response = await fetch(eventId ? `${queryUrl}&lastLiveEventId=${encodeURIComponent(eventId)}` : queryUrl, {credentials: 'omit', headers: {accept: 'application/json'}})
      const json = response.ok ? await response.json() : undefined
      if (stopped || !Array.isArray(json?.result)) return
      tags = new Set(json.syncTags)
      // A poll that finds nothing new draws nothing.
      const text = JSON.stringify(json.result)
      if (text !== last) (last = text), update(json.result)
    } catch {
      // Offline or refused: the next event or poll tries again.
    }
  }
  const url = new URL(queryUrl)
  // The events come from the API host (the CDN serves queries, not streams).
  url.hostname = url.hostname.replace('.apicdn.', '.api.')
  url.pathname = url.pathname.replace('/data/query/', '/data/live/events/')
  url.search = ''
  const stream = new EventSource(url)
  const poll = () => {
    stream.close()
    timer ??= setInterval(() => void refetch(), pollSeconds * 1000)
  }
  // A stream that comes back before any message had an id cannot resume: whatever was missed is fetched once.
  let welcomed = false
  let resumable = false
  stream.addEventListener('welcome', () => {
    if (welcomed && !resumable) void refetch()
    welcomed = true
  })
  stream.addEventListener('message', (e) => {
    resumable = true
    const changed: string[] = JSON.parse(e.data).tags ?? []
    if (changed.some((t) => tags.has(t))) void refetch(e.lastEventId)
  })
  stream.addEventListener('restart', () => void refetch())
  stream.addEventListener('goaway', poll)
  // While it reconnects (readyState CONNECTING) the browser retries with Last-Event-ID; CLOSED means it gave up.
  stream.addEventListener('error', () => stream.readyState === EventSource.CLOSED && poll())
  return () => {
    stopped = true
    stream.close()
    clearInterval(timer)
  }
}
