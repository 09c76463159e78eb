import {describe, expect, it} from 'vitest'
import {DEFAULT_API_VERSION, describeSource, isWidgetLoadError, sanityQueryUrl, WidgetLoadError} from './data'
import {CURRICULUM_PARAMS, CURRICULUM_QUERY} from './sdk'

const source = {kind: 'sanity' as const, projectId: 'abc123', dataset: 'production', apiVersion: DEFAULT_API_VERSION}

describe('sanityQueryUrl', () => {
  it('targets the API CDN with the published perspective and the query and its parameters in the URL', () => {
    const url = new URL(sanityQueryUrl(source))
    expect(url.origin).toBe('https://abc123.apicdn.sanity.io')
    expect(url.pathname).toBe(`/v${DEFAULT_API_VERSION}/data/query/production`)
    expect(url.searchParams.get('perspective')).toBe('published')
    expect(url.searchParams.get('query')).toBe(CURRICULUM_QUERY)
    // The graph query takes no parameters: it fetches every language and the graph reads English.
    expect([...url.searchParams.keys()].filter((k) => k.startsWith('$'))).toEqual(Object.keys(CURRICULUM_PARAMS).map((k) => `$${k}`))
    expect(url.searchParams.has('token')).toBe(false)
  })

  it.each(['2025-02-19', 'v2025-02-19', 'v1', 'X'])('accepts the API version %s', (apiVersion) => {
    expect(() => sanityQueryUrl({...source, apiVersion})).not.toThrow()
  })

  it('uses api-host instead of the project host, and accepts a leading v in the version', () => {
    const url = sanityQueryUrl({...source, apiVersion: 'v2024-01-01', apiHost: 'http://127.0.0.1:4000/'})
    expect(url.startsWith('http://127.0.0.1:4000/v2024-01-01/data/query/production?')).toBe(true)
  })

  it.each([
    [{projectId: 'abc/../x'}, /not a valid Sanity project id/],
    [{dataset: 'prod?x=1'}, /not a valid dataset name/],
    [{apiVersion: '2025-02-19/../../x'}, /not a valid API version/],
    [{apiVersion: 'latest'}, /not a valid API version/],
  ])('refuses ids that would change the URL: %j', (patch, message) => {
    let error: unknown
    try {
      sanityQueryUrl({...source, ...patch})
    } catch (e) {
      error = e
    }
    expect(isWidgetLoadError(error)).toBe(true)
    expect((error as WidgetLoadError).message).toMatch(message)
    expect((error as WidgetLoadError).source.kind).toBe('sanity')
  })
})

describe('describeSource', () => {
  it('names each kind of source in words a visitor can read', () => {
    expect(describeSource(source)).toBe('Sanity project "abc123" (dataset "production")')
    expect(describeSource({kind: 'snapshot', url: 'https://x.test/s.json'})).toBe('the snapshot at https://x.test/s.json')
    expect(describeSource({kind: 'seed', url: 'https://x.test/seed.json'})).toBe('the built-in sample curriculum')
  })
})
