import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'scripts/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    // Browser tests share one Chromium per file; two cores, so keep files sequential.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
