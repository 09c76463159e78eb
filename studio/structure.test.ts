/**
 * Resolves the desk structure with Sanity's own structure builder, in Node,
 * and checks what editors will see. The structure's own queries (vendors) run
 * through a source whose client is configured as the Studio's (perspective
 * raw); document-list filters run against the test server in the perspectives
 * the Studio would apply to them, and the "used by" queries in raw.
 */
import {startTestServer, type TestServer} from '@careerpath/test-server'
import type {SanityClient} from '@sanity/client'
import type {Source} from 'sanity'
import {createStructureBuilder, type StructureBuilder} from 'sanity/structure'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {ladderKinds, resourceKinds} from './schemaTypes/shared/options'
import {defaultDocumentNode, FILTERS, PERSPECTIVE_LABELS, PUBLISHED_ONLY, structure, VENDORS_QUERY} from './structure'
import {TEMPLATE_IDS} from './templates'
import {aPlus, comptia, curriculum, edit, faq, helpdesk, loc, ref} from './test/fixtures'
import {getWorkspace, studioClient} from './test/validateDocuments'

// Children are built lazily by the builder; these are the shapes the tests walk through.
interface Node {
  serialize(options?: {path: string[]}): Record<string, unknown> & {items?: Record<string, unknown>[]; title?: string; options?: {filter: string; params: Record<string, unknown>; defaultOrdering?: unknown}}
  getItems?(): Node[]
  getChild?(): unknown
}

const microsoft = edit(comptia, {_id: 'org.microsoft', title: loc('Microsoft'), slug: {_type: 'slug', current: 'microsoft'}})
const ms900 = edit(aPlus, {_id: 'cert.ms-900', title: loc('Microsoft 365 Fundamentals'), vendor: ref('org.microsoft'), slug: {_type: 'slug', current: 'ms-900'}})
// Published, but only a draft certification names it as vendor.
const pending = edit(comptia, {_id: 'org.pending', title: loc('Pending Vendor'), slug: {_type: 'slug', current: 'pending-vendor'}})
const networkPlus = edit(aPlus, {_id: 'cert.network-plus', title: loc('CompTIA Network+'), slug: {_type: 'slug', current: 'comptia-network-plus'}})
// Unpublished work that published-only lists must not show, and used-by views must.
const unpublished = [
  edit(comptia, {_id: 'drafts.org.comptia', title: loc('CompTIA (renamed draft)')}),
  edit(ms900, {_id: 'drafts.cert.draft-only', vendor: ref('org.pending'), slug: {_type: 'slug', current: 'draft-only'}}),
  edit(networkPlus, {_id: 'versions.spring.cert.network-plus', title: loc('CompTIA Network+ (spring)')}),
  edit(faq, {_id: 'drafts.faq.degree', question: 'Do I need a degree for IT support?'}),
  edit(faq, {_id: 'versions.spring.faq.new', question: 'Is the help desk a good start?', slug: {_type: 'slug', current: 'help-desk-start'}}),
  edit(helpdesk, {_id: 'versions.spring.role.helpdesk', credentials: [ref('cert.a-plus', 'c1'), ref('cert.network-plus', 'c2')]}),
]

let server: TestServer
let client: SanityClient
let S: StructureBuilder
let root: Node

beforeAll(async () => {
  server = await startTestServer({documents: [...curriculum, microsoft, pending, ms900, networkPlus, ...unpublished], requireToken: 'validation-token', projectId: 'careerpath', dataset: 'production'})
  client = studioClient(server)
  const workspace = await getWorkspace()
  const source: Source = {...workspace.unstable_sources[0]!, getClient: (options) => client.withConfig(options) as never}
  S = createStructureBuilder({source, defaultDocumentNode, perspectiveStack: []})
  root = (await structure(S, {...source, documentStore: undefined as never, perspectiveStack: []} as never)) as unknown as Node
}, 60_000)

afterAll(() => server.close())

const item = (title: string, node: Node = root): Node => {
  const found = node.getItems!().find((i) => i.serialize({path: []}).title === title)
  if (!found) throw new Error(`No item "${title}"`)
  return found
}
const resolveChild = async (node: Node, id: string): Promise<Node> => {
  const child = node.getChild!()
  return (typeof child === 'function' ? await child(id, {path: [], index: 0, splitIndex: 0, parent: null}) : child) as Node
}
/** Runs a document list's filter as the Studio would for the given perspective. */
const runList = (list: Node, perspective: 'published' | 'drafts' | 'raw', order = '_id asc') => {
  const {filter, params} = list.serialize({path: []}).options!
  return client.withConfig({perspective}).fetch<string[]>(`*[${filter}] | order(${order})._id`, params)
}

describe('desk structure', () => {
  it('shows the top level in the order editors work: ladders and families apart', () => {
    const items = root.serialize({path: []}).items!.map((i) => (i.type === 'divider' ? '---' : i.title))
    expect(items).toEqual([
      'Ladders',
      'Families',
      'All roles',
      '---',
      'Skills',
      'Certifications by vendor',
      'Degrees',
      'Organisations',
      'Resources by kind',
      '---',
      'Learning paths',
      'FAQs',
      'Guides',
      'Source articles',
    ])
  })

  it('lists ladders only under Ladders, each opening into its roles by rung', async () => {
    const ladders = await resolveChild(item('Ladders'), 'ladders')
    const options = ladders.serialize({path: []}).options!
    expect(options).toMatchObject({filter: FILTERS.ladders, params: {ladderKinds: [...ladderKinds]}})
    expect(await runList(ladders, 'published')).toEqual(['track.support'])
    const ladder = await resolveChild(ladders, 'track.support')
    expect(ladder.getItems!().map((i) => i.serialize({path: []}).title)).toEqual(['Edit ladder', 'Roles by rung'])
    const roles = await resolveChild(item('Roles by rung', ladder), 'roles')
    expect(roles.serialize({path: []}).options).toMatchObject({params: {trackId: 'track.support'}, defaultOrdering: [{field: 'rung', direction: 'asc'}]})
    expect(await runList(roles, 'published', 'rung asc')).toEqual(['role.helpdesk', 'role.analyst', 'role.senior'])
    // In a release perspective the list shows the release's version in place of the published role.
    expect(await client.withConfig({perspective: ['spring', 'drafts']}).fetch<string[]>(`*[${FILTERS.rolesOfTrack}] | order(rung asc)._id`, {trackId: 'track.support'})).toEqual([
      'role.helpdesk',
      'role.analyst',
      'role.senior',
    ])
  })

  it('lists families apart, each opening into its roles by seniority', async () => {
    const families = await resolveChild(item('Families'), 'families')
    expect(await runList(families, 'published')).toEqual(['track.beyond-support'])
    const family = await resolveChild(families, 'track.beyond-support')
    const roles = await resolveChild(item('Roles', family), 'roles')
    expect(roles.serialize({path: []}).options).toMatchObject({defaultOrdering: [{field: 'seniority', direction: 'asc'}]})
    expect(await runList(roles, 'published')).toEqual(['role.success'])
  })

  it('groups certifications under the published organisations that published certifications name as vendor', async () => {
    const vendors = await resolveChild(item('Certifications by vendor'), 'certificationsByVendor')
    const titles = vendors.serialize({path: []}).items!.map((i) => (i.type === 'divider' ? '---' : i.title))
    // Not "Pending Vendor" (named only by a draft certification), and CompTIA once, by its published title.
    expect(titles).toEqual(['All certifications', '---', 'CompTIA', 'Microsoft'])
    const comptiaList = await resolveChild(item('CompTIA', vendors), 'vendor-org.comptia')
    expect(comptiaList.serialize({path: []}).options).toMatchObject({filter: FILTERS.certificationsOfVendor, params: {vendorId: 'org.comptia'}})
    expect(await runList(comptiaList, 'published')).toEqual(['cert.a-plus', 'cert.network-plus'])
  })

  it('keeps the vendor query published-only although the Studio client reads raw', async () => {
    expect(VENDORS_QUERY).toContain(PUBLISHED_ONLY)
    const rows = await client.fetch<{_id: string; title: string}[]>(VENDORS_QUERY, {language: 'en'})
    expect(client.config().perspective).toBe('raw')
    expect(rows).toEqual([
      {_id: 'org.comptia', title: 'CompTIA'},
      {_id: 'org.microsoft', title: 'Microsoft'},
    ])
    // Without the filter the raw client would let a draft certification's vendor in: the filter is what keeps it out.
    const unfiltered = await client.fetch<string[]>(VENDORS_QUERY.replaceAll(` && ${PUBLISHED_ONLY}`, '').replace(/\{_id, .*$/, '._id'), {language: 'en'})
    expect(unfiltered).toContain('org.pending')
  })

  it('offers one list per resource kind', async () => {
    const kinds = await resolveChild(item('Resources by kind'), 'resourcesByKind')
    expect(kinds.serialize({path: []}).items!.map((i) => i.title)).toEqual(resourceKinds.map((k) => k.title))
    const book = await resolveChild(kinds.getItems!().find((i) => i.serialize({path: []}).id === 'kind-book')!, 'kind-book')
    expect(await runList(book, 'published')).toEqual(['resource.book'])
  })

  it('says in every list of documents which perspective it shows', async () => {
    const titles: string[] = []
    const ladders = await resolveChild(item('Ladders'), 'ladders')
    const ladder = await resolveChild(ladders, 'track.support')
    const families = await resolveChild(item('Families'), 'families')
    const vendors = await resolveChild(item('Certifications by vendor'), 'certificationsByVendor')
    const kinds = await resolveChild(item('Resources by kind'), 'resourcesByKind')
    titles.push(ladders.serialize({path: []}).title!, families.serialize({path: []}).title!, vendors.serialize({path: []}).title!)
    titles.push((await resolveChild(item('Roles by rung', ladder), 'roles')).serialize({path: []}).title!)
    titles.push((await resolveChild(item('CompTIA', vendors), 'vendor-org.comptia')).serialize({path: []}).title!)
    titles.push((await resolveChild(item('All certifications', vendors), 'all')).serialize({path: []}).title!)
    titles.push((await resolveChild(kinds.getItems!()[0]!, 'kind')).serialize({path: []}).title!)
    for (const title of ['All roles', 'Skills', 'Degrees', 'Organisations', 'Learning paths', 'FAQs', 'Guides', 'Source articles']) {
      titles.push((await resolveChild(item(title), title)).serialize({path: []}).title!)
    }
    expect(titles.filter((t) => !Object.values(PERSPECTIVE_LABELS).some((label) => t.endsWith(` · ${label}`)))).toEqual([])
    expect(titles).toContain('Vendors · published only')
    expect(titles).toContain('Roles by rung · current perspective')
  })
})

describe('document views', () => {
  const viewsOf = (schemaType: string) => {
    const node = defaultDocumentNode(S, {schemaType, documentId: `${schemaType}.x`} as never) as unknown as {
      documentId(id: string): {schemaType(type: string): Node}
    }
    const document = node.documentId(`${schemaType}.x`).schemaType(schemaType).serialize({path: []}) as unknown as {views: {id: string; title: string; type: string}[]}
    return document.views.map((v) => `${v.type}:${v.id}:${v.title}`)
  }

  it('adds "Preview as visitors" to roles and tracks, and nothing else to other types (where a document is used is in its form)', () => {
    expect(viewsOf('role')).toEqual(['form:editor:Editor', 'component:visitor-preview:Preview as visitors'])
    expect(viewsOf('track')).toEqual(['form:editor:Editor', 'component:visitor-preview:Preview as visitors'])
    for (const type of ['skill', 'certification', 'degree', 'organisation', 'resource', 'sourceArticle', 'faq']) expect(viewsOf(type), type).toEqual(['form:editor:Editor'])
  })
})

describe('creating in a filtered list', () => {
  /** The "Create" options of a list: template id and parameters. */
  const templatesOf = (list: Node) =>
    ((list.serialize({path: []}) as unknown as {initialValueTemplates?: {templateId: string; parameters?: Record<string, unknown>}[]}).initialValueTemplates ?? []).map((t) => ({
      templateId: t.templateId,
      parameters: t.parameters,
    }))

  it('creates roles on the ladder or family being listed', async () => {
    const ladder = await resolveChild(await resolveChild(item('Ladders'), 'ladders'), 'track.support')
    expect(templatesOf(await resolveChild(item('Roles by rung', ladder), 'roles'))).toEqual([{templateId: TEMPLATE_IDS.roleInTrack, parameters: {trackId: 'track.support'}}])
    const family = await resolveChild(await resolveChild(item('Families'), 'families'), 'track.beyond-support')
    expect(templatesOf(await resolveChild(item('Roles', family), 'roles'))).toEqual([{templateId: TEMPLATE_IDS.roleInTrack, parameters: {trackId: 'track.beyond-support'}}])
  })

  it('creates certifications from the vendor, and resources of the kind, being listed', async () => {
    const vendors = await resolveChild(item('Certifications by vendor'), 'certificationsByVendor')
    expect(templatesOf(await resolveChild(item('CompTIA', vendors), 'vendor-org.comptia'))).toEqual([{templateId: TEMPLATE_IDS.certificationFromOrganisation, parameters: {organisationId: 'org.comptia'}}])
    const kinds = await resolveChild(item('Resources by kind'), 'resourcesByKind')
    const book = await resolveChild(kinds.getItems!().find((i) => i.serialize({path: []}).id === 'kind-book')!, 'kind-book')
    expect(templatesOf(book)).toEqual([{templateId: TEMPLATE_IDS.resourceOfKind, parameters: {kind: 'book'}}])
  })
})
