import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    // Each browser file launches its own Chromium; on 2 cores one at a time is fastest.
    fileParallelism: false,
    // A real browser on a loaded 2-core CI machine can miss a frame; one retry there, none locally, so flakes surface in development.
    retry: process.env.CI ? 1 : 0,
    testTimeout: 45_000,
    hookTimeout: 60_000,
  },
})
