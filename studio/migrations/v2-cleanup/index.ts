/**
 * Second step of the v2 migration: delete the v1 certifications that were
 * degrees, after `v2-content-model` has created their `degree-<slug>`
 * replacements and pointed every reference at them.
 *
 * A separate migration, not the last mutations of the first: the runner commits
 * mutations in concurrent batches, so a delete could land before the role patches
 * that stop referencing it, and Content Lake refuses to delete a document that a
 * strong reference still points at. Run after the first has finished; if something
 * still references an old degree, its delete fails and names it, and nothing is lost.
 *
 * Only certifications that still carry v1's `kind: "degree"` are touched: the first
 * migration leaves those documents unconverted and removes `kind` from every other one.
 */
import {defineMigration, delete_, type Migration} from 'sanity/migrate'

const cleanupV2: Migration = defineMigration({
  title: 'Content model v2 cleanup: delete v1 degree certifications (replaced by degree documents)',
  documentTypes: ['certification'],
  filter: 'kind == "degree"',
  migrate: {
    document(doc) {
      return delete_(doc._id)
    },
  },
})

export default cleanupV2
