/**
 * Content model v1 → v2 on a live dataset (or an export, in a dry run):
 *
 *   sanity migration run v2-content-model                      # dry run against the configured dataset
 *   sanity migration run v2-content-model --from-export x.tar.gz
 *   sanity migration run v2-content-model --no-dry-run          # then: sanity migration run v2-cleanup --no-dry-run
 *
 * The per-document conversion is transform.ts (pure, unit-tested, also what
 * builds the seed dataset). It needs facts that span documents (a track's role
 * order, every role's seniority, every vendor and publisher name), so this reads
 * the whole dataset once, then yields, per document, a patch of only the fields
 * that change, guarded by the revision it read (an edit made meanwhile makes the
 * patch fail instead of being overwritten). New documents (organisations,
 * degrees) are createIfNotExists, so a second run changes nothing.
 *
 * Degrees were certifications in v1; a document cannot change its _type, so this
 * creates `degree-<slug>` and points every reference at it, and leaves the old
 * certification in place: `v2-cleanup` deletes it once nothing references it.
 */
import {at, createIfNotExists, defineMigration, patch, set, unset, type Migration, type Mutation, type NodePatch, type SanityDocument} from 'sanity/migrate'
import {buildIndex, ConversionError, convertDocument, organisationDocuments, type Doc, type ReportLine} from './transform'

/** Top-level fields that differ between the v1 document and its conversion, as set/unset operations. */
export function fieldPatches(before: Doc, after: Doc): NodePatch[] {
  const ops: NodePatch[] = []
  const keys = new Set([...Object.keys(before), ...Object.keys(after)])
  for (const key of [...keys].sort()) {
    if (key.startsWith('_')) continue
    if (!(key in after)) ops.push(at(key, unset()))
    else if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) ops.push(at(key, set(after[key] as never)))
  }
  return ops
}

/** Every mutation the migration makes for these documents, with what it reports (pure; the test runs it directly too). */
export function planMutations(documents: readonly Doc[]): {mutations: Mutation[]; report: ReportLine[]} {
  const index = buildIndex(documents)
  const mutations: Mutation[] = []
  const report: ReportLine[] = []
  for (const doc of documents) {
    try {
      const conversion = convertDocument(doc, index)
      report.push(...conversion.report)
      if (conversion.document) {
        const ops = fieldPatches(doc, conversion.document)
        if (ops.length) mutations.push(patch(doc._id, ops, doc._rev ? {ifRevision: doc._rev} : undefined))
      }
      for (const created of conversion.created) mutations.push(createIfNotExists(created as SanityDocument))
    } catch (error) {
      if (!(error instanceof ConversionError)) throw error
      report.push({id: doc._id, reason: `${error.message}; left unchanged`})
    }
  }
  for (const org of organisationDocuments(index)) if (!index.existingIds.has(org._id)) mutations.push(createIfNotExists(org as SanityDocument))
  return {mutations, report}
}

const contentModelV2: Migration = defineMigration({
  title: 'Content model v2: field-level i18n, rung + seniority on roles, families, degrees and organisations as documents',
  async *migrate(documents) {
    const all: Doc[] = []
    for await (const doc of documents()) all.push(doc as Doc)
    const {mutations, report} = planMutations(all)
    // The CLI prints mutations, not reasons: the report goes to stderr so it stays apart from them.
    for (const line of report) console.error(`v2-content-model: ${line.id}: ${line.reason}`)
    yield mutations
  },
})

export default contentModelV2
