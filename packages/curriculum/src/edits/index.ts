/** The curriculum's edits to the migrated v1 dataset, applied in this order. */
import type {Edit} from './edit.ts'
import {familiesEdit} from './families.ts'
import {provenanceEdit} from './provenance.ts'

export const edits: readonly Edit[] = [familiesEdit, provenanceEdit]
