import type {CareerPathClient} from '../client/createClient'
import type {LanguageId} from '../languages'
import type {ValidationMode} from '../validation/issues'
import type {Progress} from './progress'

/** What a command gets: its parsed flags, the streams, and the environment (for the token). */
export interface CommandContext {
  positionals: string[]
  flags: Flags
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WriteStream
  env: NodeJS.ProcessEnv
  progress: Progress
}

export interface Flags {
  json?: boolean
  out?: string
  /** The content's language (`en`, `es`, `de`); checked before a command runs. */
  language?: LanguageId
  from?: string
  to?: string
  'project-id'?: string
  dataset?: string
  'api-version'?: string
  'api-host'?: string
  cdn?: boolean
}

/** A mistake in how the command was called: printed with a hint, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export const TOKEN_VARIABLE = 'SANITY_API_READ_TOKEN'

export type SourceChoice = {kind: 'embedded'} | {kind: 'file'; file: string} | {kind: 'sanity'; projectId: string; dataset: string}

export function chooseSource(ctx: CommandContext): SourceChoice {
  const file = ctx.positionals[0]
  if (ctx.positionals.length > 1) throw new UsageError(`Expected at most one file, got: ${ctx.positionals.join(' ')}`)
  const projectId = ctx.flags['project-id']
  const dataset = ctx.flags.dataset
  if ((projectId === undefined) !== (dataset === undefined)) throw new UsageError('--project-id and --dataset go together: pass both')
  if (file !== undefined && projectId !== undefined) throw new UsageError('Pass either a file or --project-id/--dataset, not both')
  if (file !== undefined) return {kind: 'file', file}
  if (projectId !== undefined && dataset !== undefined) return {kind: 'sanity', projectId, dataset}
  return {kind: 'embedded'}
}

/** A client for the chosen source (files are loaded by the caller and passed as documents); the client's code loads only now. */
export async function clientFor(ctx: CommandContext, source: SourceChoice, documents: readonly unknown[] | undefined, validation: ValidationMode): Promise<CareerPathClient> {
  const {createCareerPathClient} = await import('../client/createClient')
  if (source.kind === 'sanity') {
    const token = ctx.env[TOKEN_VARIABLE]?.trim() || undefined
    return createCareerPathClient({
      projectId: source.projectId,
      dataset: source.dataset,
      apiVersion: ctx.flags['api-version'],
      apiHost: ctx.flags['api-host'],
      useProjectHostname: ctx.flags['api-host'] ? false : undefined,
      useCdn: ctx.flags.cdn !== false,
      token,
      validation,
      language: ctx.flags.language,
    })
  }
  const language = ctx.flags.language
  if (source.kind === 'file') return createCareerPathClient({documents: documents ?? [], validation, language})
  return createCareerPathClient({validation, language})
}

export function describeSource(source: SourceChoice): string {
  if (source.kind === 'file') return source.file
  if (source.kind === 'sanity') return `Sanity project ${source.projectId}, dataset ${source.dataset}`
  return 'the embedded curriculum'
}

export function writeJson(ctx: CommandContext, value: unknown) {
  ctx.stdout.write(`${JSON.stringify(value, null, 2)}\n`)
}
