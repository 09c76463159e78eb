/** The curriculum's edits to the migrated v1 dataset, applied in this order: translations once the English text is final, provenance last, so it sees every figure. */
import {adviceEdit} from './advice.ts'
import {credentialsEdit} from './credentials.ts'
import type {Edit} from './edit.ts'
import {familiesEdit} from './families.ts'
import {movesEdit} from './moves.ts'
import {provenanceEdit} from './provenance.ts'
import {resourcesEdit} from './resources.ts'
import {rolesEdit} from './roles.ts'
import {textEdit} from './text.ts'
import {translationsEdit} from './translations/index.ts'

export const edits: readonly Edit[] = [familiesEdit, adviceEdit, textEdit, credentialsEdit, resourcesEdit, rolesEdit, movesEdit, translationsEdit, provenanceEdit]
