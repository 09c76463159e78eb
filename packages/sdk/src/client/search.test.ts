import {expect, test} from 'vitest'
import {byId, fixtureDocuments} from '../../test/fixtures'
import {createCareerPathClient} from './createClient'

/**
 * The promised order: a hit in the title counts most, then other names
 * (aliases), then text (summaries, descriptions, answers); ties by id. Ids are
 * chosen against that order, so an order by id (a scoring replaced by a
 * constant) or any other weighting fails.
 */
const loc = (value: string) => [{_key: 'en', _type: 'internationalizedArrayStringValue', language: 'en', value}]
const text = (value: string) => [{_key: 'en', _type: 'internationalizedArrayTextValue', language: 'en', value}]

function documents() {
  const docs = fixtureDocuments()
  const role = byId(docs, 'role-manager')
  const add = (id: string, fields: Record<string, unknown>) => docs.push({...role, _id: id, slug: {_type: 'slug', current: id}, aliases: [], ...fields})
  add('a-text', {title: loc('Operations analyst'), summary: text('Works on the quasar programme with every team.')})
  add('b-alias', {title: loc('Service owner'), aliases: ['Quasar owner'], summary: text('Owns a service end to end for the company.')})
  add('c-title', {title: loc('Quasar engineer'), summary: text('Builds and runs the platform for the company.')})
  add('d-title-and-text', {title: loc('Quasar lead'), summary: text('Leads the quasar team and its roadmap work.')})
  add('e-none', {title: loc('Facilities lead'), summary: text('Keeps the offices running for every team.')})
  return docs
}

test('title and text beat title; title beats other names; other names beat text', async () => {
  const client = createCareerPathClient({documents: documents()})
  const hits = await client.search('quasar')
  expect(hits.map((h) => h.slug)).toEqual(['d-title-and-text', 'c-title', 'b-alias', 'a-text'])
})

test('a prefix counts as the word; every word must match somewhere', async () => {
  const client = createCareerPathClient({documents: documents()})
  expect((await client.search('quas')).map((h) => h.slug)).toEqual(['d-title-and-text', 'c-title', 'b-alias', 'a-text'])
  expect((await client.search('quasar roadmap')).map((h) => h.slug)).toEqual(['d-title-and-text'])
  expect((await client.search('quasar', {limit: 2})).map((h) => h.slug)).toEqual(['d-title-and-text', 'c-title'])
})

test('equal scores keep a stable order by id', async () => {
  const client = createCareerPathClient({documents: documents()})
  expect((await client.search('company', {types: ['role']})).map((h) => h.slug)).toEqual(['b-alias', 'c-title'])
})
