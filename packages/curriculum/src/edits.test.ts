/** The edits on their own: what they change, and that they refuse a dataset they were not written for. */
import {describe, expect, it} from 'vitest'
import {migrationReport, v1Documents} from './documents.ts'
import {isCurriculumEditError} from './edits/edit.ts'
import {adviceEdit} from './edits/advice.ts'
import {credentialsEdit} from './edits/credentials.ts'
import {familiesEdit} from './edits/families.ts'
import {edits} from './edits/index.ts'
import {movesEdit} from './edits/moves.ts'
import {rolesEdit} from './edits/roles.ts'
import {textEdit} from './edits/text.ts'
import {transform} from '../../../studio/migrations/v2-content-model/transform.ts'
import type {CurriculumDocument} from './types.ts'

const migrated = (): CurriculumDocument[] => transform(v1Documents).documents

describe('the migration of the v1 fixture', () => {
  it('starts from the 186 documents of v1', () => {
    expect(v1Documents).toHaveLength(186)
  })

  it('reports the one move kind it fixes, the nine one-role tracks, the three degrees and the merged organisation names', () => {
    const reasons = migrationReport.map((r) => `${r.id}: ${r.reason}`)
    expect(reasons).toContain('role-senior-support-engineer: move to role-support-team-lead: lateral → promotion (seniority 3 → 4)')
    expect(migrationReport.filter((r) => r.id.startsWith('track-') && r.reason.includes('→ "family"'))).toHaveLength(9)
    expect(migrationReport.filter((r) => r.reason.startsWith('a degree, not a certification'))).toHaveLength(3)
    expect(migrationReport.filter((r) => r.reason.endsWith('left unchanged'))).toEqual([])
    expect(migrationReport).toHaveLength(26)
  })
})

describe('families edit', () => {
  it('moves the nine single roles into two families and deletes the nine one-role tracks', () => {
    const before = migrated()
    const after = familiesEdit.apply(before)
    const tracks = (docs: CurriculumDocument[]) => docs.filter((d) => d._type === 'track').map((d) => d._id)
    expect(tracks(before)).toHaveLength(13)
    expect(tracks(after).sort()).toEqual(['track-alternative-careers', 'track-it-support', 'track-specialist-roles', 'track-support-engineering-ic', 'track-support-management', 'track-support-specialist'])
    expect(after.length).toBe(before.length - 9 + 2)
  })

  it('does not change its input', () => {
    const before = migrated()
    const copy = JSON.stringify(before)
    familiesEdit.apply(before)
    expect(JSON.stringify(before)).toBe(copy)
  })

  it('refuses a dataset without one of the roles it moves', () => {
    const docs = migrated().filter((d) => d._id !== 'role-sales-engineer')
    expect(() => familiesEdit.apply(docs)).toThrow(/role-sales-engineer is not in the dataset/)
    try {
      familiesEdit.apply(docs)
    } catch (error) {
      expect(isCurriculumEditError(error)).toBe(true)
    }
  })

  it('refuses to delete a track that still holds a role it does not move', () => {
    const docs = migrated()
    const extra = {...docs.find((d) => d._id === 'role-it-analyst')!, _id: 'role-extra', track: {_type: 'reference', _ref: 'track-it-analyst'}}
    expect(() => familiesEdit.apply([...docs, extra])).toThrow(/track-it-analyst would keep role-extra/)
  })
})

describe('the later edits refuse a dataset they were not written for', () => {
  const upTo = (name: string) => {
    let docs = migrated()
    for (const edit of edits) {
      if (edit.name === name) return {docs, edit}
      docs = edit.apply(docs)
    }
    throw new Error(`no edit ${name}`)
  }

  it('roles: needs both the lead and the supervisor, leaves no reference to the supervisor, and does not change its input', () => {
    const {docs, edit} = upTo(rolesEdit.name)
    expect(() => edit.apply(docs.filter((d) => d._id !== 'role-it-support-supervisor'))).toThrow(/must both be in the dataset/)
    const copy = JSON.stringify(docs)
    const after = edit.apply(docs)
    expect(JSON.stringify(docs)).toBe(copy)
    expect(JSON.stringify(after)).not.toContain('"role-it-support-supervisor"')
    expect(after).toHaveLength(docs.length - 1)
  })

  it('moves: refuses a move that is already there or a role that is missing', () => {
    const {docs, edit} = upTo(movesEdit.name)
    const twice = edit.apply(docs)
    expect(() => edit.apply(twice)).toThrow(/already has a move/)
    expect(() => edit.apply(docs.filter((d) => d._id !== 'role-support-team-lead'))).toThrow(/role-support-team-lead is not in the dataset/)
  })

  it('advice: refuses a dataset that no longer states the five-month rule as a condition', () => {
    const {docs, edit} = upTo(adviceEdit.name)
    expect(() => edit.apply(edit.apply(docs))).toThrow(/no five-month condition/)
  })

  it('credentials: refuses to add the role-based certifications twice, and leaves no retired credential recommended', () => {
    const {docs, edit} = upTo(credentialsEdit.name)
    const after = edit.apply(docs)
    expect(() => edit.apply(after)).toThrow(/already exists/)
    const recommended = after.filter((d) => d._type === 'role').flatMap((r) => ((r.credentials as {_ref: string}[] | undefined) ?? []).map((c) => c._ref))
    expect(recommended.filter((id) => id === 'cert-microsoft-mcse' || id === 'cert-microsoft-mcitp')).toEqual([])
  })

  it('text: refuses a dataset without a document it rewrites', () => {
    const {docs, edit} = upTo(textEdit.name)
    expect(() => edit.apply(docs.filter((d) => d._id !== 'faq-it-support-career-paths'))).toThrow(/faq-it-support-career-paths not in the dataset/)
  })
})
