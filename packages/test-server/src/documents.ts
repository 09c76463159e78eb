import {TestServerError} from './errors'

/** A stored document: anything JSON with a string `_id`. `_type` is optional, as in the Content Lake. */
export interface StoredDocument {
  _id: string
  _type?: string
  [key: string]: unknown
}

export {isDraftId, isVersionId, publishedIdOf, releaseOf} from './ids'

/**
 * Checks and copies the documents a test hands over, so a later mutation of the
 * caller's objects cannot change what the server answers mid-test.
 */
export function acceptDocuments(documents: readonly unknown[]): StoredDocument[] {
  const seen = new Set<string>()
  return documents.map((doc, index) => {
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
      throw new TestServerError('INVALID_DOCUMENT', 'A document must be a JSON object', `documents[${index}]`)
    }
    const id = (doc as {_id?: unknown})._id
    if (typeof id !== 'string' || id.length === 0) {
      throw new TestServerError('INVALID_DOCUMENT', 'A document needs a non-empty string _id', `documents[${index}]._id`)
    }
    if (seen.has(id)) throw new TestServerError('DUPLICATE_ID', `Two documents share the _id "${id}"`, `documents[${index}]._id`)
    seen.add(id)
    return structuredClone(doc) as StoredDocument
  })
}
