import {defineConfig} from 'vitest/config'

export default defineConfig({
  // The Studio's tsconfig keeps JSX for `sanity build`; tests compile it themselves.
  oxc: {jsx: {runtime: 'automatic'}},
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**'],
    environment: 'node',
    // Every file imports `sanity` (seconds each); sharing the module cache across files saves most of the run.
    isolate: false,
  },
})
