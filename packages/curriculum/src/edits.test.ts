/** The edits on their own: what they change, and that they refuse a dataset they were not written for. */
import {describe, expect, it} from 'vitest'
import {migrationReport, v1Documents} from './documents.ts'
import {isCurriculumEditError} from './edits/edit.ts'
import {familiesEdit} from './edits/families.ts'
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
