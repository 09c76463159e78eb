import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    // Each browser file launches its own Chromium; on 2 cores one at a time is fastest.
    fileParallelism: false,
    testTimeout: 45_000,
    hookTimeout: 60_000,
  },
})
