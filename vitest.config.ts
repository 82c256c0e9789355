import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Corpus-wide tests and compiling generated code take seconds on a 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
})
