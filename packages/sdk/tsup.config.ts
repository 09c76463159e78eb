import {defineConfig} from 'tsup'

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
    // The seed is a private workspace package: bundle it, never depend on it.
    noExternal: ['@careerpath/curriculum'],
    external: ['node:fs', 'node:fs/promises', 'node:path', 'node:readline'],
  },
  {
    entry: {cli: 'src/cli/index.ts'},
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    dts: false,
    splitting: false,
    clean: false,
    noExternal: ['@careerpath/curriculum'],
  },
])
