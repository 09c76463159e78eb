import {curriculumDocumentsQuery} from '../queries'
import {createCareerGraph} from '../graph'
import type {ValidationIssue} from '../core'
import {loadDocuments} from '../local/files'
import {validateDataset} from '../validation/dataset'
import {chooseSource, clientFor, describeSource, writeJson, type CommandContext} from './context'

interface DocumentReport {
  id: string | null
  type: string | null
  issues: {field: string; message: string}[]
}

/** Groups issues by the document they are about, keeping the order they were found in. */
function byDocument(issues: readonly ValidationIssue[]): DocumentReport[] {
  const groups = new Map<string, DocumentReport>()
  for (const i of issues) {
    const key = `${i.documentType ?? ''}\u0000${i.documentId ?? i.field}`
    let group = groups.get(key)
    if (!group) groups.set(key, (group = {id: i.documentId, type: i.documentType, issues: []}))
    group.issues.push({field: i.field, message: i.message})
  }
  return [...groups.values()]
}

export async function validateCommand(ctx: CommandContext): Promise<number> {
  const source = chooseSource(ctx)
  ctx.progress.update(`Reading ${describeSource(source)}…`)
  let documents: unknown[]
  let lineErrors: {line: number; message: string}[] = []
  if (source.kind === 'file') {
    const loaded = await loadDocuments(source.file, {mode: 'lenient'})
    documents = loaded.documents
    lineErrors = loaded.errors.map((e) => ({line: e.line, message: e.message}))
  } else {
    const client = await clientFor(ctx, source, undefined, 'off')
    documents = await client.fetch<unknown[]>(curriculumDocumentsQuery, {language: 'en'})
  }

  ctx.progress.update(`Validating ${documents.length} documents…`)
  const result = validateDataset(documents, {mode: 'lenient', context: describeSource(source)})
  ctx.progress.update('Building the career graph…')
  const graph = createCareerGraph(result.documents)
  ctx.progress.stop()

  // Warnings (a ladder with fewer than two roles) are shown but, as in the Studio, do not fail.
  const reports = byDocument(result.report.issues.filter((i) => i.severity !== 'warning'))
  const contentWarnings = byDocument(result.report.issues.filter((i) => i.severity === 'warning'))
  const warnings = graph.warnings.map((w) => ({id: w.documentId, type: w.documentType, field: w.path, code: w.code, message: w.message}))
  const ok = reports.length === 0 && lineErrors.length === 0 && warnings.length === 0
  const summary = {
    checked: result.report.checked,
    valid: result.documents.length,
    invalid: result.report.rejected,
    skipped: result.skipped,
    malformedLines: lineErrors.length,
    graphWarnings: warnings.length,
    roles: graph.roles().length,
  }

  if (ctx.flags.json) {
    writeJson(ctx, {ok, source: describeSource(source), summary, documents: reports, warnings: contentWarnings, lines: lineErrors, graph: {warnings}})
    return ok ? 0 : 1
  }
  const out = (line = '') => ctx.stdout.write(`${line}\n`)
  for (const e of lineErrors) out(`✗ ${e.message}`)
  for (const doc of reports) {
    out(`✗ ${doc.type ?? 'document'} ${doc.id ?? ''}`.trimEnd())
    for (const i of doc.issues) out(`    ${i.field || '(document)'}: ${i.message}`)
  }
  for (const doc of contentWarnings) for (const i of doc.issues) out(`! ${doc.type ?? 'document'} ${doc.id ?? ''} ${i.field}: ${i.message}`)
  for (const w of warnings) out(`! ${w.type} ${w.id} ${w.field}: ${w.message}`)
  if (!ok) out()
  out(
    `${ok ? '✓' : '✗'} ${summary.checked} documents checked in ${describeSource(source)}: ${summary.valid} valid, ${summary.invalid} with issues` +
      (summary.malformedLines ? `, ${summary.malformedLines} malformed lines` : '') +
      (summary.skipped ? `, ${summary.skipped} skipped (drafts or other types)` : '') +
      `. Career graph: ${summary.roles} roles${warnings.length ? `, ${warnings.length} warnings` : ''}.`,
  )
  return ok ? 0 : 1
}
