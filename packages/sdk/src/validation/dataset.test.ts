import {describe, expect, test} from 'vitest'
import {byId, fixtureDocuments} from '../../test/fixtures'
import {isContentValidationError} from '../errors'
import {validateDataset} from './dataset'

const lenient = (docs: unknown[]) => validateDataset(docs, {mode: 'lenient', context: 'fixture'})
const fields = (docs: unknown[]) => lenient(docs).report.issues.map((i) => `${i.documentId}:${i.field}`)

describe('validateDataset', () => {
  test('a consistent dataset passes and keeps every document', () => {
    const docs = fixtureDocuments()
    const result = validateDataset(docs)
    expect(result.documents).toHaveLength(docs.length)
    expect(result.report.issues).toEqual([])
  })

  test('reports every issue with document id, type and field path', () => {
    const docs = fixtureDocuments()
    byId(docs, 'role-tech').skills[0].proficiency = 7
    byId(docs, 'role-tech').level = 1.5
    byId(docs, 'resource-book').url = 'javascript:alert(1)'
    const {report} = lenient(docs)
    expect(report.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({documentId: 'role-tech', documentType: 'role', field: 'skills[0].proficiency'}),
        expect.objectContaining({documentId: 'role-tech', documentType: 'role', field: 'level'}),
        expect.objectContaining({documentId: 'resource-book', documentType: 'resource', field: 'url'}),
      ]),
    )
  })

  test('strict mode throws one error carrying all issues', () => {
    const docs = fixtureDocuments()
    delete byId(docs, 'skill-leadership').title
    byId(docs, 'cert-a-plus').level = 'wizard'
    let caught: unknown
    try {
      validateDataset(docs)
    } catch (error) {
      caught = error
    }
    expect(isContentValidationError(caught)).toBe(true)
    if (!isContentValidationError(caught)) return
    expect(caught.issues.map((i) => `${i.documentId}:${i.field}`)).toEqual(['skill-leadership:title', 'cert-a-plus:level'])
    expect(caught.message).toContain('skill-leadership at title')
  })

  test('lenient mode keeps the valid documents when a neighbour is broken', () => {
    const docs = fixtureDocuments()
    byId(docs, 'faq-what').question = 'No question mark'
    const result = lenient(docs)
    expect(result.documents.map((d) => d._id)).not.toContain('faq-what')
    expect(result.documents).toHaveLength(docs.length - 1)
    expect(result.report.rejected).toBe(1)
  })

  test('dangling references and references to the wrong type', () => {
    const docs = fixtureDocuments()
    byId(docs, 'role-lead').transitions[0].to._ref = 'role-missing'
    byId(docs, 'role-tech').certifications[0]._ref = 'skill-leadership'
    expect(fields(docs)).toEqual(['role-tech:certifications[0]', 'role-lead:transitions[0].to'])
  })

  test('weak references may dangle', () => {
    const docs = fixtureDocuments()
    Object.assign(byId(docs, 'cert-old').successor, {_ref: 'cert-gone', _weak: true})
    expect(fields(docs)).toEqual([])
  })

  test('duplicate ids and slugs', () => {
    const docs = fixtureDocuments()
    docs.push({...byId(docs, 'skill-leadership')})
    docs.push({...byId(docs, 'skill-troubleshooting'), _id: 'skill-copy'})
    expect(fields(docs)).toEqual(['skill-leadership:_id', 'skill-copy:slug.current'])
  })

  test('a promotion loop is reported with the roles along it', () => {
    const docs = fixtureDocuments()
    byId(docs, 'role-lead').transitions.push({_type: 'transition', _key: 't2', to: {_type: 'reference', _ref: 'role-tech'}, kind: 'promotion', typicalYears: 1})
    const {report} = lenient(docs)
    expect(report.issues).toHaveLength(1)
    expect(report.issues[0]!.message).toContain('Technician → Lead → Technician')
  })

  test('ladders must climb and hold only their own roles', () => {
    const docs = fixtureDocuments()
    byId(docs, 'track-support').roles.reverse()
    byId(docs, 'track-mgmt').roles.push({_type: 'reference', _ref: 'role-tech', _key: 'r2'})
    const messages = lenient(docs).report.issues.map((i) => `${i.documentId}:${i.field}:${i.message}`)
    expect(messages).toEqual([
      expect.stringMatching(/^track-support:roles\[1\]:Roles must be in ladder order/),
      expect.stringMatching(/^track-mgmt:roles\[1\]:"Technician" belongs to another track/),
      expect.stringMatching(/^track-mgmt:roles\[1\]:Roles must be in ladder order/),
    ])
  })

  test('drafts, versions and foreign types are skipped; non-documents are reported', () => {
    const docs: unknown[] = fixtureDocuments()
    docs.push({_id: 'drafts.role-tech', _type: 'role'}, {_id: 'versions.r1.role-tech', _type: 'role'}, {_id: 'image-1', _type: 'sanity.imageAsset'}, 42)
    const result = lenient(docs)
    expect(result.skipped).toBe(3)
    expect(result.report.issues.map((i) => i.field)).toEqual(['[15]'])
  })

  test('the embedded seed is a valid dataset', async () => {
    const {embeddedDocuments} = await import('../embedded')
    const result = validateDataset(embeddedDocuments)
    expect(result.documents.length).toBe(embeddedDocuments.length)
    expect(new Set(result.documents.map((d) => d._type))).toEqual(new Set(['track', 'role', 'skill', 'certification', 'resource', 'learningPath', 'faq', 'guide', 'sourceArticle']))
  })
})
