/**
 * Initial value templates through Sanity's own resolver (`resolveInitialValue`
 * from `sanity`, on the workspace resolved from sanity.config.ts), with the
 * Studio's client on the test server: what a document created in a filtered
 * list starts with, that it then belongs to that list, and that the suggested
 * rung and seniority pass the ladder rules.
 */
import {startTestServer, type TestServer} from '@careerpath/test-server'
import type {SanityClient} from '@sanity/client'
import type {Workspace} from 'sanity'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import studioConfig from './sanity.config'
import {FILTERS} from './structure'
import {LIST_ONLY_TEMPLATES, suggestPlace, TEMPLATE_IDS} from './templates'
import {curriculum, datasetWith, edit, line, loc, senior} from './test/fixtures'
import {resolveTemplate, templateOf} from './test/initialValues'
import {describeMarkers, errorsOf, getWorkspace, studioClient, validateOne, type DocumentLike} from './test/validateDocuments'

let server: TestServer
let client: SanityClient
let workspace: Workspace

beforeAll(async () => {
  server = await startTestServer({documents: curriculum, requireToken: 'validation-token', projectId: 'careerpath', dataset: 'production'})
  client = studioClient(server)
  workspace = await getWorkspace()
}, 60_000)
afterAll(() => server.close())

const template = (id: string) => templateOf(workspace, id)
const create = (id: string, params: Record<string, unknown>) => resolveTemplate(workspace, client, id, params)
/** Runs a structure list's filter on what the Studio shows by default (drafts over published). */
const inList = (filter: string, params: Record<string, unknown>) => client.withConfig({perspective: 'drafts'}).fetch<string[]>(`*[${filter}]._id`, params)

describe('"Role on this track" (role-in-track)', () => {
  it('sets the track and suggests the next rung at the top rung\'s seniority', async () => {
    server.setDocuments(curriculum)
    expect(await create(TEMPLATE_IDS.roleInTrack, {trackId: 'track.support'})).toEqual({track: {_type: 'reference', _ref: 'track.support'}, rung: 4, seniority: 3})
  })

  it('reads the ladder with its drafts (the list shows them) but not release versions', async () => {
    server.setDocuments([...curriculum, edit(senior, {_id: 'drafts.role.lead', rung: 4, seniority: 4, slug: {_type: 'slug', current: 'lead'}}), edit(senior, {_id: 'versions.spring.role.top', rung: 9, seniority: 6})])
    expect(await create(TEMPLATE_IDS.roleInTrack, {trackId: 'track.support'})).toMatchObject({rung: 5, seniority: 4})
  })

  it('gives a role in a family its track only, and an empty ladder its entry rung', async () => {
    server.setDocuments(curriculum)
    expect(await create(TEMPLATE_IDS.roleInTrack, {trackId: 'track.beyond-support'})).toEqual({track: {_type: 'reference', _ref: 'track.beyond-support'}})
    const empty = {_id: 'track.new', _type: 'track', kind: 'management'}
    server.setDocuments([...curriculum, empty])
    expect(await create(TEMPLATE_IDS.roleInTrack, {trackId: 'track.new'})).toMatchObject({rung: 1, seniority: 1})
  })

  it('creates a role that stays in the list it was created in and passes the ladder rules once written', async () => {
    server.setDocuments(curriculum)
    const value = await create(TEMPLATE_IDS.roleInTrack, {trackId: 'track.support'})
    // What the editor writes next; the template gave track, rung and seniority.
    const role = {
      ...value,
      _id: 'drafts.role.principal',
      _type: 'role',
      title: loc('Principal support engineer'),
      slug: {_type: 'slug', current: 'principal-support-engineer'},
      summary: loc('Leads the hardest technical problems across the support organisation.', 'text'),
      responsibilities: [line('Own the hardest escalations', 'r1')],
    }
    const dataset = datasetWith(edit(senior, {transitions: [{_type: 'transition', _key: 't1', to: {_type: 'reference', _ref: 'role.principal'}, kind: 'promotion'}]}), role as DocumentLike)
    server.setDocuments(dataset)
    expect(await inList(FILTERS.rolesOfTrack, {trackId: 'track.support'})).toContain('role.principal')
    expect(describeMarkers(errorsOf(await validateOne(role, {dataset})))).toEqual([])
  })

  it('without it, a role created in the list would have no track and leave the pane', async () => {
    const plain = await create('role', {})
    expect(plain).toEqual({_type: 'role'})
    server.setDocuments([...curriculum, {...plain, _id: 'drafts.role.orphan', _type: 'role'}])
    expect(await inList(FILTERS.rolesOfTrack, {trackId: 'track.support'})).not.toContain('role.orphan')
  })
})

describe('suggestPlace', () => {
  const rows = (roles: {_id: string; track?: string; rung?: number; seniority?: number}[]) => ({roles, tracks: [{_id: 'track.support', kind: 'technician'}]})

  it('stops at rung 20 but still suggests the seniority', () => {
    expect(suggestPlace('track.support', rows([{_id: 'r', track: 'track.support', rung: 20, seniority: 5}]))).toEqual({seniority: 5})
  })

  it('ignores roles of other tracks and roles without a rung', () => {
    expect(suggestPlace('track.support', rows([{_id: 'a', track: 'track.other', rung: 7, seniority: 7}, {_id: 'b', track: 'track.support', seniority: 2}]))).toEqual({rung: 1, seniority: 1})
  })

  it('reads a draft track id as its published track', () => {
    expect(suggestPlace('drafts.track.support', rows([{_id: 'a', track: 'track.support', rung: 2, seniority: 2}]))).toEqual({rung: 3, seniority: 2})
  })
})

describe('"Resource of this kind" and "Certification from this organisation"', () => {
  it('creates a resource of the listed kind, which the kind\'s list shows', async () => {
    const value = await create(TEMPLATE_IDS.resourceOfKind, {kind: 'course'})
    // The kind from the list; the language field's own initial value still applies.
    expect(value).toEqual({_type: 'resource', kind: 'course', language: 'en'})
    server.setDocuments([...curriculum, {...value, _id: 'drafts.resource.new', _type: 'resource', title: 'New course'}])
    expect(await inList(FILTERS.resourcesOfKind, {kind: 'course'})).toEqual(['resource.new'])
  })

  it('creates an active certification from the listed vendor, which the vendor\'s list shows', async () => {
    const value = await create(TEMPLATE_IDS.certificationFromOrganisation, {organisationId: 'org.comptia'})
    expect(value).toEqual({_type: 'certification', vendor: {_type: 'reference', _ref: 'org.comptia'}, status: 'active'})
    server.setDocuments([...curriculum, {...value, _id: 'drafts.cert.new', _type: 'certification'}])
    expect(await inList(FILTERS.certificationsOfVendor, {vendorId: 'org.comptia'})).toContain('cert.new')
  })
})

describe('where the templates are offered', () => {
  const options = (type: 'global' | 'structure') =>
    studioConfig.document!.newDocumentOptions!(
      workspace.templates.map((t) => ({id: t.id, templateId: t.id, type: 'initialValueTemplateItem' as const, schemaType: t.schemaType, title: t.title})) as never,
      {creationContext: {type}} as never,
    ).map((o) => o.templateId)

  it('keeps the list-only templates out of the global "Create" menu, where no track, kind or vendor is given', () => {
    expect(options('global')).toEqual(expect.arrayContaining(['role', 'resource', 'certification']))
    for (const id of LIST_ONLY_TEMPLATES) expect(options('global')).not.toContain(id)
    expect(options('structure')).toEqual(expect.arrayContaining([...LIST_ONLY_TEMPLATES]))
  })

  it('registers the three templates on the workspace, each with its parameter', () => {
    expect(Object.values(TEMPLATE_IDS).map((id) => [id, template(id).schemaType, template(id).parameters?.map((p) => p.name)])).toEqual([
      ['role-in-track', 'role', ['trackId']],
      ['resource-of-kind', 'resource', ['kind']],
      ['certification-from-organisation', 'certification', ['organisationId']],
    ])
  })
})
