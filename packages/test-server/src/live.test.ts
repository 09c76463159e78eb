/** The Live Content API stand-in, read with the real @sanity/client's `live.events()`. */
import {createClient, type LiveEvent} from '@sanity/client'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {startTestServer, syncTagForDataset, syncTagForDocument, type TestServer} from './index'

const documents = [
  {_id: 'role-1', _type: 'role', title: 'Technician'},
  {_id: 'role-2', _type: 'role', title: 'Lead'},
]
let server: TestServer
beforeAll(async () => {
  server = await startTestServer({documents})
})
afterAll(() => server.close())

const client = () => createClient({projectId: 'test', dataset: 'production', apiVersion: '2025-02-19', apiHost: server.url, useProjectHostname: false, useCdn: false})

/** The next events of a subscription, as they arrive. */
function collect(): {events: LiveEvent[]; next(type: LiveEvent['type']): Promise<LiveEvent>; stop(): void} {
  const events: LiveEvent[] = []
  const waiting: [LiveEvent['type'], (e: LiveEvent) => void][] = []
  const sub = client()
    .live.events()
    .subscribe((e) => {
      events.push(e)
      const i = waiting.findIndex(([t]) => t === e.type)
      if (i >= 0) waiting.splice(i, 1)[0]![1](e)
    })
  return {
    events,
    next: (type) => new Promise((resolve) => waiting.push([type, resolve])),
    stop: () => sub.unsubscribe(),
  }
}

describe('live events', () => {
  it('welcomes, then sends the tags of what a publish changed, matching the query\'s syncTags', async () => {
    const {syncTags} = await client().fetch('*[_id == "role-2"][0]{title}', {}, {filterResponse: false})
    const live = collect()
    await live.next('welcome')
    const message = live.next('message')
    const id = server.publish([documents[0], {...documents[1], title: 'Team lead'}])
    const event = (await message) as Extract<LiveEvent, {type: 'message'}>
    expect(event.id).toBe(id)
    expect(event.tags).toEqual([syncTagForDocument('production', 'role-2'), syncTagForDataset('production')])
    expect(syncTags?.some((t) => event.tags.includes(t))).toBe(true)
    live.stop()
  })

  it('resumes after last-event-id, or restarts from a position it does not know', async () => {
    const first = server.publish([...documents, {_id: 'role-3', _type: 'role', title: 'New'}])
    const missed = server.publish(documents)
    const replay = await fetch(`${server.url}/v2025-02-19/data/live/events/production`, {headers: {accept: 'text/event-stream', 'last-event-id': first}})
    const reader = replay.body!.getReader()
    let text = ''
    while (!text.includes(`id: ${missed}`)) text += new TextDecoder().decode((await reader.read()).value)
    expect(text).toMatch(/event: welcome/)
    expect(text).toContain(`id: ${missed}\nevent: message\ndata: {"tags":["${syncTagForDocument('production', 'role-3')}"`)
    await reader.cancel()
    const unknown = await fetch(`${server.url}/v2025-02-19/data/live/events/production`, {headers: {accept: 'text/event-stream', 'last-event-id': 'nope'}})
    const r2 = unknown.body!.getReader()
    let t2 = ''
    while (!t2.includes('restart')) t2 += new TextDecoder().decode((await r2.read()).value)
    await r2.cancel()
  })

  it('goaway: streams are refused until allowed again; 406 without the event-stream Accept', async () => {
    server.live.goAway()
    const res = await fetch(`${server.url}/vX/data/live/events/production`, {headers: {accept: 'text/event-stream'}})
    expect(await res.text()).toMatch(/event: goaway/)
    server.live.allow()
    expect((await fetch(`${server.url}/vX/data/live/events/production`)).status).toBe(406)
  })
})
