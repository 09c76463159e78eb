/**
 * Bundles tiny consumer apps (./entries) against a built copy of the package,
 * the way an app would: the package installed under node_modules and resolved
 * through its `exports`, code splitting on, minified, browser conditions. What
 * a browser loads first is the entry chunk and every chunk it imports
 * statically; chunks reached only through `import()` load on demand.
 * Shared by test/size/size.test.ts (ceilings) and bench/size.bench.ts (figures).
 */
import {cp, mkdir, mkdtemp, readdir, realpath, rm, symlink} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {basename, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {gzipSync} from 'node:zlib'

export const BUNDLERS = ['esbuild', 'vite'] as const
export type Bundler = (typeof BUNDLERS)[number]

/** The consumer apps, each a file in ./entries. */
export const ENTRIES = ['sanity', 'embedded', 'graph', 'graph-model', 'schemas', 'sanity-client'] as const
export type Entry = (typeof ENTRIES)[number]

export const ENTRY_TITLES: Record<Entry, string> = {
  sanity: 'Sanity source: `createCareerPathClient({projectId, dataset}).listRoles()`',
  embedded: 'embedded source: `createCareerPathClient().listRoles()`',
  graph: 'graph + snapshot: `createCareerGraph(parseSnapshot(text).documents).plan(…)`',
  'graph-model': 'model + snapshot first (`createCareerModel(…).tracks()`), `withRoutes(model).plan(…)` on demand',
  schemas: 'schemas only: `roleDetail.safeParse(value)`',
  'sanity-client': '`@sanity/client` alone: `createClient({…}).fetch(…)`',
}

export interface Chunk {
  readonly file: string
  readonly code: string
  readonly bytes: number
  /** gzip -9, as a server would send it. */
  readonly gzip: number
  readonly imports: readonly string[]
  readonly dynamicImports: readonly string[]
}

export interface EntryBundle {
  readonly entry: Entry
  readonly bundler: Bundler
  readonly chunks: ReadonlyMap<string, Chunk>
  /** The entry chunk and what it imports statically: loaded before the app runs. */
  readonly initial: readonly Chunk[]
  /** Chunks reached only through `import()`: loaded when the code that needs them runs. */
  readonly lazy: readonly Chunk[]
  readonly initialBytes: number
  readonly initialGzip: number
  readonly lazyGzip: number
  /** The initial chunks' code, joined (for identifier checks). */
  readonly initialCode: string
  /**
   * For the client apps (`sanity`, `embedded`): what running `listRoles()`
   * loads on top of the first load, i.e. the lazy chunk holding the role list's
   * GROQ and every chunk it imports statically. Empty for the other apps.
   */
  readonly call: readonly Chunk[]
  /** First load + `call`: everything the app's one call downloads. */
  readonly callGzip: number
}

/** Text only the role list query holds (its track filter): marks the chunk `listRoles()` loads. */
export const ROLE_LIST_MARKER = '($track == null'


const here = fileURLToPath(new URL('.', import.meta.url))
export const packageRoot = fileURLToPath(new URL('../..', import.meta.url))
const gzip = (code: string) => gzipSync(code, {level: 9}).length

/**
 * A scratch app folder whose node_modules holds `packageDir` as
 * `@careerpath/sdk` (a symlink, so its own dependencies resolve as installed)
 * and `@sanity/client` for the yardstick entry.
 */
async function scratchApp(packageDir: string): Promise<string> {
  const app = await mkdtemp(join(tmpdir(), 'careerpath-size-'))
  await mkdir(join(app, 'node_modules/@careerpath'), {recursive: true})
  await mkdir(join(app, 'node_modules/@sanity'), {recursive: true})
  await symlink(await realpath(packageDir), join(app, 'node_modules/@careerpath/sdk'), 'dir')
  await symlink(await realpath(join(packageRoot, 'node_modules/@sanity/client')), join(app, 'node_modules/@sanity/client'), 'dir')
  await cp(join(here, 'entries'), join(app, 'src'), {recursive: true})
  return app
}

function summarise(entry: Entry, bundler: Bundler, chunks: Map<string, Chunk>, entryFile: string): EntryBundle {
  const initial = new Set<string>()
  const visit = (file: string, into: Set<string>) => {
    if (into.has(file)) return
    into.add(file)
    for (const next of chunks.get(file)?.imports ?? []) visit(next, into)
  }
  visit(entryFile, initial)
  const reachable = new Set<string>()
  const all = (file: string) => {
    if (reachable.has(file)) return
    reachable.add(file)
    const chunk = chunks.get(file)
    for (const next of [...(chunk?.imports ?? []), ...(chunk?.dynamicImports ?? [])]) all(next)
  }
  all(entryFile)
  const pick = (files: Iterable<string>) => [...files].map((f) => chunks.get(f)).filter((c): c is Chunk => c !== undefined)
  const initialChunks = pick(initial)
  const lazy = pick([...reachable].filter((f) => !initial.has(f)))
  const sum = (list: readonly Chunk[], key: 'bytes' | 'gzip') => list.reduce((n, c) => n + c[key], 0)
  const called = new Set<string>()
  if (entry === 'sanity' || entry === 'embedded') {
    for (const c of lazy) if (c.code.includes(ROLE_LIST_MARKER)) visit(c.file, called)
    const inFirstLoad = initialChunks.some((c) => c.code.includes(ROLE_LIST_MARKER)) // an older build: every query up front
    if (called.size === 0 && !inFirstLoad) throw new Error(`${bundler}: no chunk of the ${entry} app holds the role list query`)
  }
  const call = pick([...called].filter((f) => !initial.has(f)))
  return {
    entry,
    bundler,
    chunks,
    initial: initialChunks,
    lazy,
    initialBytes: sum(initialChunks, 'bytes'),
    initialGzip: sum(initialChunks, 'gzip'),
    lazyGzip: sum(lazy, 'gzip'),
    initialCode: initialChunks.map((c) => c.code).join('\n'),
    call,
    callGzip: sum(initialChunks, 'gzip') + sum(call, 'gzip'),
  }
}

const chunk = (file: string, code: string, imports: readonly string[], dynamicImports: readonly string[]): Chunk => ({
  file,
  code,
  bytes: Buffer.byteLength(code),
  gzip: gzip(code),
  imports,
  dynamicImports,
})

async function withEsbuild(app: string, entry: Entry): Promise<EntryBundle> {
  const {build} = await import('esbuild')
  const outdir = join(app, 'out-esbuild', entry)
  const result = await build({
    absWorkingDir: app,
    entryPoints: [join(app, 'src', `${entry}.js`)],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    metafile: true,
    write: false,
    outdir,
    define: {'process.env.NODE_ENV': '"production"'},
    logLevel: 'silent',
  })
  const codeOf = new Map(result.outputFiles.map((f) => [f.path, f.text]))
  const chunks = new Map<string, Chunk>()
  let entryFile = ''
  for (const [path, output] of Object.entries(result.metafile.outputs)) {
    if (!path.endsWith('.js')) continue
    const file = basename(path)
    const byKind = (kind: string) => output.imports.filter((i) => i.kind === kind && !i.external).map((i) => basename(i.path))
    const code = codeOf.get(resolve(app, path))
    if (code === undefined) throw new Error(`esbuild reported ${path} but wrote no such file`)
    chunks.set(file, chunk(file, code, byKind('import-statement'), byKind('dynamic-import')))
    // Chunks split off at an `import()` are entry points too; the app's own is the one from src/.
    if (output.entryPoint === `src/${entry}.js`) entryFile = file
  }
  if (!entryFile) throw new Error(`esbuild built no chunk for src/${entry}.js`)
  return summarise(entry, 'esbuild', chunks, entryFile)
}

async function withVite(app: string, entry: Entry): Promise<EntryBundle> {
  const {build} = await import('vite')
  const output = await build({
    configFile: false,
    root: app,
    logLevel: 'silent',
    build: {
      write: false,
      outDir: join(app, 'out-vite', entry),
      emptyOutDir: false,
      rolldownOptions: {input: {[entry]: join(app, 'src', `${entry}.js`)}},
    },
  })
  const outputs = (Array.isArray(output) ? output : [output]) as {output: {type: string; fileName: string; code?: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[]}[]}[]
  const chunks = new Map<string, Chunk>()
  let entryFile = ''
  for (const item of outputs.flatMap((o) => o.output)) {
    if (item.type !== 'chunk') continue
    chunks.set(item.fileName, chunk(item.fileName, item.code ?? '', item.imports ?? [], item.dynamicImports ?? []))
    if (item.isEntry) entryFile = item.fileName
  }
  if (!entryFile) throw new Error(`Vite built no entry chunk for src/${entry}.js`)
  return summarise(entry, 'vite', chunks, entryFile)
}

/** Bundles every consumer entry with both bundlers against the package at `packageDir` (built). */
export async function bundleAll(packageDir: string = packageRoot, entries: readonly Entry[] = ENTRIES): Promise<EntryBundle[]> {
  const app = await scratchApp(packageDir)
  try {
    const bundles: EntryBundle[] = []
    for (const bundler of BUNDLERS) {
      for (const entry of entries) bundles.push(await (bundler === 'esbuild' ? withEsbuild(app, entry) : withVite(app, entry)))
    }
    return bundles
  } finally {
    await rm(app, {recursive: true, force: true})
  }
}

/**
 * A snippet bundled and minified like an app, resolved from a scratch app
 * holding the built package (and the SDK's own dependencies, for zod and
 * groq-js): proves that a marker really is in the code it stands for.
 */
export async function canaryBundle(contents: string, packageDir: string = packageRoot, {minify = true} = {}): Promise<string> {
  const {build} = await import('esbuild')
  const app = await scratchApp(packageDir)
  try {
    const result = await build({
      stdin: {contents, resolveDir: app, loader: 'js'},
      nodePaths: [join(packageRoot, 'node_modules')],
      bundle: true,
      write: false,
      minify,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      logLevel: 'silent',
    })
    return result.outputFiles.map((f) => f.text).join('\n')
  } finally {
    await rm(app, {recursive: true, force: true})
  }
}

/** Files of the built package, to tell a build is there. */
export const builtFiles = async (packageDir: string = packageRoot) => readdir(join(packageDir, 'dist')).catch(() => [] as string[])
