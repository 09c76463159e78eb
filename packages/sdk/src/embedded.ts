import seed from '@careerpath/curriculum/dataset/careerpath.ndjson?raw'
import {parseNdjson} from './local/ndjson'
import type {StoredDocument} from './sources/perspective'

/**
 * The seed curriculum (@careerpath/curriculum's generated NDJSON dataset),
 * inlined as text by the build into a chunk of its own that only
 * `createCareerPathClient()` without a source loads. Parsed on first use.
 */
export const embeddedDocuments: readonly StoredDocument[] = parseNdjson(seed).documents
