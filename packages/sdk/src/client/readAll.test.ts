/**
 * `readAll()` derives each document's incoming references (a skill's roles, a
 * vendor's certifications, a track's roles…) from the bulk rows instead of
 * asking GROQ per document: every detail must still equal what its `get…`
 * returns, order of the derived lists included, on the seed curriculum, read
 * through the real @sanity/client from the test server and from the local
 * source.
 */
import {startTestServer, type TestServer} from '@careerpath/test-server'
import fc from 'fast-check'
import {evaluate, parse} from 'groq-js'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {embeddedDocuments} from '../embedded'
import {createCareerPathClient, type CareerPathClient, type CurriculumContent} from './createClient'
import {groqCompare} from './incoming'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({documents: [...embeddedDocuments]})
})
afterAll(() => server.close())

const sources: [string, () => CareerPathClient][] = [
  ['Sanity source (@sanity/client → test server)', () => createCareerPathClient({projectId: 'test', dataset: 'production', apiHost: server.url, useProjectHostname: false})],
  ['local source', () => createCareerPathClient({documents: embeddedDocuments})],
]

type Getter = (client: CareerPathClient, row: {slug?: string; _id: string}) => Promise<unknown>
const getters: Record<keyof CurriculumContent, Getter> = {
  tracks: (c, r) => c.getTrack(r.slug!),
  roles: (c, r) => c.getRole(r.slug!),
  skills: (c, r) => c.getSkill(r.slug!),
  certifications: (c, r) => c.getCertification(r.slug!),
  degrees: (c, r) => c.getDegree(r.slug!),
  organisations: (c, r) => c.getOrganisation(r.slug!),
  resources: (c, r) => c.getResource(r._id),
  learningPaths: (c, r) => c.getLearningPath(r.slug!),
  faqs: (c, r) => c.getFaq(r.slug!),
  guides: (c, r) => c.getGuide(r.slug!),
}

describe.each(sources)('%s', (_name, make) => {
  test('every readAll() detail deep-equals its get…() result', async () => {
    const client = make()
    const all = await client.readAll()
    let compared = 0
    let derived = 0
    for (const [type, get] of Object.entries(getters) as [keyof CurriculumContent, Getter][]) {
      expect(all[type].length, type).toBeGreaterThan(0)
      for (const row of all[type] as {slug?: string; _id: string}[]) {
        expect(row, `${type} ${row._id}`).toStrictEqual(await get(client, row))
        compared++
      }
    }
    // The derived lists are not all empty: the seed has skills needed by several roles, vendors with several certifications.
    for (const skill of all.skills) derived += skill.roles.length + skill.certifications.length + skill.resources.length
    for (const track of all.tracks) derived += track.roles.length
    expect(derived).toBeGreaterThan(100)
    expect(all.skills.some((s) => s.roles.length > 2)).toBe(true)
    expect(compared).toBeGreaterThan(150)
  }, 120_000)
})

test("readAll's sort is GROQ's order(): numbers, strings, booleans, then null and everything else, ties kept in order", async () => {
  const value = fc.oneof(fc.integer({min: -3, max: 3}), fc.constantFrom('a', 'B', 'b', 'é', ''), fc.boolean(), fc.constant(null))
  await fc.assert(
    fc.asyncProperty(fc.array(fc.record({a: value, b: value}), {maxLength: 12}), async (rows) => {
      const dataset = rows.map((row, i) => ({_id: `d${i}`, _type: 'x', ...row}))
      const expected = await (await evaluate(parse('*[_type == "x"] | order(a asc, b asc)._id'), {dataset})).get()
      const ours = [...dataset].sort((x, y) => groqCompare(x.a, y.a) || groqCompare(x.b, y.b)).map((d) => d._id)
      expect(ours).toEqual(expected)
    }),
    {numRuns: 200},
  )
})
