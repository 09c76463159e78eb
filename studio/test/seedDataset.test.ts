/**
 * The seed dataset (packages/curriculum) must pass the Studio's own
 * validation: every document, against all the others, through the same engine
 * and test server as the rule tests.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {checkRolePublish, describePublishCheck} from '../actions/publishCheck'
import {describeMarkers, type DocumentLike, validateDocuments, withStudioClient} from './validateDocuments'

const datasetDir = fileURLToPath(new URL('../../packages/curriculum/dataset/', import.meta.url))

function readNdjson(file: string): DocumentLike[] {
  return readFileSync(datasetDir + file, 'utf8')
    .split('\n')
    .flatMap((line, index) => {
      if (line.trim() === '') return []
      try {
        return [JSON.parse(line) as DocumentLike]
      } catch (error) {
        throw new Error(`${file} line ${index + 1}: not JSON (${(error as Error).message})`)
      }
    })
}

const files = readdirSync(datasetDir).filter((f) => f.endsWith('.ndjson'))
const documents = files.flatMap(readNdjson)

describe('seed dataset', () => {
  it('exists', () => {
    expect(files.length).toBeGreaterThan(0)
    expect(documents.length).toBeGreaterThan(0)
  })

  it('has no validation errors or warnings in the Studio', async () => {
    const results = await validateDocuments(documents)
    const problems = results.filter((r) => r.markers.length > 0).map((r) => ({id: r.id, markers: describeMarkers(r.markers)}))
    expect(problems).toEqual([])
  }, 60_000)

  it('passes the publish-time check for every role (as if each were published again now)', async () => {
    const roles = documents.filter((d) => d._type === 'role')
    expect(roles.length).toBeGreaterThan(0)
    await withStudioClient(documents, async (client) => {
      const problems: {id: string; problems: string[]}[] = []
      for (const role of roles) {
        const found = describePublishCheck(await checkRolePublish(client, role._id))
        if (found.length) problems.push({id: role._id, problems: found})
      }
      expect(problems).toEqual([])
    })
  }, 60_000)

  it('uses no field the schema does not know (the CLI check)', async () => {
    const results = await validateDocuments(documents, {environment: 'cli'})
    const unknownFields = results.flatMap((r) => r.markers.filter((m) => m.message.includes('does not exist on type')))
    expect(unknownFields).toEqual([])
  }, 60_000)
})
