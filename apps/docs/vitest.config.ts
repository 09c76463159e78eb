import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'scripts/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    // Browser tests share one Chromium per file; two cores, so keep files sequential.
    fileParallelism: false,
    // A real browser on a loaded 2-core CI machine can miss a frame; one retry there, none locally, so flakes surface in development.
    retry: process.env.CI ? 1 : 0,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
