import {isContentValidationError} from '../core'
import {loadDocuments} from '../local/files'
import {writeSnapshot} from '../local/files'
import {chooseSource, clientFor, describeSource, UsageError, writeJson, type CommandContext} from './context'

export async function snapshotCommand(ctx: CommandContext): Promise<number> {
  const out = ctx.flags.out
  if (!out) throw new UsageError('snapshot needs --out <file>: where to write the snapshot')
  const source = chooseSource(ctx)
  ctx.progress.update(`Reading ${describeSource(source)}…`)
  const documents = source.kind === 'file' ? (await loadDocuments(source.file)).documents : undefined
  const client = await clientFor(ctx, source, documents, 'strict')
  try {
    const snapshot = await client.snapshot()
    ctx.progress.update(`Writing ${snapshot.documents.length} documents to ${out}…`)
    await writeSnapshot(out, snapshot)
    ctx.progress.stop()
    const summary = {out, takenAt: snapshot.takenAt, source: snapshot.source, documents: snapshot.documents.length}
    if (ctx.flags.json) writeJson(ctx, {ok: true, ...summary})
    else ctx.stdout.write(`✓ Wrote ${summary.documents} documents from ${describeSource(source)} to ${out} (taken ${summary.takenAt})\n`)
    return 0
  } catch (error) {
    ctx.progress.stop()
    if (!isContentValidationError(error)) throw error
    if (ctx.flags.json) writeJson(ctx, {ok: false, issues: error.issues})
    else {
      ctx.stdout.write(`✗ No snapshot written: the content has ${error.issues.length} issue(s). Run "careerpath validate" for the full report.\n`)
      for (const i of error.issues.slice(0, 20)) ctx.stdout.write(`    ${i.documentType ?? ''} ${i.documentId ?? ''} ${i.field}: ${i.message}\n`)
    }
    return 1
  }
}
