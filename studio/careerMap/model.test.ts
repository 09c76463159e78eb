import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {startTestServer, type TestServer} from '@careerpath/test-server'
import type {SanityClient} from '@sanity/client'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {seniorityLevels} from '../schemaTypes/shared/options'
import {toolsDataset} from '../test/scenario'
import {studioClient} from '../test/validateDocuments'
import {buildCareerMap, describeMode, MAP_QUERY, type CareerMapModel, type MapRows} from './model'

let server: TestServer
let client: SanityClient
beforeAll(async () => {
  server = await startTestServer({documents: toolsDataset, requireToken: 'validation-token', projectId: 'careerpath', dataset: 'production'})
  client = studioClient(server)
})
afterAll(() => server.close())

/** The rows the map's query returns with the Studio's client (perspective raw: every version). */
const rows = () => client.fetch<MapRows>(MAP_QUERY, {language: 'en'})
const outline = (model: CareerMapModel) => model.groups.map((g) => `${g.kind} ${g.title}: ${g.roles.map((r) => `${r.title} [${r.place}]`).join(', ')}`)
const problems = (model: CareerMapModel) => model.problems.map((p) => `${p.roleTitle} · ${p.kind}: ${p.message}`)

describe('career map model', () => {
  it('draws every ladder (entry rung first) and family, and the drafts in drafts mode', async () => {
    const map = buildCareerMap(await rows(), 'drafts')
    expect(outline(map)).toEqual([
      'ladder Support engineering: Help desk technician [Rung 1 · Entry], Support analyst (draft title) [Rung 2 · Intermediate], Senior support engineer [Rung 3 · Senior]',
      'family Beyond support: Customer success manager [Entry], Product manager [Senior]',
    ])
    expect(map.counts).toEqual({roles: 5, moves: 4, ladders: 1, families: 1})
    const helpdeskNode = map.groups[0]!.roles[0]!
    expect(helpdeskNode.moves.map((m) => `${m.kindTitle} → ${m.toTitle}${m.elsewhere ? ' (other track)' : ''}`)).toEqual([
      'Promotion → Support analyst (draft title)',
      'Lateral move → Customer success manager (other track)',
      'Lateral move → Senior support engineer',
    ])
    expect(map.groups[0]!.roles.map((r) => r.draft)).toEqual([true, true, true])
    expect(describeMode('drafts')).toContain('Drafts included')
  })

  it('marks a role with no way in, a move whose kind breaks the seniority rule, and a retired credential still recommended', async () => {
    expect(problems(buildCareerMap(await rows(), 'drafts'))).toEqual([
      'Help desk technician · move-kind: The move to "Senior support engineer" goes from Entry to Senior, but a lateral move stays at the same seniority: make it a promotion',
      'Senior support engineer · retired-credential: Recommends "Microsoft MCSE", retired on 2019-03-31: recommend its successor "Microsoft 365 Fundamentals" instead.',
      'Product manager · no-way-in: No next move of another role leads here, and it is not an entry role (the lowest rung of a ladder, or Entry seniority): add a move to it.',
    ])
  })

  it('shows only what is published in published mode: the drafts\' problems are not there yet', async () => {
    const map = buildCareerMap(await rows(), 'published')
    expect(map.groups[0]!.roles.map((r) => r.title)).toEqual(['Help desk technician', 'Support analyst', 'Senior support engineer'])
    expect(map.problems.map((p) => `${p.roleTitle} · ${p.kind}`)).toEqual(['Product manager · no-way-in'])
  })

  it('uses the validation\'s own ladder rules: a rung clash, seniority falling up the ladder, a move down', async () => {
    const data = await rows()
    // The help desk draft moved onto rung 2 at Lead, with a "lateral" move down to the analyst.
    data.roles = data.roles.map((r) => (r._id === 'drafts.role.helpdesk' ? {...r, rung: 2, seniority: 4, transitions: [{_key: 't1', kind: 'lateral', to: {_ref: 'role.analyst'}}]} : r))
    expect(problems(buildCareerMap(data, 'drafts')).filter((p) => p.startsWith('Help desk technician'))).toEqual([
      'Help desk technician · rung: "Support analyst (draft title)" already stands on rung 2 of "Support engineering"; pick another rung',
      'Help desk technician · seniority: Seniority must not fall as the rung rises: "Senior support engineer" on rung 3 is Senior, below this role\'s Lead on rung 2',
      'Help desk technician · move-kind: The move to "Support analyst (draft title)" goes from Lead to Intermediate, but a lateral move stays at the same seniority: a move down is not a next move; remove it or pick another role',
    ])
  })

  it('maps the seed curriculum with no problems: every role, four ladders, two families, the IT support ladder by rung', () => {
    const path = fileURLToPath(new URL('../../packages/curriculum/dataset/careerpath.ndjson', import.meta.url))
    const seed = readFileSync(path, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
    const title = (d: Record<string, unknown>) => (d.title as {language: string; value: string}[] | undefined)?.find((t) => t.language === 'en')?.value ?? null
    const ref = (v: unknown) => (v as {_ref?: string} | undefined)?._ref ?? null
    const data: MapRows = {
      roles: seed.filter((d) => d._type === 'role').map((d) => ({...d, slug: (d.slug as {current: string}).current, credentials: ((d.credentials as unknown[]) ?? []).map(ref)}) as never),
      tracks: seed.filter((d) => d._type === 'track').map((d) => ({_id: d._id as string, title: title(d), slug: (d.slug as {current: string}).current, kind: d.kind as string})),
      credentials: seed
        .filter((d) => d._type === 'certification' || d._type === 'degree')
        .map((d) => ({_id: d._id as string, _type: d._type as string, title: title(d), status: (d.status as string) ?? null, retiredOn: (d.retiredOn as string) ?? null, successor: ref(d.successor)})),
    }
    const map = buildCareerMap(data, 'published')
    const roles = seed.filter((d) => d._type === 'role')
    expect(map.counts).toMatchObject({roles: roles.length, ladders: 4, families: 2})
    // The expected outline is read from the seed itself, so a content edit does not need a test edit.
    const itSupport = roles
      .filter((d) => ref(d.track) === 'track-it-support')
      .sort((a, b) => (a.rung as number) - (b.rung as number))
      .map((d) => `${title(d)} [Rung ${d.rung as number} · ${seniorityLevels.find((l) => l.value === d.seniority)?.title}]`)
    const track = seed.find((d) => d._id === 'track-it-support')!
    expect(outline(map)[0]).toBe(`ladder ${title(track)}: ${itSupport.join(', ')}`)
    expect(problems(map)).toEqual([])
  })
})
