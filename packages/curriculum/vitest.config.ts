import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // The tests only read files and share no state, so reusing workers is safe and saves startup time.
    isolate: false,
  },
})
