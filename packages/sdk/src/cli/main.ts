import {parseArgs} from 'node:util'
import {isLanguage, LANGUAGE_IDS} from '../languages'
import {isCareerPathError, isContentValidationError, isNotFoundError} from '../core'
import {TOKEN_VARIABLE, UsageError, type CommandContext, type Flags} from './context'
import {commands, help, type Command} from './help'
import {createProgress} from './progress'

export interface Io {
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WriteStream
  env: NodeJS.ProcessEnv
}

/**
 * Commands load on demand: `careerpath plan` on the embedded curriculum never
 * loads @sanity/client, groq-js or the schemas, so it starts in a few times
 * Node's own start-up (BENCHMARKS.md).
 */
const run: Record<Command, (ctx: CommandContext) => Promise<number>> = {
  validate: async (ctx) => (await import('./validate')).validateCommand(ctx),
  snapshot: async (ctx) => (await import('./snapshot')).snapshotCommand(ctx),
  plan: async (ctx) => (await import('./plan')).planCommand(ctx),
}

const options = {
  json: {type: 'boolean'},
  out: {type: 'string'},
  language: {type: 'string'},
  from: {type: 'string'},
  to: {type: 'string'},
  'project-id': {type: 'string'},
  dataset: {type: 'string'},
  'api-version': {type: 'string'},
  'api-host': {type: 'string'},
  cdn: {type: 'boolean'},
  'no-cdn': {type: 'boolean'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'},
} as const

/** Runs the CLI; returns the exit code (0 ok, 1 content errors or failure, 2 usage). */
export async function main(argv: readonly string[], io: Io, version: string): Promise<number> {
  const err = (line: string) => io.stderr.write(`${line}\n`)
  if (argv.some((a) => /^--?(token|api-token|auth)(=|$)/.test(a))) {
    err(`careerpath never takes a token as a flag (it would end up in your shell history). Set ${TOKEN_VARIABLE} in the environment instead.`)
    return 2
  }
  let parsed
  try {
    parsed = parseArgs({args: [...argv], options, allowPositionals: true, strict: true})
  } catch (error) {
    err(`${error instanceof Error ? error.message : String(error)}\n\n${help.main}`)
    return 2
  }
  const [name, ...positionals] = parsed.positionals
  const flags = parsed.values as Flags & {help?: boolean; version?: boolean; 'no-cdn'?: boolean}
  if (flags['no-cdn']) flags.cdn = false
  if (flags.version && !name) {
    io.stdout.write(`${version}\n`)
    return 0
  }
  if (!name) {
    ;(flags.help ? io.stdout : io.stderr).write(help.main)
    return flags.help ? 0 : 2
  }
  if (!commands.includes(name as Command)) {
    err(`Unknown command "${name}". Commands: ${commands.join(', ')}.\n\n${help.main}`)
    return 2
  }
  const command = name as Command
  if (flags.language !== undefined && !isLanguage(flags.language)) {
    err(`--language takes one of the curriculum's languages: ${LANGUAGE_IDS.join(', ')}; got "${String(flags.language)}"`)
    return 2
  }
  if (flags.help) {
    io.stdout.write(help[command])
    return 0
  }

  const progress = createProgress(io.stderr)
  const ctx: CommandContext = {positionals, flags, stdout: io.stdout, stderr: io.stderr, env: io.env, progress}
  try {
    return await run[command](ctx)
  } catch (error) {
    progress.stop()
    if (error instanceof UsageError) {
      err(`${error.message}\n\nRun "careerpath ${command} --help" for usage.`)
      return 2
    }
    if (isNotFoundError(error)) {
      err(error.message)
      return 2
    }
    if (isContentValidationError(error)) {
      err(error.message)
      return 1
    }
    if (isCareerPathError(error)) {
      err(`${error.name}: ${error.message}`)
      return error.code === 'CONFIGURATION' ? 2 : 1
    }
    const e = error as NodeJS.ErrnoException
    if (e?.code === 'ENOENT') {
      err(`File not found: ${e.path ?? ''}`)
      return 1
    }
    err(`Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    return 1
  }
}
