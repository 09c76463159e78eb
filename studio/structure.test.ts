/**
 * Resolves the desk structure with Sanity's own structure builder, in Node,
 * and checks what editors will see. Lists that query (certifications by vendor)
 * and the "used by" views run their GROQ against the test server.
 */
import {startTestServer, type TestServer} from '@careerpath/test-server'
import {createClient, type SanityClient} from '@sanity/client'
import type {Source} from 'sanity'
import {createStructureBuilder, type StructureBuilder} from 'sanity/structure'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {usedByQuery} from './components/UsedByView'
import {resourceKinds} from './schemaTypes/shared/options'
import {defaultDocumentNode, structure, usedBy} from './structure'
import {aPlus, curriculum, edit} from './test/fixtures'
import {getWorkspace} from './test/validateDocuments'

// Children are built lazily by the builder; these are the shapes the tests walk through.
interface Node {
  serialize(options?: {path: string[]}): Record<string, unknown> & {items?: Record<string, unknown>[]}
  getItems?(): Node[]
  getChild?(): unknown
  getId?(): string | undefined
}

let server: TestServer
let client: SanityClient
let S: StructureBuilder
let root: Node

const microsoft = edit(aPlus, {_id: 'cert.ms-900', title: 'Microsoft 365 Fundamentals', vendor: 'Microsoft', slug: {_type: 'slug', current: 'ms-900'}})
const comptiaNetwork = edit(aPlus, {_id: 'cert.network-plus', title: 'CompTIA Network+', slug: {_type: 'slug', current: 'comptia-network-plus'}})

beforeAll(async () => {
  server = await startTestServer({documents: [...curriculum, microsoft, comptiaNetwork, {...microsoft, _id: 'drafts.cert.draft-only', vendor: 'Draft Vendor'}]})
  client = createClient({projectId: 'careerpath', dataset: 'production', apiVersion: '2025-02-19', apiHost: server.url, useProjectHostname: false, useCdn: false})
  const workspace = await getWorkspace()
  const source: Source = {...workspace.unstable_sources[0]!, getClient: (options) => client.withConfig(options) as never}
  S = createStructureBuilder({source, defaultDocumentNode, perspectiveStack: []})
  root = (await structure(S, {...source, documentStore: undefined as never, perspectiveStack: []} as never)) as unknown as Node
}, 60_000)

afterAll(() => server.close())

const item = (title: string): Node => {
  const found = root.getItems!().find((i) => i.serialize({path: []}).title === title)
  if (!found) throw new Error(`No top-level item "${title}"`)
  return found
}
const resolveChild = async (node: Node, id: string): Promise<Node> => {
  const child = node.getChild!()
  return (typeof child === 'function' ? await child(id, {path: [], index: 0, splitIndex: 0, parent: null}) : child) as Node
}

describe('desk structure', () => {
  it('shows the top level in the order editors work', () => {
    const items = root.serialize({path: []}).items!.map((i) => (i.type === 'divider' ? '---' : i.title))
    expect(items).toEqual([
      'Tracks & ladders',
      'All roles',
      '---',
      'Skills',
      'Certifications by vendor',
      'Resources by kind',
      '---',
      'Learning paths',
      'FAQs',
      'Guides',
      'Source articles',
    ])
  })

  it('opens a track into the track itself and its roles in ladder order (by level, within that track)', async () => {
    const tracks = await resolveChild(item('Tracks & ladders'), 'tracksLadders')
    expect(tracks.serialize({path: []}).options).toMatchObject({filter: '_type == $type', params: {type: 'track'}})
    const oneTrack = await resolveChild(tracks, 'track.support')
    const [editTrack, ladder] = oneTrack.getItems!()
    expect(editTrack!.serialize({path: []}).title).toBe('Edit track')
    const roles = await resolveChild(ladder!, 'roles')
    const list = roles.serialize({path: []})
    expect(list.title).toBe('Roles in ladder order')
    expect(list.options).toMatchObject({
      filter: '_type == "role" && track._ref == $trackId',
      params: {trackId: 'track.support'},
      defaultOrdering: [{field: 'level', direction: 'asc'}],
    })
    // The list's own filter, run on the dataset, returns exactly the track's roles.
    const ids = await client.fetch<string[]>(`*[${(list.options as {filter: string}).filter}] | order(level asc)._id`, {trackId: 'track.support'})
    expect(ids).toEqual(['role.helpdesk', 'role.analyst', 'role.senior'])
  })

  it('groups certifications by the vendors the dataset holds (published only)', async () => {
    const vendors = await resolveChild(item('Certifications by vendor'), 'certificationsByVendor')
    const titles = vendors.serialize({path: []}).items!.map((i) => (i.type === 'divider' ? '---' : i.title))
    expect(titles).toEqual(['All certifications', '---', 'CompTIA', 'Microsoft'])
    const comptia = await resolveChild(vendors.getItems!()[2]!, 'vendor-comptia')
    const options = comptia.serialize({path: []}).options as {filter: string; params: Record<string, unknown>}
    expect(await client.fetch(`*[${options.filter}] | order(_id asc)._id`, options.params)).toEqual(['cert.a-plus', 'cert.network-plus'])
  })

  it('offers one list per resource kind', async () => {
    const kinds = await resolveChild(item('Resources by kind'), 'resourcesByKind')
    const items = kinds.serialize({path: []}).items!
    expect(items.map((i) => i.title)).toEqual(resourceKinds.map((k) => k.title))
    const book = await resolveChild(kinds.getItems!().find((i) => i.serialize({path: []}).id === 'kind-book')!, 'kind-book')
    const options = book.serialize({path: []}).options as {filter: string; params: Record<string, unknown>}
    expect(await client.fetch(`*[${options.filter}]._id`, options.params)).toEqual(['resource.book'])
  })
})

describe('"used by" views', () => {
  const viewsOf = (schemaType: string) => {
    const node = defaultDocumentNode(S, {schemaType, documentId: `${schemaType}.x`} as never) as unknown as {
      documentId(id: string): {schemaType(type: string): Node}
    }
    const document = node.documentId(`${schemaType}.x`).schemaType(schemaType).serialize({path: []}) as {views: {id: string; title: string; type: string}[]}
    return document.views.map((v) => `${v.type}:${v.id}:${v.title}`)
  }

  it('adds a "where is this used" view to skills, certifications, resources and roles', () => {
    expect(viewsOf('skill')).toEqual(['form:editor:Editor', 'component:used-by:Used by'])
    expect(viewsOf('certification')).toEqual(['form:editor:Editor', 'component:used-by:Recommended for'])
    expect(viewsOf('resource')).toEqual(['form:editor:Editor', 'component:used-by:Used by'])
    expect(viewsOf('role')).toEqual(['form:editor:Editor', 'component:used-by:Linked from'])
    expect(viewsOf('faq')).toEqual(['form:editor:Editor'])
  })

  const usedByIds = async (type: string, id: string) =>
    (await client.fetch<{_id: string}[]>(usedByQuery(usedBy[type]!.filter), {id})).map((row) => row._id)

  it('lists the documents that reference the one being edited, published only', async () => {
    expect(await usedByIds('skill', 'skill.troubleshooting')).toEqual(['cert.a-plus', 'cert.ms-900', 'cert.network-plus', 'role.analyst', 'role.helpdesk', 'role.senior'].sort(byTypeThenTitle))
    expect(await usedByIds('certification', 'cert.a-plus')).toEqual(['role.analyst', 'role.helpdesk', 'role.senior'].sort(byTypeThenTitle))
    expect(await usedByIds('resource', 'resource.book')).toEqual(['path.first-year', 'role.analyst', 'role.helpdesk', 'role.senior'].sort(byTypeThenTitle))
    expect(await usedByIds('role', 'role.helpdesk')).toEqual(['faq.degree', 'guide.first-job', 'path.first-year', 'track.support'])
  })
})

// The view sorts by type, then title; these ids are looked up in the fixtures to sort the expectation the same way.
const fixtureById = new Map([...curriculum, microsoft, comptiaNetwork].map((d) => [d._id, d]))
function byTypeThenTitle(a: string, b: string): number {
  const da = fixtureById.get(a)!
  const db = fixtureById.get(b)!
  const key = (d: typeof da) => `${d._type}\u0000${String(d.title ?? d.question)}`
  return key(da) < key(db) ? -1 : key(da) > key(db) ? 1 : 0
}
