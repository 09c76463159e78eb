import {describe, expect, test} from 'vitest'
import {byId, fixtureDocuments} from '../../test/fixtures'
import {isContentValidationError} from '../core'
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
    byId(docs, 'role-tech').rung = 1.5
    byId(docs, 'resource-book').url = 'javascript:alert(1)'
    const {report} = lenient(docs)
    expect(report.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({documentId: 'role-tech', documentType: 'role', field: 'skills[0].proficiency'}),
        expect.objectContaining({documentId: 'role-tech', documentType: 'role', field: 'rung'}),
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
    byId(docs, 'role-tech').credentials[0]._ref = 'skill-leadership'
    byId(docs, 'cert-a-plus').vendor._ref = 'org-gone'
    byId(docs, 'resource-book').costBasis.source._ref = 'skill-leadership'
    expect(fields(docs)).toEqual(['cert-a-plus:vendor', 'resource-book:costBasis.source', 'role-tech:credentials[0]', 'role-lead:transitions[0].to'])
    expect(lenient(docs).report.issues.find((i) => i.field === 'credentials[0]')?.message).toBe('Must refer to a certification or a degree, but "skill-leadership" is a skill')
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

  test('a promotion loop is reported with the roles along it (and the promotion down as a wrong kind)', () => {
    const docs = fixtureDocuments()
    byId(docs, 'role-lead').transitions.push({_type: 'transition', _key: 't2', to: {_type: 'reference', _ref: 'role-tech'}, kind: 'promotion', typicalYears: 1})
    const messages = lenient(docs).report.issues.map((i) => `${i.documentId}:${i.field}:${i.message}`)
    expect(messages).toEqual([
      expect.stringMatching(/^role-tech:transitions:Promotions form a loop: Technician → Lead → Technician/),
      'role-lead:transitions[_key=="t2"].kind:The move to "Technician" goes from Senior to Entry, but a promotion must go to a higher seniority: a move down is not a next move; remove it or pick another role',
    ])
  })

  const ladderMessages = (docs: Record<string, unknown>[]) => lenient(docs).report.issues.map((i) => `${i.documentId}:${i.field}:${i.message}`)

  test('ladder roles have a rung no other role of the ladder holds; family roles have none', () => {
    const docs = fixtureDocuments()
    byId(docs, 'role-lead').rung = 1
    byId(docs, 'role-manager').rung = 1
    // Both roles on the rung are told, as each would be in the Studio.
    expect(ladderMessages(docs)).toEqual([
      'role-tech:rung:"Lead" already stands on rung 1 of "Support"; pick another rung',
      'role-lead:rung:"Technician" already stands on rung 1 of "Support"; pick another rung',
      'role-manager:rung:"Management" is a family of roles, not a ladder: roles in a family have no rung; clear it',
    ])
    delete byId(docs, 'role-lead').rung
    delete byId(docs, 'role-manager').rung
    expect(ladderMessages(docs)).toEqual(['role-lead:rung:Give this role its rung on "Support" (1 = the entry role)'])
  })

  test('seniority never falls as the rung rises', () => {
    const docs = fixtureDocuments()
    byId(docs, 'role-tech').seniority = 4
    byId(docs, 'role-tech').transitions[0].kind = 'lateral'
    expect(ladderMessages(docs)).toEqual([
      'role-tech:transitions[_key=="t1"].kind:The move to "Lead" goes from Lead to Senior, but a lateral move stays at the same seniority: a move down is not a next move; remove it or pick another role',
      'role-lead:seniority:Seniority must not fall as the rung rises: "Technician" on rung 1 is Lead, this role on rung 2 is Senior',
    ])
  })

  test('each kind of move fits the seniorities it joins, and bad roles are left out while their neighbours stay', () => {
    const docs = fixtureDocuments()
    byId(docs, 'role-tech').transitions.push({_type: 'transition', _key: 'x', to: {_type: 'reference', _ref: 'role-manager'}, kind: 'lateral', typicalYears: 1})
    byId(docs, 'role-lead').transitions[0].kind = 'specialisation' // same seniority: fits
    const result = lenient(docs)
    expect(result.report.issues.map((i) => [i.documentId, i.documentType, i.field])).toEqual([['role-tech', 'role', 'transitions[_key=="x"].kind']])
    expect(result.report.issues[0]!.message).toContain('make it a promotion')
    expect(result.documents.map((d) => d._id)).not.toContain('role-tech')
    expect(result.documents.map((d) => d._id)).toContain('role-lead')
  })

  test('a ladder with fewer than two roles is a warning that rejects nothing', () => {
    const docs = fixtureDocuments()
    byId(docs, 'role-lead').track._ref = 'track-mgmt'
    delete byId(docs, 'role-lead').rung
    byId(docs, 'role-lead').transitions = []
    const result = validateDataset(docs)
    expect(result.documents).toHaveLength(docs.length)
    expect(result.report.issues).toEqual([
      expect.objectContaining({documentId: 'track-support', documentType: 'track', field: 'kind', severity: 'warning', message: expect.stringContaining('at least two roles; this one has 1')}),
    ])
  })

  test('localized fields follow the Studio: English required, each language once and known, no blank text', () => {
    const docs = fixtureDocuments()
    byId(docs, 'skill-leadership').title = [{_key: 'fr', _type: 'internationalizedArrayStringValue', language: 'fr', value: 'Leadership'}]
    byId(docs, 'role-tech').title.push({_key: 'en2', _type: 'internationalizedArrayStringValue', language: 'en', value: ' '})
    expect(fields(docs)).toEqual(['skill-leadership:title[0].language', 'skill-leadership:title', 'role-tech:title[1].language', 'role-tech:title[1].value'])
  })

  test('a basis names its source article only when it says it comes from one', () => {
    const docs = fixtureDocuments()
    delete byId(docs, 'resource-book').costBasis.source
    byId(docs, 'role-tech').experience.basis.source = {_type: 'reference', _ref: 'source-a'}
    expect(fields(docs)).toEqual(['resource-book:costBasis.source', 'role-tech:experience.basis.source'])
  })

  test('FAQ slugs are unique per language', () => {
    const docs = fixtureDocuments()
    docs.push({...byId(docs, 'faq-what'), _id: 'faq-what-copy'})
    expect(fields(docs)).toEqual(['faq-what-copy:slug.current'])
  })

  test('drafts, versions and foreign types are skipped; non-documents are reported', () => {
    const docs: unknown[] = fixtureDocuments()
    docs.push({_id: 'drafts.role-tech', _type: 'role'}, {_id: 'versions.r1.role-tech', _type: 'role'}, {_id: 'image-1', _type: 'sanity.imageAsset'}, 42)
    const result = lenient(docs)
    expect(result.skipped).toBe(3)
    expect(result.report.issues.map((i) => i.field)).toEqual([`[${docs.length - 1}]`])
  })

  test('the embedded seed is a valid dataset', async () => {
    const {embeddedDocuments} = await import('../embedded')
    const result = validateDataset(embeddedDocuments)
    // Every language's FAQs and guides; the plugin's translation.metadata links are not curriculum documents (skipped).
    const links = embeddedDocuments.filter((d) => d._type === 'translation.metadata').length
    expect(links).toBeGreaterThan(0)
    expect(result.skipped).toBe(links)
    expect(result.documents.length).toBe(embeddedDocuments.length - links)
    expect(new Set(result.documents.filter((d) => d._type === 'faq').map((d) => d.language))).toEqual(new Set(['en', 'es', 'de']))
    expect(new Set(result.documents.map((d) => d._type))).toEqual(new Set(['track', 'role', 'skill', 'certification', 'degree', 'organisation', 'resource', 'learningPath', 'faq', 'guide', 'sourceArticle']))
  })
})
