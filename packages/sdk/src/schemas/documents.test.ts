import {describe, expect, test} from 'vitest'
import {byId, fixtureDocuments} from '../../test/fixtures'
import {schemaIssues} from '../validation/schemaIssues'
import {certificationDocument, faqDocument, learningPathDocument, resourceDocument, roleDocument} from './documents'

const fieldsOf = (schema: Parameters<typeof schemaIssues>[0], doc: unknown) => schemaIssues(schema, doc).map((i) => `${i.field}: ${i.message}`)

describe('document rules mirrored from the Studio', () => {
  test('retired certifications need a date; only they have a successor; never themselves', () => {
    const cert = byId(fixtureDocuments(), 'cert-old')
    expect(fieldsOf(certificationDocument, {...cert, retiredOn: undefined})).toEqual(['retiredOn: A retired certification needs its retirement date'])
    expect(fieldsOf(certificationDocument, {...cert, status: 'active'})).toEqual([
      'retiredOn: Only a retired certification has a retirement date',
      'successor: Only a retired certification has a successor',
    ])
    expect(fieldsOf(certificationDocument, {...cert, successor: {_type: 'reference', _ref: 'drafts.cert-old'}})).toEqual(['successor: A certification cannot replace itself'])
  })

  test('roles: seniority on the scale, a whole rung from 1 to 20, English text required', () => {
    const role = byId(fixtureDocuments(), 'role-lead')
    expect(fieldsOf(roleDocument, {...role, seniority: 8, rung: 2.5, title: []})).toEqual([
      'title: The "en" text is required',
      'rung: A rung is a whole number from 1 to 20',
      'seniority: Invalid option: expected one of 1|2|3|4|5|6|7',
    ])
  })

  test('roles: one entry per skill, no move to itself, experience range in order', () => {
    const role = byId(fixtureDocuments(), 'role-lead')
    role.skills[1].skill._ref = role.skills[0].skill._ref
    role.transitions[0].to._ref = 'role-lead'
    role.experience = {_type: 'experienceRange', min: 5, max: 2}
    expect(fieldsOf(roleDocument, role)).toEqual([
      'experience.min: Experience "from" must not be more than "to"',
      'skills[1].skill: Each skill should be listed once',
      'transitions[0].to: A role cannot lead to itself',
    ])
  })

  test('books need authors; tags are unique; links are http(s)', () => {
    const book = byId(fixtureDocuments(), 'resource-book')
    expect(fieldsOf(resourceDocument, {...book, authors: [], topics: ['itil', 'itil'], url: 'ftp://x.org'})).toEqual([
      'url: Use a full web address starting with http:// or https://',
      'topics[1]: "itil" is listed more than once',
      'authors: A book needs at least one author',
    ])
  })

  test('FAQ questions end with a question mark; slugs are lowercase with single hyphens', () => {
    const faq = byId(fixtureDocuments(), 'faq-what')
    expect(fieldsOf(faqDocument, {...faq, question: 'Tell me', slug: {_type: 'slug', current: 'Bad--Slug'}})).toEqual([
      'question: End the question with a question mark',
      'slug.current: Use lowercase letters, digits and single hyphens only',
    ])
  })

  test('learning path module slugs are unique within the path', () => {
    const loc = (value: string, type = 'internationalizedArrayStringValue') => [{_key: 'en', _type: type, language: 'en', value}]
    const keyPoints = [{_key: 'p', _type: 'localizedLine', text: loc('A point')}]
    const module = {_type: 'learningModule', _key: 'm', title: loc('M'), slug: {_type: 'slug', current: 'same'}, topics: [{_type: 'learningTopic', _key: 't', title: loc('T'), keyPoints}]}
    const path = {_id: 'lp', _type: 'learningPath', title: loc('Path'), slug: {_type: 'slug', current: 'path'}, summary: loc('A path with two modules that share a slug.', 'internationalizedArrayTextValue'), modules: [module, {...module, _key: 'n'}]}
    expect(fieldsOf(learningPathDocument, path)).toEqual(['modules[1].slug: Module slugs must be unique within a path'])
    const untitled = {...path, modules: [{...module, title: undefined, topics: [{_type: 'learningTopic', _key: 't', title: loc('T'), keyPoints: [{_key: 'p', _type: 'localizedLine'}]}]}]}
    expect(fieldsOf(learningPathDocument, untitled)).toEqual(['modules[0].title: Required', 'modules[0].topics[0].keyPoints[0].text: Required'])
  })
})
