import {documents} from '@careerpath/curriculum'
import type {StoredDocument} from './sources/perspective'

/**
 * The seed curriculum (@careerpath/curriculum), inlined by the build into a
 * chunk of its own that only `createCareerPathClient()` without a source loads.
 */
export const embeddedDocuments: readonly StoredDocument[] = documents as unknown as readonly StoredDocument[]
