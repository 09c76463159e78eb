import {readFile} from 'node:fs/promises'
import {defineConfig, type Options} from 'tsup'

/** `import text from 'file?raw'`: the file's text as a string, as Vite does (so tests and build share the code). */
const rawText: NonNullable<Options['esbuildPlugins']>[number] = {
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

/**
 * Library entries (ESM + CJS + declarations) and the CLI (ESM, Node only).
 * Splitting is on for both formats so shared code lives in chunks and the
 * embedded seed (a dynamic import) stays in a chunk of its own: code that
 * never calls `createCareerPathClient()` without a source never loads it.
 */
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      local: 'src/local/index.ts',
      schemas: 'src/schemas/index.ts',
      queries: 'src/queries/index.ts',
      graph: 'src/graph/index.ts',
      snapshot: 'src/snapshot/index.ts',
    },
    format: ['esm', 'cjs'],
    platform: 'neutral',
    target: 'es2022',
    dts: true,
    splitting: true,
    sourcemap: false,
    clean: true,
    treeshake: true,
    removeNodeProtocol: false,
    // The seed is a private workspace package: inline its dataset, never depend on it.
    noExternal: [/^@careerpath\/curriculum/],
    esbuildPlugins: [rawText],
    external: ['node:fs', 'node:fs/promises', 'node:path', 'node:readline'],
  },
  {
    entry: {cli: 'src/cli/index.ts'},
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    dts: false,
    // Commands and the sources they need load on demand (src/cli/main.ts), so `careerpath plan` starts fast.
    splitting: true,
    clean: false,
    noExternal: [/^@careerpath\/curriculum/],
    esbuildPlugins: [rawText],
  },
])
