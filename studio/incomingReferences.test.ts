/**
 * The incoming-reference lists through their functions: where each sits in
 * the form, the options Sanity's decoration gets, what a document created
 * from a list starts with (through Sanity's resolver and the type's default
 * template, as the decoration's "Create" button does), and that the created
 * document is then found by the query the decoration runs: Sanity's own
 * filter, `references(id) && _system.group._ref != id && _type == type`, on
 * the test server with the Studio's client.
 */
import {startTestServer, type TestServer} from '@careerpath/test-server'
import type {SanityClient} from '@sanity/client'
import {isValidElement} from 'react'
import type {ObjectMember, Workspace} from 'sanity'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {decorationOptions, incomingLists, placeLists, renderIncomingLists, withIncomingReferences, type IncomingList} from './incomingReferences'
import {documentTypes} from './schemaTypes'
import {curriculum} from './test/fixtures'
import {resolveTemplate} from './test/initialValues'
import {getWorkspace, studioClient} from './test/validateDocuments'

let server: TestServer
let client: SanityClient
let workspace: Workspace

beforeAll(async () => {
  server = await startTestServer({documents: curriculum, requireToken: 'validation-token', projectId: 'careerpath', dataset: 'production'})
  client = studioClient(server)
  workspace = await getWorkspace()
}, 60_000)
afterAll(() => server.close())

/** The query Sanity's decoration listens to (sanity 6.9.2, `getIncomingReferences`), for one listed type. */
const decorationQuery = (id: string, type: string) => `*[references("${id}") && _system.group._ref != "${id}" && _type == "${type}"]._id`
const listed = async (id: string, type: string) => [...new Set((await client.fetch<string[]>(decorationQuery(id, type))).map((i) => i.replace(/^drafts\./, '')))].sort()

/** What Sanity passes as template parameters when "Create" is used in the list `name` on a document of `onType`. */
const fromList = (onType: string, name: string, id: string) => ({
  reference: {_type: 'reference', _ref: id, _weak: true, _strengthenOnPublish: {type: onType}},
  from: {fieldName: name, type: onType},
  __internal_isIncomingReferenceCreation: true,
})
const list = (type: string, name: string): IncomingList => incomingLists[type]!.find((l) => l.name === name)!

describe('incoming-reference lists', () => {
  it('show every shared document what points at it, with human titles and one line saying what they show', () => {
    const shown = Object.entries(incomingLists).flatMap(([type, lists]) => lists.map((l) => `${type}.${l.name}: ${l.types.map((t) => t.title).join(', ')}`))
    expect(shown).toEqual([
      'track.rolesOnTrack: Roles',
      'role.waysIn: Roles that lead here',
      'role.linkedFrom: FAQs, Guides, Learning paths',
      'skill.usedBy: Roles that need it, Certifications that cover it, Degrees that cover it, Resources that help with it',
      'certification.recommendedFor: Roles',
      'certification.replaces: Retired certifications',
      'degree.recommendedFor: Roles',
      'organisation.usedBy: Certifications it awards, Degrees it awards, Resources it publishes, Source articles it published',
      'resource.usedBy: Roles, Learning paths',
      'sourceArticle.citedBy: Tracks, Roles, Skills, Certifications, Degrees, Organisations, Resources, Learning paths, FAQs, Guides',
    ])
    const names = new Set<string>(documentTypes.map((t) => t.name))
    for (const l of Object.values(incomingLists).flat()) {
      expect(l.description).toMatch(/^Live, with drafts and release versions: /)
      for (const t of l.types) expect(names.has(t.type), t.type).toBe(true)
    }
  })

  it('find what references a document, from drafts too, by Sanity\'s own query', async () => {
    server.setDocuments([...curriculum, {...curriculum.find((d) => d._id === 'path.first-year')!, _id: 'drafts.path.second', roles: [{_type: 'reference', _key: 'r', _ref: 'role.analyst'}]}])
    expect(await listed('skill.troubleshooting', 'role')).toEqual(['role.analyst', 'role.helpdesk', 'role.senior', 'role.success'])
    expect(await listed('skill.troubleshooting', 'certification')).toEqual(['cert.a-plus'])
    expect(await listed('role.analyst', 'role')).toEqual(['role.helpdesk'])
    expect(await listed('role.analyst', 'learningPath')).toEqual(['path.second'])
    expect(await listed('org.comptia', 'certification')).toEqual(['cert.a-plus'])
    expect(await listed('track.support', 'role')).toEqual(['role.analyst', 'role.helpdesk', 'role.senior'])
  })

  it('offer "Create" only for the types they know how to link, from each type\'s default template', () => {
    expect(decorationOptions(list('skill', 'usedBy')).creationAllowed).toEqual(['role', 'certification', 'degree', 'resource'])
    // No "Create" button where nothing can be linked from the list.
    expect(decorationOptions(list('role', 'linkedFrom')).creationAllowed).toBe(false)
    expect(decorationOptions(list('sourceArticle', 'citedBy')).creationAllowed).toBe(false)
    for (const l of Object.values(incomingLists).flat()) {
      for (const id of decorationOptions(l).creationAllowed || []) expect(workspace.templates.some((t) => t.id === id)).toBe(true)
    }
  })
})

describe('creating a linked document from a list', () => {
  /** Creates as the decoration does, stores the result as a draft, and asks the decoration's query whether it is listed. */
  async function createFrom(onType: string, name: string, id: string, type: string) {
    server.setDocuments(curriculum)
    const value = await resolveTemplate(workspace, client, type, fromList(onType, name, id))
    server.setDocuments([...curriculum, {...value, _id: `drafts.${type}.created`, _type: type}])
    return {value, listed: (await listed(id, type)).includes(`${type}.created`)}
  }

  it('a role from a skill needs the skill', async () => {
    const {value, listed: found} = await createFrom('skill', 'usedBy', 'skill.communication', 'role')
    expect(value.skills).toEqual([{_type: 'roleSkill', _key: expect.any(String), skill: {_type: 'reference', _ref: 'skill.communication', _weak: true, _strengthenOnPublish: {type: 'skill'}}}])
    expect(found).toBe(true)
  })

  it('a certification, degree or resource from a skill covers it', async () => {
    for (const type of ['certification', 'degree', 'resource']) {
      const {value, listed: found} = await createFrom('skill', 'usedBy', 'skill.communication', type)
      expect(value.skills, type).toEqual([{_type: 'reference', _key: expect.any(String), _ref: 'skill.communication', _weak: true, _strengthenOnPublish: {type: 'skill'}}])
      expect(found, type).toBe(true)
    }
  })

  it('a role from a track stands on it, on the next free rung', async () => {
    const {value, listed: found} = await createFrom('track', 'rolesOnTrack', 'track.support', 'role')
    expect(value).toMatchObject({track: {_ref: 'track.support', _weak: true}, rung: 4, seniority: 3})
    expect(found).toBe(true)
  })

  it('a role from "Ways in" has a promotion to the role', async () => {
    const {value, listed: found} = await createFrom('role', 'waysIn', 'role.senior', 'role')
    expect(value.transitions).toEqual([{_type: 'transition', _key: expect.any(String), kind: 'promotion', to: expect.objectContaining({_ref: 'role.senior'})}])
    expect(found).toBe(true)
  })

  it('a role from a certification, degree or resource recommends it', async () => {
    expect((await createFrom('certification', 'recommendedFor', 'cert.a-plus', 'role')).value.credentials).toEqual([expect.objectContaining({_ref: 'cert.a-plus', _key: expect.any(String)})])
    expect((await createFrom('degree', 'recommendedFor', 'degree.computer-science', 'role')).listed).toBe(true)
    expect((await createFrom('resource', 'usedBy', 'resource.book', 'role')).value.resources).toEqual([expect.objectContaining({_ref: 'resource.book'})])
  })

  it('a certification from an organisation is awarded by it and active; a resource or source is published by it', async () => {
    const certification = await createFrom('organisation', 'usedBy', 'org.comptia', 'certification')
    expect(certification.value).toMatchObject({vendor: {_ref: 'org.comptia'}, status: 'active'})
    expect(certification.listed).toBe(true)
    expect((await createFrom('organisation', 'usedBy', 'org.comptia', 'degree')).value).toMatchObject({awardingBody: {_ref: 'org.comptia'}})
    expect((await createFrom('organisation', 'usedBy', 'org.comptia', 'resource')).value).toMatchObject({publisher: {_ref: 'org.comptia'}})
    expect((await createFrom('organisation', 'usedBy', 'org.comptia', 'sourceArticle')).listed).toBe(true)
  })

  it('keeps a type\'s own initial value for documents not created from a list', async () => {
    const typed = withIncomingReferences({name: 'role', type: 'document', initialValue: {seniority: 1}} as {name: string; type: string; initialValue: unknown}) as unknown as {initialValue: (p: unknown, c: unknown) => unknown}
    expect(await typed.initialValue({}, {})).toEqual({seniority: 1})
    expect(await typed.initialValue(fromList('resource', 'usedBy', 'resource.book'), {})).toMatchObject({resources: [{_ref: 'resource.book'}]})
  })

  it('a document created anywhere else gets nothing from the lists', async () => {
    expect(await resolveTemplate(workspace, client, 'role', {})).toEqual({_type: 'role'})
    // A list that does not create roles, or one that does not exist, adds nothing either.
    expect(await resolveTemplate(workspace, client, 'role', fromList('sourceArticle', 'citedBy', 'source.support-ladder'))).toEqual({_type: 'role'})
  })
})

describe('placing the lists in the form', () => {
  const field = (name: string) => ({kind: 'field', name, key: `field-${name}`}) as unknown as ObjectMember
  const decorate = (l: IncomingList) => ({kind: 'decoration', key: l.name, component: null}) as unknown as ObjectMember
  const keys = (members: ObjectMember[]) => members.map((m) => m.key)

  it('puts a list after its field, or at the end when it has none', () => {
    expect(keys(placeLists([field('title'), field('transitions'), field('sources')], incomingLists.role!, decorate))).toEqual(['field-title', 'field-transitions', 'waysIn', 'field-sources', 'linkedFrom'])
    expect(keys(placeLists([field('title'), field('kind')], incomingLists.track!, decorate))).toEqual(['field-title', 'field-kind', 'rolesOnTrack'])
  })

  it('leaves a list out while its field\'s group is not shown', () => {
    // The "Skills & credentials" group of a role: neither transitions nor sources are there.
    expect(keys(placeLists([field('skills'), field('credentials')], incomingLists.role!, decorate))).toEqual(['field-skills', 'field-credentials'])
  })

  it('renders Sanity\'s decoration with the list\'s title, description and creation rules', () => {
    const members = renderIncomingLists('skill')!([field('title')])
    const decoration = members[1] as {kind: string; key: string; component: unknown}
    expect(decoration).toMatchObject({kind: 'decoration', key: 'usedBy'})
    expect(isValidElement(decoration.component)).toBe(true)
    expect((decoration.component as {props: Record<string, unknown>}).props).toMatchObject(decorationOptions(list('skill', 'usedBy')))
    expect(renderIncomingLists('faq')).toBeUndefined()
  })

  it('is wired into the schema the Studio uses', () => {
    const types = ['track', 'role', 'skill', 'certification', 'degree', 'organisation', 'resource', 'sourceArticle']
    for (const type of types) expect(typeof (workspace.schema.get(type) as {renderMembers?: unknown}).renderMembers, type).toBe('function')
    expect((workspace.schema.get('faq') as {renderMembers?: unknown}).renderMembers).toBeUndefined()
  })
})
