/**
 * Resources whose v1 text said more than anyone knows. The management seed lists
 * "The IT Support Handbook: A How-To Guide to Technology Management" by Kyle
 * McSlarrow; no edition with that title and author could be matched, and v1's
 * summary described the contents of another book. We keep the seed's title and
 * author exactly and describe nothing we cannot check.
 */
import {changeDocuments, en, type Edit} from './edit.ts'

export const itSupportHandbookSummary =
  'Listed by the management seed under this title and author. We could not match that title and author to any published edition, so we describe no contents and give no link; check the edition before you buy it.'

export const resourcesEdit: Edit = {
  name: 'resource summaries limited to what is known',
  apply(documents) {
    return changeDocuments('resources', documents, {
      'resource-the-it-support-handbook': (d) => ({...d, summary: en(itSupportHandbookSummary, 'text')}),
    })
  },
}
