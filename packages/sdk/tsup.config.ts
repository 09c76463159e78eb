import {readFile} from 'node:fs/promises'
import {build, type Plugin} from 'esbuild'
import {defineConfig, type Options} from 'tsup'

/** `import text from 'file?raw'`: the file's text as a string, as Vite does (so tests and build share the code). */
const rawText: NonNullable<Options['esbuildPlugins']>[number] & Plugin = {
  name: 'raw-text',
  setup(build) {
    build.onResolve({filter: /\?raw$/}, async (args) => {
      const resolved = await build.resolve(args.path.slice(0, -'?raw'.length), {kind: args.kind, resolveDir: args.resolveDir})
      if (resolved.errors.length) return {errors: resolved.errors}
      return {path: resolved.path, namespace: 'raw-text'}
    })
    build.onLoad({filter: /.*/, namespace: 'raw-text'}, async (args) => ({contents: await readFile(args.path, 'utf8'), loader: 'text'}))
  },
}

/** The package's public entries (package.json "exports"). */
const publicEntries = {
  index: 'src/index.ts',
  local: 'src/local/index.ts',
  schemas: 'src/schemas/index.ts',
  queries: 'src/queries/index.ts',
  graph: 'src/graph/index.ts',
  'graph-model': 'src/graph/modelEntry.ts',
  'graph-routes': 'src/graph/routesEntry.ts',
  snapshot: 'src/snapshot/index.ts',
}
const external = ['node:fs', 'node:fs/promises', 'node:path', 'node:readline']

/**
 * Every source module the public entries reach, each made an entry of its
 * own (`_schemas-kit` for src/schemas/kit.ts), so the build keeps one file
 * per module, as `preserveModules` would. esbuild otherwise merges modules
 * that the same entries reach into one chunk, and an app's bundler can only
 * leave out whole files: the document schemas would ride along with the result
 * schemas, the dataset rules with the validation modes. The seed stays a
 * chunk of its own (it is only ever imported dynamically).
 */
/**
 * Source modules that share one build file: what `src/queries/shared.ts`
 * re-exports (the schema kit, cards, field and parameter schemas every query
 * module uses). Every other module imports them through that file, so the
 * build emits them as one file and an app's bundler loads them as one chunk
 * with a resource's first query, instead of one chunk each (test/size).
 */
async function grouped(): Promise<Set<string>> {
  const barrel = 'src/queries/shared.ts'
  const text = await readFile(barrel, 'utf8')
  return new Set([...text.matchAll(/^export \* from '(.+)'$/gm)].map(([, from]) => `src/${new URL(`${from}.ts`, 'file:///queries/').pathname.slice(1)}`))
}

async function moduleEntries(): Promise<Record<string, string>> {
  const {metafile} = await build({
    entryPoints: Object.values(publicEntries),
    bundle: true,
    write: false,
    metafile: true,
    platform: 'neutral',
    format: 'esm',
    packages: 'external',
    external,
    outdir: 'dist',
    logLevel: 'silent',
  })
  const entries: Record<string, string> = {}
  const inGroup = await grouped()
  for (const input of Object.keys(metafile.inputs)) {
    if (!/^src\/.*\.ts$/.test(input) || input.endsWith('.d.ts') || input === 'src/embedded.ts' || inGroup.has(input) || Object.values(publicEntries).includes(input)) continue
    entries[`_${input.slice('src/'.length, -'.ts'.length).replaceAll('/', '-')}`] = input
  }
  return entries
}

/**
 * Library entries (ESM + CJS, declarations for the public ones) and the CLI
 * (ESM, Node only). Splitting is on for both formats, so each module is one
 * file and the embedded seed (a dynamic import) a chunk of its own: code that
 * never calls `createCareerPathClient()` without a source never loads it.
 */
export default defineConfig(async (): Promise<Options[]> => [
  {
    entry: {...publicEntries, ...(await moduleEntries())},
    format: ['esm', 'cjs'],
    platform: 'neutral',
    target: 'es2022',
    dts: {entry: publicEntries},
    splitting: true,
    sourcemap: false,
    clean: true,
    treeshake: true,
    removeNodeProtocol: false,
    // The seed is a private workspace package: inline its dataset, never depend on it. `groq`'s defineQuery (an
    // identity function TypeGen looks for) is inlined into the shared query module (src/queries/shared.ts), so apps
    // load no chunk of their own for it.
    noExternal: [/^@careerpath\/curriculum/, /^groq$/],
    esbuildPlugins: [rawText],
    external,
  },
  {
    entry: {cli: 'src/cli/index.ts'},
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    dts: false,
    // Commands and the sources they need load on demand (src/cli/main.ts), so `careerpath plan` starts fast.
    splitting: true,
    // The CLI's chunks (its own copy of the seed among them) go apart from the library's.
    esbuildOptions(options) {
      options.chunkNames = 'cli/[name]-[hash]'
    },
    clean: false,
    noExternal: [/^@careerpath\/curriculum/],
    esbuildPlugins: [rawText],
  },
])
