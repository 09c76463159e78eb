/** The route questions come in a chunk: before it arrives a curriculum says so with a typed error, after it plans. */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {createCurriculum, documentsFromSnapshot, loadRoutes, NotReadyError} from './sdk'

const documents = documentsFromSnapshot(JSON.parse(readFileSync(new URL('../dist/careerpath-seed.json', import.meta.url), 'utf8')))

describe('route questions', () => {
  it('throw NotReadyError until loadRoutes() resolved, then plan and compare', async () => {
    const curriculum = createCurriculum(documents)
    expect(() => curriculum.plan('help-desk-technician', 'it-support-manager')).toThrow(NotReadyError)
    expect(() => curriculum.compare('help-desk-technician', 'senior-technician')).toThrow(expect.objectContaining({code: 'ROUTES_NOT_LOADED'}))
    await loadRoutes()
    expect(curriculum.plan('help-desk-technician', 'it-support-manager')?.steps.length).toBeGreaterThan(0)
    expect(curriculum.compare('help-desk-technician', 'senior-technician').skills.length).toBeGreaterThan(0)
  })
})
