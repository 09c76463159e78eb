import {createClient, type ClientConfig} from '@sanity/client'
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest'
import {MAX_DOCUMENT_TAGS, startTestServer, syncTagForDataset, syncTagForDocument, type TestServer} from './index'

const roles = Array.from({length: 6}, (_, i) => ({_id: `role-${i}`, _type: 'role', title: `Role ${i}`, rank: i, track: {_ref: 'track-1'}}))
const documents = [...roles, {_id: 'track-1', _type: 'track', title: 'Support'}, {_id: 'drafts.role-0', _type: 'role', title: 'Role 0 (draft)', rank: 0}]

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({documents})
})
afterAll(() => server.close())
afterEach(() => {
  server.clearRequests()
  server.setDocuments(documents)
})

const client = (config: Partial<ClientConfig> = {}) =>
  createClient({projectId: 'test', dataset: 'production', apiVersion: '2025-02-19', apiHost: server.url, useProjectHostname: false, useCdn: false, ...config})

describe('params reach the parser', () => {
  it('slices with $start...$end and $start..$end, over GET and POST', async () => {
    const query = '*[_type == "role"] | order(rank asc) [$start...$end].title'
    expect(await client().fetch(query, {start: 1, end: 3})).toEqual(['Role 1', 'Role 2'])
    expect(await client().fetch(query.replace('...', '..'), {start: 4, end: 5})).toEqual(['Role 4', 'Role 5'])
    const long = `${query}${' '.repeat(12_000)}`
    expect(await client().fetch(long, {start: 0, end: 1})).toEqual(['Role 0'])
    expect(server.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'POST'])
  })

  it('still passes params to evaluation (filters, projections, functions)', async () => {
    const result = await client().fetch('*[_type == $type && rank >= $min] | order(rank desc) [0...$limit]{title, "label": $label}', {
      type: 'role',
      min: 2,
      limit: 2,
      label: 'x',
    })
    expect(result).toEqual([
      {title: 'Role 5', label: 'x'},
      {title: 'Role 4', label: 'x'},
    ])
  })

  it('names a slice bound that was not given, as for any other param', async () => {
    const error = await client()
      .fetch('*[_type == "role"][0...$end]', {})
      .catch((e: unknown) => e)
    expect(error).toMatchObject({statusCode: 400, details: {type: 'queryParseError', description: 'param $end referenced, but not provided'}})
  })

  it('refuses a slice bound that is not a number with a queryParseError', async () => {
    const error = await client()
      .fetch('*[_type == "role"][0...$end]', {end: 'three'})
      .catch((e: unknown) => e)
    expect(error).toMatchObject({statusCode: 400, details: {type: 'queryParseError'}})
    expect((error as {details: {description: string}}).details.description).toMatch(/slic/i)
  })
})

describe('response shape', () => {
  it('has query, result, syncTags and ms in the order the Lake sends them', async () => {
    const body = (await (await fetch(`${server.url}/v2025-02-19/data/query/production?query=${encodeURIComponent('*[_id == "role-1"][0]')}`)).json()) as object
    expect(Object.keys(body)).toEqual(['query', 'result', 'syncTags', 'ms'])
    const response = await client().fetch('*[_id == "role-1"][0]{_id}', {}, {filterResponse: false, returnQuery: false})
    expect(Object.keys(response)).toEqual(['result', 'syncTags', 'ms'])
  })

  it('tags look like the Lake’s: s1: and six base64 characters', async () => {
    const {syncTags} = await client().fetch('*[_type == "role"]{_id}', {}, {filterResponse: false})
    expect(syncTags?.length).toBe(roles.length)
    for (const tag of syncTags ?? []) expect(tag).toMatch(/^s1:[A-Za-z0-9+/]{6}$/)
  })

  it('tags the documents a result holds and those it dereferenced, a draft under its published id', async () => {
    const {syncTags} = await client().fetch('*[_id == "role-2"][0]{_id, "track": track->title}', {}, {filterResponse: false})
    expect(syncTags).toEqual([syncTagForDocument('production', 'role-2'), syncTagForDocument('production', 'track-1')].sort())
    const drafted = await client({perspective: 'drafts'}).fetch('*[_id == "role-0"][0]{_id, _originalId}', {}, {filterResponse: false})
    expect(drafted.result).toEqual({_id: 'role-0', _originalId: 'drafts.role-0'})
    expect(drafted.syncTags).toEqual([syncTagForDocument('production', 'drafts.role-0')])
    expect(syncTagForDocument('production', 'drafts.role-0')).toBe(syncTagForDocument('production', 'role-0'))
    expect(syncTagForDocument('staging', 'role-0')).not.toBe(syncTagForDocument('production', 'role-0'))
  })

  it('falls back to one dataset tag for a result without documents or with too many', async () => {
    const counted = await client().fetch('count(*)', {}, {filterResponse: false})
    expect(counted.syncTags).toEqual([syncTagForDataset('production')])
    server.setDocuments(Array.from({length: MAX_DOCUMENT_TAGS + 1}, (_, i) => ({_id: `d${i}`, _type: 'role'})))
    const many = await client().fetch('*{_id}', {}, {filterResponse: false})
    expect(many.syncTags).toEqual([syncTagForDataset('production')])
  })

  it('leaves syncTags out before API 2021-03-25, as @sanity/client documents', async () => {
    const old = await client({apiVersion: '2021-03-24'}).fetch('count(*)', {}, {filterResponse: false})
    expect(old).not.toHaveProperty('syncTags')
    const v1 = await client({apiVersion: '1'}).fetch('count(*)', {}, {filterResponse: false})
    expect(v1).not.toHaveProperty('syncTags')
  })
})
